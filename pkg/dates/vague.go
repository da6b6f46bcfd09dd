package dates

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// holidayDate computes a holiday's date in year, or ok false for a name it does not know.
// canada picks the Canadian Thanksgiving (second Monday of October) over the US one.
func holidayDate(name string, year int, canada bool) (time.Time, bool) {
	fixed := func(m time.Month, d int) (time.Time, bool) {
		return time.Date(year, m, d, 0, 0, 0, 0, time.UTC), true
	}
	n := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(name, "’", "'")), " "))
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
	}
	return time.Time{}, false
}

// canadian tells a text set in Canada, whose Thanksgiving falls in October.
var canadian = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:Canad(?:a|ian)|Ontario|Quebec|Alberta|British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|Vancouver|Toronto|Calgary|Montreal|Ottawa|Winnipeg|Edmonton)\b`)
})

// buildHoliday covers holidays with a computable date: "Christmas" (12-25), "Memorial Day"
// (the last Monday of May), "Thanksgiving" (US, or Canadian in a Canadian text), "Easter",
// "New Year's Day", "Election Day", with or without a year ("Christmas 2024").
func buildHoliday(m match) (cand, bool) {
	name := m.get("h")
	year := m.get("year")
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		canada := canadian().MatchString(r.text)
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
	})
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
		return mk(m, article.Date, fixed("FUTURE_REF"))
	case "recently", "lately", "previously", "formerly":
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

// buildVaguePlural covers "recent years" (PAST_REF), "the coming days" and "the coming weeks"
// (FUTURE_REF), "upcoming months", "the past few years" (a duration, PXY).
func buildVaguePlural(m match) (cand, bool) {
	if isUpperStart(m.get("u")) {
		// "The Coming Days" in Title Case names a headline or a work, not a time.
		return cand{}, false
	}
	switch m.low("w") {
	case "recent":
		return mk(m, article.Date, fixed("PAST_REF"))
	case "past few", "last few":
		return mk(m, article.Duration, fixed(durationValue(0, true, m.low("u"))))
	}
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildToCome covers "the days and weeks to come" and "the weeks ahead" (FUTURE_REF).
func buildToCome(m match) (cand, bool) {
	return mk(m, article.Date, fixed("FUTURE_REF"))
}

// buildWeekend covers "the weekend": the one before ref in a past-tense sentence
// ("2026-W03-WE"), the coming one otherwise.
func buildWeekend(m match) (cand, bool) {
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if !r.hasRef {
			return "XXXX-WXX-WE"
		}
		t := r.ref
		if r.tense(c) == pastTense {
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
