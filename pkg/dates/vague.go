package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// holidayDate computes a holiday's date in year, or ok false for a name it does not know.
// canada picks the Canadian Thanksgiving (second Monday of October) over the US one.
func holidayDate(name string, year int, canada bool) (time.Time, bool) {
	fixed := func(m time.Month, d int) (time.Time, bool) {
		return time.Date(year, m, d, 0, 0, 0, 0, time.UTC), true
	}
	n := lowerWords(strings.ReplaceAll(name, "’", "'"))
	n = strings.TrimPrefix(n, "the ")
	switch n {
	case "christmas", "christmas day":
		return fixed(time.December, 25)
	case "christmas eve":
		return fixed(time.December, 24)
	case "new year's", "new year's day":
		return fixed(time.January, 1)
	case "new year's eve":
		return fixed(time.December, 31)
	case "independence day", "fourth of july":
		return fixed(time.July, 4)
	case "halloween":
		return fixed(time.October, 31)
	case "valentine's day":
		return fixed(time.February, 14)
	case "veterans day", "remembrance day":
		return fixed(time.November, 11)
	case "boxing day":
		return fixed(time.December, 26)
	case "canada day":
		return fixed(time.July, 1)
	case "bastille day":
		return fixed(time.July, 14)
	case "anzac day":
		return fixed(time.April, 25)
	case "st. patrick's day", "st patrick's day":
		return fixed(time.March, 17)
	case "memorial day":
		return nthWeekday(year, time.May, 1, -1), true
	case "labor day", "labour day":
		return nthWeekday(year, time.September, 1, 1), true
	case "thanksgiving", "thanksgiving day":
		if canada {
			return nthWeekday(year, time.October, 1, 2), true
		}
		return nthWeekday(year, time.November, 4, 4), true
	case "mother's day":
		return nthWeekday(year, time.May, 7, 2), true
	case "father's day":
		return nthWeekday(year, time.June, 7, 3), true
	case "martin luther king day", "martin luther king jr. day", "martin luther king jr day", "martin luther king, jr. day", "mlk day":
		return nthWeekday(year, time.January, 1, 3), true
	case "presidents day", "presidents' day", "president's day":
		return nthWeekday(year, time.February, 1, 3), true
	case "election day":
		return nthWeekday(year, time.November, 1, 1).AddDate(0, 0, 1), true
	case "easter", "easter sunday":
		return easter(year), true
	case "easter monday":
		return easter(year).AddDate(0, 0, 1), true
	case "good friday":
		return easter(year).AddDate(0, 0, -2), true
	case "palm sunday":
		return easter(year).AddDate(0, 0, -7), true
	case "maundy thursday":
		return easter(year).AddDate(0, 0, -3), true
	case "ash wednesday":
		return easter(year).AddDate(0, 0, -46), true
	case "black friday":
		return nthWeekday(year, time.November, 4, 4).AddDate(0, 0, 1), true
	case "cyber monday":
		return nthWeekday(year, time.November, 4, 4).AddDate(0, 0, 4), true
	}
	return time.Time{}, false
}

// canadianNames tell a text set in Canada, whose Thanksgiving falls in October.
var canadianNames = []string{
	"Canada", "Canadian", "Ontario", "Quebec", "Alberta", "British Columbia", "B.C.",
	"Manitoba", "Saskatchewan", "Nova Scotia", "Vancouver", "Toronto", "Calgary", "Montreal",
	"Ottawa", "Winnipeg", "Edmonton",
}

// buildHoliday covers holidays with a computable date: "Christmas" (12-25), "Memorial Day"
// (the last Monday of May), "Thanksgiving" (US, or Canadian in a Canadian text), "Easter",
// "New Year's Day", "Election Day", with or without a year ("Christmas 2024").
func buildHoliday(m match) (cand, bool) {
	name := m.get("h")
	year := m.get("year")
	day := holidayValue(name, year)
	if m.get("week") == "" {
		return mk(m, article.Date, day)
	}
	return mk(m, article.Date, weekOf(day))
}

// weekOf turns the value of a day into that of its ISO week: "Easter week", "the week of
// March 6". Values that are not days stay as they are.
func weekOf(day func(*resolver, *cand) string) func(*resolver, *cand) string {
	return func(r *resolver, c *cand) string {
		v := day(r, c)
		t, err := time.Parse("2006-01-02", v)
		if err != nil {
			return v
		}
		return weekValue(t)
	}
}

// holidayValue resolves a holiday: in the year written, else the year nearest ref that the
// sentence allows.
func holidayValue(name, year string) func(*resolver, *cand) string {
	return func(r *resolver, c *cand) string {
		canada := r.canadian()
		if year != "" {
			y, _ := strconv.Atoi(year)
			t, ok := holidayDate(name, y, canada)
			if !ok {
				return ""
			}
			return dayValue(t)
		}
		if !r.hasRef {
			t, ok := holidayDate(name, 2000, canada)
			if !ok {
				return ""
			}
			if t.Month() == time.January || t.Month() == time.December || t.Month() == time.July || t.Month() == time.October && t.Day() == 31 {
				return "XXXX-" + t.Format("01-02")
			}
			return "XXXX-XX-XX"
		}
		t, ok := holidayDate(name, r.ref.Year(), canada)
		if !ok {
			return ""
		}
		y := r.nearestYear(c, int(t.Month()), t.Day())
		t, _ = holidayDate(name, y, canada)
		return dayValue(t)
	}
}

// buildVague covers the vague references of TIMEX3: "now" and "currently" (PRESENT_REF),
// "recently" and "previously" (PAST_REF), "soon" and "shortly" (FUTURE_REF). "as soon as"
// and "shortly before/after" are not references of their own.
func buildVague(m match) (cand, bool) {
	w := m.low("w")
	nw := strings.ToLower(nextWord(m.text, m.loc[1]))
	switch w {
	case "soon", "shortly":
		if prevWord(m.text, m.loc[0]) == "as" || nw == "as" || nw == "after" || nw == "before" || nw == "thereafter" {
			return cand{}, false
		}
		if tenseAt(m.text, m.loc[0], m.loc[1]) == pastTense {
			// "was soon released" tells a sequence in the past, not a time to come.
			return cand{}, false
		}
		return mk(m, article.Date, fixed("FUTURE_REF"))
	case "recently", "lately":
		return mk(m, article.Date, fixed("PAST_REF"))
	case "now":
		if nw == "that" && prevChar(m.text, m.loc[0]) == 0 {
			return cand{}, false
		}
	}
	return mk(m, article.Date, fixed("PRESENT_REF"))
}

// buildPastFuture covers "the past" (PAST_REF) and "the future", "the near future"
// (FUTURE_REF) after "in", "into" or "for"; "the future of Europe" is not a time.
func buildPastFuture(m match) (cand, bool) {
	switch prevWord(m.text, m.loc[0]) {
	case "in", "into", "for", "from", "to":
	default:
		return cand{}, false
	}
	nw := strings.ToLower(nextWord(m.text, m.loc[1]))
	if nw == "of" || nw == "few" || nw == "two" || nw == "three" || nw == "several" {
		return cand{}, false
	}
	if m.low("w") == "past" {
		return mk(m, article.Date, fixed("PAST_REF"))
	}
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildVaguePlural covers "recent years" and "past years" (PAST_REF), "the coming days" and "the coming weeks"
// (FUTURE_REF), "upcoming months", "the past few years" (a duration, PXY).
func buildVaguePlural(m match) (cand, bool) {
	if isUpperStart(m.get("u")) {
		// "The Coming Days" in Title Case names a headline or a work, not a time.
		return cand{}, false
	}
	switch m.low("w") {
	case "past":
		if m.get("the") != "" {
			// "the past years" is left to the durations.
			return cand{}, false
		}
		// "in past years".
		return mk(m, article.Date, fixed("PAST_REF"))
	case "recent":
		return mk(m, article.Date, fixed("PAST_REF"))
	case "past few", "last few":
		if m.get("the") != "" {
			// "the last few months" is a time in the past, as with "the past several
			// quarters" (see buildDuration).
			return mk(m, article.Date, fixed("PAST_REF"))
		}
		return mk(m, article.Duration, fixed(durationValue(0, true, m.low("u"))))
	}
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildToCome covers "the months and years to come" and "the weeks ahead" (FUTURE_REF).
func buildToCome(m match) (cand, bool) {
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildWeekend covers "the weekend": the one before ref in a past-tense sentence
// ("2026-W03-WE"), the coming one otherwise; "by the weekend" is the coming one unless the
// clause before it is past ("had finished by the weekend").
func buildWeekend(m match) (cand, bool) {
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-WXX-WE"
		}
		t := r.ref
		past := r.tense(c) == pastTense
		if w := prevWord(r.text, c.s); w == "by" || w == "until" || w == "till" {
			// A deadline looks ahead unless its own clause is past: "confident of
			// catching up by the weekend after rain wiped out play" is the coming one.
			past = pastInClause(r.text, c.s)
		}
		if past {
			for isoWeekday(t) < 6 {
				t = t.AddDate(0, 0, -1)
			}
		} else {
			for isoWeekday(t) < 6 {
				t = t.AddDate(0, 0, 1)
			}
		}
		return weekValue(t) + "-WE"
	})
}

// buildEndOf covers "the end of the year" (ref's year), "the end of the month", "the
// beginning of the week": the period named, which the wrapper narrows.
func buildEndOf(m match) (cand, bool) {
	what := m.low("what")
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		switch what {
		case "quarter":
			if !r.hasRef {
				return "XXXX-QX"
			}
			return strconv.Itoa(r.ref.Year()) + "-Q" + strconv.Itoa(quarterOf(r.ref))
		}
		return relUnit(r, "this", what)
	})
}

// spokenUnits maps the words of a spoken year to their values.
var spokenTens = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9,
}

// buildSpokenYear covers years written out as broadcast transcripts do: "nineteen
// ninety-six" (1996), "January nineteen ninety-seven" (1997-01), "the year two thousand".
func buildSpokenYear(m match) (cand, bool) {
	if m.get("mon") != "" && !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	ws := strings.FieldsFunc(m.low("spoken"), func(r rune) bool { return r == ' ' || r == '-' })
	y := 0
	switch {
	case ws[0] == "nineteen":
		y = 1900
		for _, w := range ws[1:] {
			y += spokenTens[w]
		}
	default:
		y = 2000
		if n := len(ws); n > 0 && ws[n-1] != "thousand" {
			y += spokenTens[ws[n-1]]
		}
		if m.get("mon") == "" && !strings.HasPrefix(m.low("spoken"), "the year") {
			// "two thousand" alone is a number more often than a year.
			return cand{}, false
		}
	}
	v := strconv.Itoa(y)
	if mon := m.low("mon"); mon != "" {
		v += "-" + two(monthOf[mon])
	}
	return mk(m, article.Date, fixed(v))
}

// buildMonthRelYear covers a month with a relative year: "early October this year" and
// "April next year".
func buildMonthRelYear(m match) (cand, bool) {
	if !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	mon := monthOf[m.low("mon")]
	step := map[string]int{"this": 0, "next": 1, "last": -1}[m.low("rel")]
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-" + two(mon)
		}
		return strconv.Itoa(r.ref.Year()+step) + "-" + two(mon)
	})
}

// buildYearEnd covers "year end" and "year's end": the end of ref's year. The hyphenated
// noun "by year-end" names the closing day, December 31; after "since" ("up 4% since
// year-end") it is the last one passed, the year before ref.
func buildYearEnd(m match) (cand, bool) {
	if isUpperStart(m.get("w")) && prevChar(m.text, m.loc[0]) != 0 && prevChar(m.text, m.loc[0]) != '.' {
		return cand{}, false
	}
	day := strings.Contains(m.get("w"), "-")
	step := 0
	if day && prevWord(m.text, m.loc[0]) == "since" {
		step = -1
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		switch {
		case !r.hasRef && day:
			return "XXXX-12-31"
		case !r.hasRef:
			return "XXXX"
		case day:
			return strconv.Itoa(r.ref.Year()+step) + "-12-31"
		}
		return yearValue(r.ref)
	})
}

// buildYearAgo covers "year-ago" and "year-earlier" as adjectives ("year-earlier profit"):
// the quarter last named a year before, else the year before ref.
func buildYearAgo(m match) (cand, bool) {
	return derive(m, func(r *resolver, c *cand) string {
		if r.nearQuarter(c) {
			return strconv.Itoa(r.lastQ[0]-1) + "-Q" + strconv.Itoa(r.lastQ[1])
		}
		if !r.hasRef {
			return "XXXX"
		}
		return strconv.Itoa(r.ref.Year() - 1)
	})
}

// buildPeriod covers the reporting periods of earnings reports: "the latest period" (the
// quarter last named), "the year-ago period" and "the same period last year" (that quarter a
// year before), "the 1988 period".
func buildPeriod(m match) (cand, bool) {
	det := m.low("det")
	year := m.get("year")
	quarter := hasSuffixFold(m.text[:m.loc[1]], "quarter")
	if m.get("ago") != "" {
		// "the same period last year", "the same quarter a year ago": the period in focus
		// a year before.
		det = "year-ago"
	}
	build := derive
	if det == "latest" || det == "same" {
		build = func(m match, v func(*resolver, *cand) string) (cand, bool) { return mk(m, article.Date, v) }
	}
	return build(m, func(r *resolver, c *cand) string {
		switch {
		case r.hasQ && year != "" && (r.lastUnit != "Y" || quarter):
			// After "the first nine months" the 1988 period is the year's.
			return year + "-Q" + strconv.Itoa(r.lastQ[1])
		case year != "":
			return year
		case r.hasQ && (det == "latest" || det == "same"):
			return strconv.Itoa(r.lastQ[0]) + "-Q" + strconv.Itoa(r.lastQ[1])
		case r.hasQ:
			return strconv.Itoa(r.lastQ[0]-1) + "-Q" + strconv.Itoa(r.lastQ[1])
		case !r.hasRef:
			return "XXXX"
		case det == "latest" || det == "same":
			// The latest period of an earnings report is the quarter just ended.
			t := r.ref.AddDate(0, -3, 0)
			return strconv.Itoa(t.Year()) + "-Q" + strconv.Itoa(quarterOf(t))
		}
		return strconv.Itoa(r.ref.Year() - 1)
	})
}

// derive builds a DATE candidate over the whole match whose value is counted back from
// another date, so that later anaphora do not refer to it.
func derive(m match, value func(*resolver, *cand) string) (cand, bool) {
	s, e := m.whole()
	return cand{s: s, e: e, typ: article.Date, value: value, derived: true}, true
}

// buildFiscalYear covers "the fiscal year", a year-long duration (P1Y).
func buildFiscalYear(m match) (cand, bool) {
	return mk(m, article.Duration, fixed("P1Y"))
}

// buildFutureWord covers "the near term" and "the short term" (FUTURE_REF). The adjective
// "future" ("future losses") is left out: TimeBank marks few of them.
func buildFutureWord(m match) (cand, bool) {
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildVagueAdjective covers "recent" before a noun, "the recent sale" (PAST_REF), and "then
// current", "the then current price" (PAST_REF). The expression is the adjective alone.
// "current" alone ("at its current level") and "future" ("future losses") are left out:
// TimeBank marks about half of them and the pastes none.
func buildVagueAdjective(m match) (cand, bool) {
	s, e := m.at("w"), m.end("w")
	if m.low("w") == "then current" {
		s = m.loc[0]
	}
	return cand{s: s, e: e, typ: article.Date, value: fixed("PAST_REF")}, true
}

// buildTheYear covers "the year" as a time: after "for", "of", "in", "during" or "through"
// it is the year in focus ("a high for the year", "sales in the first five months of the
// year"), the year of the latest date named, else ref's; before "ending" or "ended" it is a
// year's length ("the year ending June 30", P1Y). "the year before", "the year-ago quarter" and
// "the year's best" are left to other rules or out.
func buildTheYear(m match) (cand, bool) {
	if isUpperStart(m.text[m.loc[1]-4:]) {
		// "Person of the Year" is a title.
		return cand{}, false
	}
	if m.loc[1] < len(m.text) && (m.text[m.loc[1]] == '-' || m.text[m.loc[1]] == '\'' || strings.HasPrefix(m.text[m.loc[1]:], "’")) {
		return cand{}, false
	}
	switch strings.ToLower(nextWord(m.text, m.loc[1])) {
	case "ending", "ended":
		return mk(m, article.Duration, fixed("P1Y"))
	case "before", "after", "earlier", "later", "ago", "that", "when", "to", "since":
		return cand{}, false
	}
	switch prevWord(m.text, m.loc[0]) {
	case "for", "of", "in", "during", "through", "throughout":
	default:
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		switch {
		case r.lastYear != 0:
			return strconv.Itoa(r.lastYear)
		case r.hasRef:
			return yearValue(r.ref)
		}
		return "XXXX"
	})
}

// buildSomeDay covers a time left open: "at a later date" (FUTURE_REF), "at an earlier stage"
// (PAST_REF), and "one day" after a modal, "will one day be" (FUTURE_REF); "one day" elsewhere
// is a duration.
func buildSomeDay(m match) (cand, bool) {
	switch m.low("w") {
	case "later":
		return mk(m, article.Date, fixed("FUTURE_REF"))
	case "earlier":
		return mk(m, article.Date, fixed("PAST_REF"))
	}
	switch prevWord(m.text, m.loc[0]) {
	case "will", "would", "could", "might", "may", "can", "shall", "should", "must", "'ll":
		return mk(m, article.Date, fixed("FUTURE_REF"))
	case "to", "he", "she", "they", "we", "i", "you":
		// Between a subject or "to" and a verb that is not past, "one day" is some day to
		// come: "the hope that he one day flies", "she wants to one day run"; "they one
		// day found a cave" tells of the past, and stays out.
		nw := strings.ToLower(nextWord(m.text, m.loc[1]))
		if nw != "" && isLetter(nw[0]) && cueTense(nw) != pastTense && !durationPreps[nw] && !monthPreps[nw] {
			return mk(m, article.Date, fixed("FUTURE_REF"))
		}
	}
	return cand{}, false
}

// buildTheWeek covers "the week" as a time the text does not date: "For the week, the index
// fell 2%", "the week's busiest session", "the level of the week following the sale". It is
// a week of ref's year, left open (2025-WXX), as TimeBank writes it. "the week of March 6",
// "the week ending Friday" and "the week before" are left to other rules or out.
func buildTheWeek(m match) (cand, bool) {
	if m.loc[1] < len(m.text) && m.text[m.loc[1]] == '-' {
		return cand{}, false
	}
	switch strings.ToLower(nextWord(m.text, m.loc[1])) {
	case "of", "ending", "ended", "before", "after", "earlier", "later", "ago", "that", "when",
		"to", "since", "ahead", "in", "long":
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-WXX"
		}
		return yearValue(r.ref) + "-WXX"
	})
}

// buildLaterInThe covers "later in the week", "earlier in the month", "later in the year":
// the week, month or year of ref, as "this week" is.
func buildLaterInThe(m match) (cand, bool) {
	u := m.low("u")
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		return relUnit(r, "this", u)
	})
}

// buildTheCurrent covers "current" after "the" and before a noun: "the current weakness in
// prices", "the current number of shares" (PRESENT_REF, the adjective alone). A unit after
// it ("the current quarter", "the current fiscal year") is a period of its own, and
// "current" after a possessive ("at its current level") is left out.
func buildTheCurrent(m match) (cand, bool) {
	switch m.get("n") {
	case "quarter", "year", "fiscal", "calendar", "month", "week", "period", "season", "term",
		"decade", "century", "half", "account", "accounts":
		return cand{}, false
	}
	return cand{s: m.at("w"), e: m.end("w"), typ: article.Date, value: fixed("PRESENT_REF")}, true
}

// buildOrTwo covers "in a year or two", "in a week or two": after "in" a time to come of no
// stated date (FUTURE_REF). Elsewhere ("for a year or two") the length is left to the
// durations.
func buildOrTwo(m match) (cand, bool) {
	if prevWord(m.text, m.loc[0]) != "in" {
		return cand{}, false
	}
	return mk(m, article.Date, fixed("FUTURE_REF"))
}
