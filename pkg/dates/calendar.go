package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// monthOf maps a month name or abbreviation, lower case and without its period, to its
// number ("aug" and "august" are 8).
var monthOf = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayOf maps a weekday name or abbreviation, lower case, to its ISO number (Monday 1,
// Sunday 7).
var weekdayOf = map[string]int{
	"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
	"saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

// numberWords maps English number words to their values.
var numberWords = map[string]int{
	"a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12, "single": 1, "couple": 2,
}

// ordinalOf maps ordinal words to their values ("third" and "3rd" are 3).
var ordinalOf = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

// seasonCode maps a season name to its TIMEX3 code.
var seasonCode = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonIndex orders the seasons of a year from spring, for "last summer" and "next fall".
var seasonIndex = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}

// partCode maps a part of the day to its TIMEX3 code.
var partCode = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// parseNumber reads a count written in digits ("24", "2.5", "1,000", "2 1/2") or words
// ("two", "twenty-five", "a", "two and a half", "a couple of"). vague is true for counts that
// are not numbers ("several", "a few", "many"); ok is false for anything else.
func parseNumber(s string) (n float64, vague, ok bool) {
	s = lowerWords(s)
	half := 0.0
	for _, suf := range []string{" and a half", " and one half", " 1/2", "-and-a-half", " ½", "½"} {
		if strings.HasSuffix(s, suf) {
			s, half = strings.TrimSuffix(s, suf), 0.5
			break
		}
	}
	switch s {
	case "several", "a few", "few", "many", "some", "a number of", "numerous", "countless",
		"dozens of", "hundreds of", "thousands of", "a couple of", "couple of", "the few", "a handful of":
		if s == "a couple of" || s == "couple of" {
			return 2, false, true
		}
		return 0, true, true
	}
	s = strings.TrimSuffix(s, " of")
	if f := strings.ReplaceAll(s, ",", ""); mayBeFloat(f) {
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			return v + half, false, true
		}
	}
	// Words: "two", "twenty-five", "twenty five", "a hundred", "one hundred", "a dozen".
	// A count has one or two; a third says the phrase is none.
	var buf [3]string
	ws := buf[:0]
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(ws) == len(buf) {
			break
		}
		ws = append(ws, w)
	}
	val := func(w string) int { return numberWords[w] }
	total := 0
	switch {
	case len(ws) == 1:
		total = val(ws[0])
	case len(ws) == 2 && (ws[1] == "hundred" || ws[1] == "dozen") && val(ws[0]) > 0 && val(ws[0]) < 10:
		total = val(ws[0]) * val(ws[1])
	case len(ws) == 2 && val(ws[0]) >= 20 && val(ws[0]) < 100 && val(ws[0])%10 == 0 && val(ws[1]) > 0 && val(ws[1]) < 10:
		total = val(ws[0]) + val(ws[1])
	}
	if total == 0 || len(ws) == 1 && (ws[0] == "hundred" || ws[0] == "couple") {
		return 0, false, false
	}
	return float64(total) + half, false, true
}

// mayBeFloat reports whether strconv.ParseFloat may read s: it starts as a number does, or
// names infinity or NaN. The words most counts are written in fail it without the cost of
// ParseFloat's error.
func mayBeFloat(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case isDigit(c), c == '.', c == '+', c == '-':
		return true
	}
	return strings.EqualFold(s, "inf") || strings.EqualFold(s, "infinity") || strings.EqualFold(s, "nan")
}

// unitCode maps a duration unit word, singular and lower case, to its TIMEX3 letter and
// whether it belongs to the time part (after "T").
func unitCode(u string) (letter string, clock bool, mult float64) {
	switch strings.TrimSuffix(strings.TrimSuffix(u, "s"), "e") {
	case "year", "yr":
		return "Y", false, 1
	case "month", "mo":
		return "M", false, 1
	case "week", "wk":
		return "W", false, 1
	case "fortnight":
		return "W", false, 2
	case "day":
		return "D", false, 1
	case "hour", "hr":
		return "H", true, 1
	case "minut", "min":
		return "M", true, 1
	case "second", "sec":
		return "S", true, 1
	case "decad":
		return "Y", false, 10
	case "century", "centurie", "centuri":
		return "Y", false, 100
	case "quarter":
		return "Q", false, 1
	}
	return "", false, 0
}

// durationValue is the TIMEX3 value of n units ("PT24H", "P10Y", "P2Y6M"); vague counts give
// "PXY" and the like.
func durationValue(n float64, vague bool, unit string) string {
	letter, clock, mult := unitCode(unit)
	if letter == "" {
		return ""
	}
	p := "P"
	if clock {
		p = "PT"
	}
	if vague {
		return p + "X" + letter
	}
	n *= mult
	whole := int(n)
	frac := n - float64(whole)
	if frac == 0 {
		return p + strconv.Itoa(whole) + letter
	}
	// A half of a unit is written in the next smaller one: 2.5 years is P2Y6M.
	switch {
	case letter == "Y" && !clock && frac == 0.5:
		return joinNonZero("P", whole, "Y", 6, "M")
	case letter == "D" && frac == 0.5:
		return joinNonZero("P", whole, "DT", 12, "H")
	case letter == "H" && clock && frac == 0.5:
		return joinNonZero("PT", whole, "H", 30, "M")
	case letter == "M" && clock && frac == 0.5:
		return joinNonZero("PT", whole, "M", 30, "S")
	case letter == "M" && !clock && frac == 0.5:
		return joinNonZero("P", whole, "M", 2, "W")
	}
	return p + strconv.FormatFloat(n, 'f', -1, 64) + letter
}

// joinNonZero writes prefix, a, unitA, b, unitB, leaving out a zero a ("P6M", not "P0Y6M").
func joinNonZero(prefix string, a int, unitA string, b int, unitB string) string {
	if a == 0 {
		if strings.HasSuffix(unitA, "T") {
			return prefix + "T" + strconv.Itoa(b) + unitB
		}
		return prefix + strconv.Itoa(b) + unitB
	}
	return prefix + strconv.Itoa(a) + unitA + strconv.Itoa(b) + unitB
}

// day truncates t to its calendar day at UTC midnight.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// isoWeekday is t's weekday numbered as ISO 8601 does (Monday 1, Sunday 7).
func isoWeekday(t time.Time) int {
	return (int(t.Weekday())+6)%7 + 1
}

// weekValue is the ISO week of t ("2025-W32").
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// dayValue is t as a TIMEX3 day ("2025-08-08").
func dayValue(t time.Time) string { return t.Format("2006-01-02") }

// monthValue is t's month ("2025-08").
func monthValue(t time.Time) string { return t.Format("2006-01") }

// yearValue is t's year ("2025").
func yearValue(t time.Time) string { return fmt.Sprintf("%04d", t.Year()) }

// quarterOf is the quarter (1 to 4) of t.
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// seasonOf is the TIMEX3 season code of t's month in the northern hemisphere.
func seasonOf(t time.Time) string {
	switch t.Month() {
	case time.March, time.April, time.May:
		return "SP"
	case time.June, time.July, time.August:
		return "SU"
	case time.September, time.October, time.November:
		return "FA"
	}
	return "WI"
}

// nthWeekday is the n-th (1-based; -1 the last) weekday wd (ISO number) of a month.
func nthWeekday(year int, month time.Month, wd, n int) time.Time {
	if n < 0 {
		return seekWeekday(time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC), wd, -1)
	}
	return seekWeekday(time.Date(year, month, 1, 0, 0, 0, 0, time.UTC), wd, 1).AddDate(0, 0, 7*(n-1))
}

// seekWeekday is the first day from t on, t itself included, going step days at a time (1
// forward, -1 back), that is weekday wd (ISO number).
func seekWeekday(t time.Time, wd, step int) time.Time {
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, step)
	}
	return t
}

// easter is the date of Western Easter Sunday in year (the anonymous Gregorian algorithm).
func easter(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(year, time.Month(month), dd, 0, 0, 0, 0, time.UTC)
}

// validDay reports whether year-month-day exists (year 2000, a leap year, when unknown).
func validDay(year, month, d int) bool {
	if year == 0 {
		year = 2000
	}
	if month < 1 || month > 12 || d < 1 {
		return false
	}
	t := time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}
