package debris

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// stamp is one date (and maybe clock time and zone) read from a stamp line.
type stamp struct {
	year, month, day   int
	hour, minute, sec  int
	hasTime, hasZone   bool
	offset             int // zone offset in seconds east of UTC
	updated            bool
	relative           time.Duration // > 0 for "3 hours ago": how long ago
	relativeDays       int           // days ago for "2 days ago", "yesterday"
	isRelative         bool
	relativeClockBased bool
}

const (
	monthPattern   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekdayPattern = `(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`
	clockPattern   = `\d{1,2}(?:[:.]\d{2}){1,2}(?:\.\d+)?(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?`
)

// zoneOffsets maps zone abbreviations to offsets in minutes east of UTC. The US generic
// names (ET, CT, MT, PT) are resolved by daylight saving time in usZone.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60, "ist": 330, "cet": 60,
	"cest": 120, "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360,
	"cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540,
	"akdt": -480, "hst": -600, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
	"aest": 600, "aedt": 660, "acst": 570, "acdt": 630, "awst": 480, "nzst": 720,
	"nzdt": 780, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "sast": 120, "wat": 60,
	"cat": 120, "eat": 180, "pkt": 300, "ict": 420, "wib": 420,
	"et": 1, "ct": 1, "mt": 1, "pt": 1, // placeholders: see usZone
}

// usStandard is the standard-time offset (minutes) of the US generic zone names.
var usStandard = map[string]int{"et": -300, "ct": -360, "mt": -420, "pt": -480}

// zonePattern is a zone after a clock time: a word of up to five letters, maybe with an
// offset ("CEST", "UTC+2", "GMT+1"), or an offset alone ("-06:00"). The word is looked up
// in zoneOffsets after the match, which keeps the regexps small enough to run fast; a word
// that names no zone ("by", "and") is left out of the stamp.
const zonePattern = `[a-z]{1,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}`

// stampRe finds an absolute date with an optional clock time and zone. It covers
// "April 8, 2025", "Feb. 11, 2025, 8:37 a.m. CT", "Thu, June 12, 2025, 11:50 AM EDT",
// "Thursday 13 March 2025", "Wed, 22 Oct 2025 16:45 BST", "22 November 2025, 6:05pm",
// "Fri 8 Aug 2025 09.55 BST", "12 Oct 2025 | 19:40 CEST", "September 4, 2025 at 10:40 pm",
// "24.06.2025", "14/10/2025", "11/20/2025", "03/04/25 9:05 AM ET", "2026-02-03T14:30:00-05:00",
// "2026-02-09 18:00" and "2026/03/03".
var stampRe = regexp.MustCompile(`(?i)(?:\b` + weekdayPattern + `,?\s+)?(?:` +
	`\b(?P<mon1>` + monthPattern + `)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})` +
	`|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>` + monthPattern + `),?\s+(?P<y2>\d{4})` +
	`|\b(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})` +
	`|\b(?P<a4>\d{1,2})(?P<sep4>[./])(?P<b4>\d{1,2})[./](?P<y4>\d{4}|\d{2}\b)` +
	`)(?:(?:,?\s+(?:at\s+)?|\s*[|·•,/@—–-]\s*|T)(?P<clock>` + clockPattern + `)(?:\s*\(?(?P<zone>` + zonePattern + `)\b\)?|(?P<z>Z)\b)?)?`)

// clockFirstRe finds a clock time and zone written before the date they belong to:
// "9:42 AM EST, Wed February 19, 2025", "Updated 10:21 AM EDT, Thu June 5, 2025".
var clockFirstRe = regexp.MustCompile(`(?i)\b(?P<clock>` + clockPattern + `)(?:\s*(?P<zone>` + zonePattern + `)\b)?\s*(?:,|on)?\s+`)

// relativeRe finds a relative stamp: "3 hours ago", "5 hrs ago", "an hour ago",
// "2 days ago", "yesterday".
var relativeRe = regexp.MustCompile(`(?i)\b(?:(\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w)\s+ago|(yesterday|just now))\b`)

// stampWords are the words a stamp line may carry besides its dates: "Published:",
// "Updated on", "Last updated", "Posted".
var stampWords = map[string]bool{
	"published": true, "updated": true, "update": true, "posted": true, "last": true,
	"first": true, "modified": true, "originally": true, "on": true, "at": true, "date": true,
	"edited": true, "created": true, "issued": true, "filed": true, "pub": true, "upd": true,
	"publication": true, "and": true,
}

// updateWordRe tells an update stamp from a publication stamp: "Updated", "Last modified".
var updateWordRe = regexp.MustCompile(`(?i)\b(?:updated?|modified|edited|upd)\b`)

// findStamps returns the absolute and relative stamps of s with their byte ranges.
func findStamps(s string) ([]stamp, [][2]int) {
	var out []stamp
	var where [][2]int
	names := stampRe.SubexpNames()
	var matches [][]int
	// Every absolute stamp has a digit; most lines of a paste have none.
	if mayHoldDate(s) {
		matches = stampRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range matches {
		g := func(name string) string {
			for i, n := range names {
				if n == name && m[2*i] >= 0 {
					return s[m[2*i]:m[2*i+1]]
				}
			}
			return ""
		}
		st, ok := readStamp(g)
		if !ok {
			continue
		}
		start := m[0]
		if !st.hasTime {
			// "9:42 AM EST, Wed February 19, 2025": the clock may come first.
			if c := clockFirstRe.FindAllStringSubmatchIndex(s[:start], -1); len(c) > 0 {
				last := c[len(c)-1]
				if last[1] == start {
					clock := s[last[2]:last[3]]
					if h, mi, se, ok := readClock(clock); ok {
						st.hour, st.minute, st.sec, st.hasTime = h, mi, se, true
						if last[4] >= 0 {
							st.offset, st.hasZone = zoneOffset(s[last[4]:last[5]], st.year, st.month, st.day)
						}
						start = last[0]
					}
				}
			}
		}
		out = append(out, st)
		end := m[1]
		// A word after the clock that names no zone is no part of the stamp.
		if zi := 2 * stampRe.SubexpIndex("zone"); m[zi] >= 0 && !st.hasZone {
			end = len(strings.TrimRight(s[:m[zi]], " \t(\u00a0"))
		}
		where = append(where, [2]int{start, end})
	}
	var relative [][]int
	if containsFold(s, "ago") || containsFold(s, "yesterday") || containsFold(s, "just now") {
		relative = relativeRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range relative {
		st := stamp{isRelative: true}
		if m[6] >= 0 {
			if strings.EqualFold(s[m[6]:m[7]], "yesterday") {
				st.relativeDays = 1
			}
		} else {
			n := 1
			if v, err := strconv.Atoi(s[m[2]:m[3]]); err == nil {
				n = v
			}
			switch u := strings.ToLower(s[m[4]:m[5]]); {
			case strings.HasPrefix(u, "s"):
				st.relative, st.relativeClockBased = time.Duration(n)*time.Second, true
			case strings.HasPrefix(u, "m"):
				st.relative, st.relativeClockBased = time.Duration(n)*time.Minute, true
			case strings.HasPrefix(u, "h"):
				st.relative, st.relativeClockBased = time.Duration(n)*time.Hour, true
			case strings.HasPrefix(u, "d"):
				st.relativeDays = n
			case strings.HasPrefix(u, "w"):
				st.relativeDays = 7 * n
			}
		}
		out = append(out, st)
		where = append(where, [2]int{m[0], m[1]})
	}
	return out, where
}

// mayHoldDate reports whether s may hold an absolute date of stampRe: a digit, and a month
// word or two numbers joined by "-", "/" or ".". It is the cheap test before stampRe.
func mayHoldDate(s string) bool {
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			digits = true
			if i+2 < len(s) && (s[i+1] == '-' || s[i+1] == '/' || s[i+1] == '.') && '0' <= s[i+2] && s[i+2] <= '9' {
				return true
			}
		case ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') && (i == 0 || !isASCIILetter(s[i-1])) && i+3 <= len(s):
			if monthNumber(s[i:i+3]) > 0 && (i+3 == len(s) || !isASCIILetter(s[i+3]) || isMonthWord(strings.ToLower(letterRun(s[i:])))) {
				if digits || strings.ContainsAny(s[i:], "0123456789") {
					return true
				}
			}
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// letterRun returns the ASCII letters at the start of s.
func letterRun(s string) string {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

// readStamp builds a stamp from the named groups of a stampRe match.
func readStamp(g func(string) string) (stamp, bool) {
	var st stamp
	switch {
	case g("mon1") != "":
		st.month, st.day, st.year = monthNumber(g("mon1")), atoi(g("d1")), atoi(g("y1"))
	case g("mon2") != "":
		st.month, st.day, st.year = monthNumber(g("mon2")), atoi(g("d2")), atoi(g("y2"))
	case g("y3") != "":
		st.year, st.month, st.day = atoi(g("y3")), atoi(g("m3")), atoi(g("d3"))
	default:
		a, b := atoi(g("a4")), atoi(g("b4"))
		st.year = atoi(g("y4"))
		if len(g("y4")) == 2 {
			// "03/04/25": a two-digit year is of this century.
			st.year += 2000
		}
		// Dots are day-first ("24.06.2025"); slashes are day-first only when the first
		// number cannot be a month ("14/10/2025"), else US month-first ("11/20/2025").
		if g("sep4") == "." || a > 12 {
			st.day, st.month = a, b
		} else {
			st.month, st.day = a, b
		}
	}
	if st.year < 1900 || st.year > 2200 || st.month < 1 || st.month > 12 || st.day < 1 ||
		st.day > daysIn(st.year, st.month) {
		return stamp{}, false
	}
	if c := g("clock"); c != "" {
		if h, mi, se, ok := readClock(c); ok {
			st.hour, st.minute, st.sec, st.hasTime = h, mi, se, true
			if z := g("zone"); z != "" {
				st.offset, st.hasZone = zoneOffset(z, st.year, st.month, st.day)
			} else if g("z") != "" {
				st.hasZone = true
			}
		}
	}
	return st, true
}

// readClock reads "9:42 a.m.", "6:05pm", "11.20", "19:40", "7 a.m.", "09:00:00". A bare
// number without minutes or a.m./p.m. is no clock time.
func readClock(c string) (h, m, s int, ok bool) {
	c = strings.ToLower(strings.TrimSpace(c))
	mer := ""
	if i := strings.IndexAny(c, "ap"); i >= 0 {
		mer = c[i : i+1]
		c = strings.TrimSpace(c[:i])
	}
	parts := strings.FieldsFunc(c, func(r rune) bool { return r == ':' || r == '.' })
	if len(parts) == 0 || (len(parts) == 1 && mer == "") {
		return 0, 0, 0, false
	}
	h = atoi(parts[0])
	if len(parts) > 1 {
		m = atoi(parts[1])
	}
	if len(parts) > 2 {
		s = atoi(parts[2])
	}
	switch mer {
	case "a":
		if h == 12 {
			h = 0
		}
	case "p":
		if h < 12 {
			h += 12
		}
	}
	if h > 23 || m > 59 || s > 59 || (mer != "" && atoi(parts[0]) > 12) {
		return 0, 0, 0, false
	}
	return h, m, s, true
}

// zoneOffset reads a zone abbreviation or a numeric offset ("-06:00", "UTC+2") at a date.
func zoneOffset(z string, y, mo, d int) (int, bool) {
	z = strings.ToLower(strings.TrimSpace(z))
	name := strings.TrimRight(z, "+-0123456789: ")
	extra := 0
	if rest := strings.TrimSpace(z[len(name):]); rest != "" {
		sign := 1
		if rest[0] == '-' {
			sign = -1
		}
		digits := strings.ReplaceAll(rest[1:], ":", "")
		switch len(digits) {
		case 1, 2:
			extra = sign * atoi(digits) * 60
		case 3, 4:
			extra = sign * (atoi(digits[:len(digits)-2])*60 + atoi(digits[len(digits)-2:]))
		default:
			return 0, false
		}
	}
	if name == "" {
		return extra * 60, true
	}
	if std, ok := usStandard[name]; ok {
		if usDaylight(y, mo, d) {
			std += 60
		}
		return (std + extra) * 60, true
	}
	off, ok := zoneOffsets[name]
	return (off + extra) * 60, ok
}

// usDaylight reports whether US daylight saving time is in force on the date: from the
// second Sunday of March to the first Sunday of November.
func usDaylight(y, mo, d int) bool {
	nthSunday := func(month time.Month, n int) int {
		first := time.Date(y, month, 1, 0, 0, 0, 0, time.UTC).Weekday()
		return 1 + (7-int(first))%7 + 7*(n-1)
	}
	switch {
	case mo > 3 && mo < 11:
		return true
	case mo == 3:
		return d >= nthSunday(time.March, 2)
	case mo == 11:
		return d < nthSunday(time.November, 1)
	}
	return false
}

// format writes the stamp as ISO 8601: a date, or a date-time with offset when the stamp
// gives a clock time and a zone.
func (st stamp) format() string {
	if st.hasTime && st.hasZone {
		t := time.Date(st.year, time.Month(st.month), st.day, st.hour, st.minute, st.sec, 0,
			time.FixedZone("", st.offset))
		return t.Format(time.RFC3339)
	}
	return fmt.Sprintf("%04d-%02d-%02d", st.year, st.month, st.day)
}

// resolve turns a relative stamp into ISO 8601 against ref. A reference without a clock
// time (midnight UTC) is a day: hours ago stay on that day. Zero ref gives "".
func (st stamp) resolve(ref time.Time) string {
	if ref.IsZero() {
		return ""
	}
	dateOnly := ref.Hour() == 0 && ref.Minute() == 0 && ref.Second() == 0 && ref.Location() == time.UTC
	if st.relativeClockBased {
		if dateOnly {
			return ref.Format("2006-01-02")
		}
		return ref.Add(-st.relative).Format(time.RFC3339)
	}
	return ref.AddDate(0, 0, -st.relativeDays).Format("2006-01-02")
}

func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// stampWordRe is a word that makes a date a stamp wherever it stands: "Published June 3,
// 2025", "Updated 1 hr ago".
var stampWordRe = regexp.MustCompile(`(?i)\b(?:published|updated|posted|modified)\b`)
