package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// buildRelative covers a unit named relative to the reference date: "this week" (the ISO
// week "2025-W32"), "last month", "next year", "earlier this year", "last fall", "next
// Saturday", "last April", "this morning", "last night", "that day", "the following year",
// "the past decade" (a duration).
func buildRelative(m match) (cand, bool) {
	rel := strings.TrimPrefix(strings.TrimPrefix(m.low("rel"), "the "), "that ") // "that same day"
	if m.low("rel") == "the next" {
		// "the next morning", "the next day" follow the day last named; "next week" follows
		// ref.
		rel = "following"
	}
	what := strings.TrimPrefix(m.low("what"), "fiscal ")
	if m.low("rel") == "the last" && what == "week" && nextWord(m.text, m.loc[1]) != "of" {
		// "he has been in Boston for the last week": the seven days up to ref, so ref's
		// own week; "the last week of March" is another matter.
		rel = "this"
	}
	if m.low("what") == "fiscal year" && rel == "current" {
		what = "year"
	}
	if wd, ok := weekdayOf[what]; ok {
		if !isUpperStart(m.get("what")) {
			return cand{}, false
		}
		return relWeekday(m, rel, wd, strings.HasPrefix(m.low("rel"), "the "))
	}
	if _, ok := monthOf[what]; ok {
		// "last April" is buildMonth's.
		return cand{}, false
	}
	if isUpperStart(m.get("what")) {
		// "Last Month" in Title Case is a headline's words.
		return cand{}, false
	}
	if code, ok := seasonCode[what]; ok {
		return relSeason(m, rel, code)
	}
	if part, ok := partCode[what]; ok {
		return relPart(m, rel, part)
	}
	if rel == "past" || rel == "coming" || m.low("rel") == "the next" && (what == "decade" || what == "century") {
		switch what {
		case "week", "month", "decade", "century", "day":
			// "the past decade", "the coming week", "over the next decade": a length of
			// time.
			return mk(m, article.Duration, fixed(durationValue(1, false, what)))
		}
	}
	if what == "day" && (rel == "this" || rel == "last" || rel == "next" || rel == "coming" || rel == "past" || rel == "current") {
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		return relUnit(r, rel, what)
	})
}

// relUnit is the value of "this/last/next/that/the following" + a calendar unit.
func relUnit(r *resolver, rel, what string) string {
	step := 0
	base, ok := r.ref, r.hasRef
	switch rel {
	case "last", "previous", "past", "prior":
		step = -1
	case "next", "coming":
		step = 1
	case "following":
		step = 1
		base, ok = r.anchorDay()
	case "that", "same":
		base, ok = r.anchorDay()
	}
	if !ok {
		switch what {
		case "week":
			return "XXXX-WXX"
		case "weekend":
			return "XXXX-WXX-WE"
		case "month":
			return "XXXX-XX"
		case "year":
			return "XXXX"
		case "decade":
			return "XXX"
		case "day":
			return "XXXX-XX-XX"
		}
		return ""
	}
	if (rel == "that" || rel == "same" || rel == "following") && r.lastYear != 0 {
		// "later that year", "the following month" count from the date last named.
		switch {
		case what == "year":
			return strconv.Itoa(r.lastYear + step)
		case what == "month" && r.lastMon != 0:
			t := time.Date(r.lastYear, time.Month(r.lastMon), 1, 0, 0, 0, 0, time.UTC)
			return monthValue(t.AddDate(0, step, 0))
		}
	}
	switch what {
	case "day":
		if rel == "this" || rel == "last" || rel == "next" {
			return ""
		}
		return dayValue(base.AddDate(0, 0, step))
	case "week":
		if rel == "last" && isoWeekday(base) == 7 {
			// Written on a Sunday, "last week" is the week that ends that day.
			step = 0
		}
		return weekValue(base.AddDate(0, 0, 7*step))
	case "weekend":
		if rel == "coming" {
			// "the coming weekend" is the next Saturday's, in ref's week when ref is a
			// weekday.
			return weekValue(seekWeekday(base.AddDate(0, 0, 1), 6, 1)) + "-WE"
		}
		return weekValue(base.AddDate(0, 0, 7*step)) + "-WE"
	case "month":
		t := time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC)
		return monthValue(t.AddDate(0, step, 0))
	case "year":
		return strconv.Itoa(base.Year() + step)
	case "decade":
		return strconv.Itoa(base.Year()/10 + step)
	case "century":
		return strconv.Itoa(base.Year()/100 + step)
	}
	return ""
}

// relWeekday covers "next Saturday" (the first after ref, a week on when ref is a Saturday),
// "last Friday" (the latest before ref), "this Friday", and "the previous Friday" or "the
// following Monday", which count from the day last named (anchored).
func relWeekday(m match, rel string, wd int, anchored bool) (cand, bool) {
	dir := 0
	switch rel {
	case "last", "past", "previous":
		dir = -1
	case "next", "coming", "following":
		dir = 1
	case "this":
	default:
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-WXX-" + strconv.Itoa(wd)
		}
		if dir == 0 {
			// "this Friday" is the Friday of ref's week.
			return dayValue(r.ref.AddDate(0, 0, wd-isoWeekday(r.ref)))
		}
		if anchored && r.hasDay {
			return dayValue(seekWeekday(r.lastDay.AddDate(0, 0, dir), wd, dir))
		}
		t, _ := r.weekdayDate(c, wd, dir)
		return dayValue(t)
	})
}

// relSeason covers "this summer", "last fall", "next spring", "the past winter".
func relSeason(m match, rel, code string) (cand, bool) {
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-" + code
		}
		y, cur := seasonYear(r.ref)
		if rel == "this" || rel == "that" {
			return strconv.Itoa(r.ref.Year()) + "-" + code
		}
		switch rel {
		case "last", "past", "previous":
			if seasonIndex[code] >= cur {
				y--
			}
		case "next", "coming", "following":
			if seasonIndex[code] <= cur {
				y++
			}
		}
		return strconv.Itoa(y) + "-" + code
	})
}

// relPart covers "this morning", "last night", "this afternoon", "that evening".
func relPart(m match, rel, part string) (cand, bool) {
	step := 0
	switch rel {
	case "this", "that", "same":
	case "last", "previous":
		if part != "NI" && part != "EV" {
			return cand{}, false
		}
		step = -1
	case "next", "following":
		step = 1
	default:
		return cand{}, false
	}
	return mk(m, article.Time, func(r *resolver, c *cand) string {
		base, ok := r.ref, r.hasRef
		if rel == "that" || rel == "same" || rel == "following" {
			base, ok = r.anchorDay()
		}
		if !ok {
			return "XXXX-XX-XXT" + part
		}
		return dayValue(base.AddDate(0, 0, step)) + "T" + part
	})
}

// buildDayWord covers "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "late
// yesterday", "mid-afternoon yesterday" (a TIME, 2025-08-06TAF), "the day before yesterday". "Today" after a capitalised word is a name ("USA
// Today").
func buildDayWord(m match) (cand, bool) {
	w := m.low("w")
	if prevWord(m.text, m.at("w")) == "of" && w != "today" && !hasPrefixFold(m.text[m.loc[1]:], "'s") && !hasPrefixFold(m.text[m.loc[1]:], "’s") {
		// "the people of tomorrow" is no day; "results of yesterday's auction" is.
		return cand{}, false
	}
	if w == "overnight" && !overnightNight(m.text, m.at("w"), m.loc[1]) {
		return cand{}, false
	}
	if m.get("w") == "Today" && !sentenceStart(m.text, m.at("w")) {
		// In running prose the day is written "today"; "Today" inside a sentence is a
		// name: "BBC Radio 4's Today programme", "USA Today".
		return cand{}, false
	}
	if w == "today" && isUpperStart(m.get("w")) {
		if pw := prevWord(m.text, m.at("w")); pw != "" {
			k := m.at("w") - 1
			for k > 0 && isSpace(m.text[k]) {
				k--
			}
			if k >= 0 && isLetter(m.text[k]) {
				j := k
				for j > 0 && isLetter(m.text[j-1]) {
					j--
				}
				if isUpperStart(m.text[j:]) {
					return cand{}, false
				}
			}
		}
	}
	step := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
		"before yesterday": -2, "after tomorrow": 2}[w]
	part := partCode[m.low("part")]
	if pre := m.low("pre"); pre != "" {
		// "mid-afternoon yesterday": the part of the day comes first.
		part = partCode[strings.TrimPrefix(strings.TrimPrefix(pre, "mid"), "-")]
	}
	if w == "tonight" || w == "overnight" {
		part = "NI"
	}
	typ, suffix := partOfDay(part)
	return mk(m, typ, func(r *resolver, c *cand) string {
		if !r.hasRef {
			if w == "today" && part == "" {
				return "PRESENT_REF"
			}
			return "XXXX-XX-XX" + suffix
		}
		if w == "overnight" && r.tense(c) == pastTense {
			// "Asian markets had fallen overnight": the night before ref, or the night of
			// the day its sentence named ("the fire started Aug. 11 and doubled
			// overnight"); "it may strengthen overnight" is the night to come.
			if t, ok := r.sentenceDay(c); ok {
				return dayValue(t) + suffix
			}
			step = -1
		}
		return dayValue(r.ref.AddDate(0, 0, step)) + suffix
	})
}

// overnightNight reports whether "overnight" at text[s:e] is the night: an adverb after its
// verb ("markets fell overnight", "it may strengthen overnight over warm water"). Before a
// noun it names a kind of thing ("the overnight rate", "an overnight stay"), and in a
// denial it means "at once" ("it won't happen overnight").
func overnightNight(text string, s, e int) bool {
	if next := nextWord(text, e); next != "" && isLetter(next[0]) && next[0] >= 'a' && !overnightFollowers[next] {
		return false
	}
	ss, _ := sentenceAround(text, s, e)
	before := strings.ReplaceAll(text[ss:s], "’", "'")
	for _, w := range words(before) {
		if w == "not" || w == "never" || w == "cannot" {
			return false
		}
	}
	return !strings.Contains(before, "n't")
}

// overnightFollowers are the words after "overnight" that leave it an adverb.
var overnightFollowers = wordSet(`
	and or but as in on at over into to from after before while when with by for
	had has have was were is are will would could may might
`)

// sentenceStart reports whether byte offset s starts a sentence or a line: nothing but
// opening quotes and white space since a line break, ".", "!", "?" or ":".
func sentenceStart(text string, s int) bool {
	for s > 0 {
		c := text[s-1]
		switch {
		case c == '\n', c == '.', c == '!', c == '?', c == ':':
			return true
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '(' || c >= 0x80:
			s--
		default:
			return false
		}
	}
	return true
}

// buildWeekday covers a weekday alone, resolved by the tense of its sentence: "said Thursday"
// (the latest Thursday on or before ref), "will meet Friday" (the next), "Friday morning"
// (a TIME with its part of day), "early Tuesday". Weekday names must be capitalised.
func buildWeekday(m match) (cand, bool) {
	if !isUpperStart(m.get("wd")) {
		return cand{}, false
	}
	if s, e := m.whole(); prevWord(m.text, s) == "the" && isUpperStart(nextWord(m.text, e)) {
		// "The Sunday Times", "the Monday Night show": a name.
		return cand{}, false
	} else if hasPrefixFold(m.text[e:], "'s") || hasPrefixFold(m.text[e:], "’s") {
		// "TGI Friday's", "Girl Friday's": a weekday after a capitalised word inside a
		// sentence, in the possessive, is a name; "Friday's summit" is a date.
		if k := s - 1; k > 0 && m.text[k] == ' ' && isLetter(m.text[k-1]) {
			j := k
			for j > 0 && isLetter(m.text[j-1]) {
				j--
			}
			if isUpperStart(m.text[j:k]) && j > 1 && m.text[j-1] == ' ' && !strings.ContainsRune(".!?\"“\n", rune(m.text[j-2])) {
				return cand{}, false
			}
		}
	}
	if p := m.get("part"); p != "" && isUpperStart(p) && p != strings.ToUpper(p) {
		// "Sunday Morning Futures", "Monday Night Football": a name in Title Case.
		return cand{}, false
	}
	wd := weekdayOf[m.low("wd")]
	part := partCode[m.low("part")]
	typ, suffix := partOfDay(part)
	if before := strings.ToLower(m.text[max(0, m.loc[0]-6):m.loc[0]]); m.get("mod") == "" && strings.HasSuffix(before, " on a ") {
		// "falls on a Thursday this year": some Thursday, no date; "a Sunday night
		// service" is that Sunday's.
		return mk(m, typ, fixed("XXXX-WXX-"+strconv.Itoa(wd)+suffix))
	}
	c, ok := mk(m, typ, func(r *resolver, c *cand) string {
		t, ok := r.weekdayDate(c, wd, 0)
		if !ok {
			return "XXXX-WXX-" + strconv.Itoa(wd) + suffix
		}
		return dayValue(t) + suffix
	})
	if mod := m.low("mod"); mod == "earlier" || mod == "later" {
		// "Earlier Friday, lawyers filed": the time is the day; "earlier" only orders the
		// events of that day ("early Friday" is a part of it and stays).
		c.s = m.at("wd")
	}
	return c, ok
}

// buildWeekdays covers a weekday in the plural, a weekly set: "on Saturdays" is XXXX-WXX-6.
func buildWeekdays(m match) (cand, bool) {
	if !isUpperStart(m.get("wd")) {
		return cand{}, false
	}
	return mk(m, article.Set, fixed("XXXX-WXX-"+strconv.Itoa(weekdayOf[m.low("wd")])))
}

// buildAgo covers a date counted from ref or from the date before: "two days ago", "a year
// ago", "three weeks later", "a year earlier" (the same quarter a year before when the text
// was speaking of a quarter), "two weeks from now", "years ago" (PAST_REF).
func buildAgo(m match) (cand, bool) {
	c, ok := agoCandidate(m)
	if ok {
		// "more than four decades ago", "over an hour later": the modifier belongs in.
		c.s, _ = phraseBefore(m.text, c.s, durationMods)
	}
	return c, ok
}

// agoCandidate is buildAgo's candidate before its modifier.
func agoCandidate(m match) (cand, bool) {
	dir := m.low("dir")
	if dir == "before" || dir == "after" {
		// "two days before the vote" is a duration leading a phrase; only "the day before"
		// style expressions stand alone, and those are rare enough to leave out.
		return cand{}, false
	}
	unit := m.low("unit")
	numAt, _, numS := countBefore(m.text, m.at("unit"))
	n, vague, ok := 1.0, numS == "", true
	if numS != "" {
		n, vague, ok = parseNumber(numS)
	} else if !strings.HasSuffix(unit, "s") {
		return cand{}, false
	}
	letter, clock, mult := unitCode(unit)
	if !ok || letter == "" || letter == "Q" && numS == "" {
		return cand{}, false
	}
	back := dir == "ago" || dir == "earlier"
	if numS != "" && (clock || (letter == "D" || letter == "W") && (dir == "earlier" || dir == "later")) {
		// "an hour later", "three days later", "a day earlier", "a few days later": the length
		// of time is the expression, as TimeBank marks it.
		return cand{s: numAt, e: m.end("unit"), typ: article.Duration, value: fixed(durationValue(n, vague, unit))}, true
	}
	// The expression starts at its count, or at the unit when there is none ("years ago").
	start := numAt
	if numS == "" {
		start = m.at("unit")
	}
	if vague {
		v := "FUTURE_REF"
		if back {
			v = "PAST_REF"
		}
		return cand{s: start, e: m.loc[1], typ: article.Date, value: fixed(v)}, true
	}
	amount := int(n * mult)
	if float64(amount) != n*mult {
		return cand{}, false
	}
	if back {
		amount = -amount
	}
	if clock {
		return cand{}, false
	}
	c := cand{s: start, e: m.loc[1], typ: article.Date, derived: true}
	c.value = func(r *resolver, c *cand) string {
		base, ok := r.ref, r.hasRef
		if letter == "Y" && amount == -1 && mult == 1 {
			if v := r.yearBefore(c); v != "" {
				return v
			}
		}
		if dir == "earlier" || dir == "later" {
			if letter == "Y" && amount == -1 && r.nearQuarter(c) {
				return strconv.Itoa(r.lastQ[0]-1) + "-Q" + strconv.Itoa(r.lastQ[1])
			}
			base, ok = r.anchorDay()
			if letter == "Y" && r.lastYear != 0 {
				// "In 1990 he left. Two decades later he returned": years count from the
				// year last named, whatever its granularity.
				base, ok = time.Date(r.lastYear, 1, 1, 0, 0, 0, 0, time.UTC), true
			}
		} else if letter == "Y" && amount == -1 && mult == 1 && r.nearQuarter(c) {
			return strconv.Itoa(r.lastQ[0]-1) + "-Q" + strconv.Itoa(r.lastQ[1])
		}
		if !ok {
			return map[string]string{"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX"}[letter]
		}
		switch {
		case clock:
			return ""
		case letter == "Y":
			return strconv.Itoa(base.Year() + amount)
		case letter == "Q":
			t := base.AddDate(0, 3*amount, 0)
			return strconv.Itoa(t.Year()) + "-Q" + strconv.Itoa(quarterOf(t))
		case letter == "M":
			t := time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC)
			return monthValue(t.AddDate(0, amount, 0))
		case letter == "W" && dir == "ago":
			// "two weeks ago" is the day, as TimeBank writes it.
			return dayValue(base.AddDate(0, 0, 7*amount))
		case letter == "W":
			return weekValue(base.AddDate(0, 0, 7*amount))
		}
		return dayValue(base.AddDate(0, 0, amount))
	}
	return c, true
}

// yearBefore is the period "a year ago" or "a year earlier" compares with when the text
// says which, else "": the month its sentence named ("prices rose in February compared
// with a year earlier" is February of the year before), or, when the date last named sits
// in a relative clause that closed before it, the quarter the report is about ("its cloud
// unit, which it launched in 2006, grew 45% from a year earlier").
func (r *resolver) yearBefore(c *cand) string {
	ss, named := r.namedInSentence(r.lastAt, c)
	if !named {
		return ""
	}
	if asideClosed(r.text, ss, r.lastAt, c.s) {
		if r.hasQ && c.s-r.lastQAt <= quarterReach {
			return strconv.Itoa(r.lastQ[0]-1) + "-Q" + strconv.Itoa(r.lastQ[1])
		}
		return ""
	}
	if r.lastUnit == "M" && r.lastMon != 0 {
		return strconv.Itoa(r.lastYear-1) + "-" + two(r.lastMon)
	}
	return ""
}

// asideClosed reports whether text[at] lies in a relative clause of the sentence starting at
// ss that ends with a comma before e: ", which it launched in 2006, grew".
func asideClosed(text string, ss, at, e int) bool {
	before := strings.ToLower(text[ss:at])
	k := max(strings.LastIndex(before, ", which "), strings.LastIndex(before, ", who "))
	return k >= 0 && !strings.Contains(before[k+1:], ",") && strings.Contains(text[at:e], ",")
}

// partOfDay gives the type and value suffix of a day with a part of the day: a bare day is a
// DATE, "Monday night" a TIME ending "TNI".
func partOfDay(part string) (article.TimexType, string) {
	if part == "" {
		return article.Date, ""
	}
	return article.Time, "T" + part
}

// seasonYear is the year and index of the season ref falls in; January and February belong
// to the winter that began the December before.
func seasonYear(ref time.Time) (int, int) {
	y := ref.Year()
	if ref.Month() <= time.February {
		y--
	}
	return y, seasonIndex[seasonOf(ref)]
}
