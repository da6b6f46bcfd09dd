package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// clockValue resolves a clock time hh:mm. Joined to a day (wd, dw or month/day) it takes
// that day; inside a range or a routine ("between 9 a.m. and 5 p.m.", "from noon to 9 p.m.
// each day") it has no single day (XXXX-XX-XXTHH:MM); else it falls on the day its sentence
// named before it ("Play began on Wednesday at 10:00"), or on ref: a news story tells the
// hours of the day it reports ("at a news conference that began at 11 a.m.") after naming
// other days, past and to come.
func clockValue(r *resolver, c *cand, hh, mm int, wd int, dw string, mon, d int) string {
	hm := "T" + two(hh) + ":" + two(mm)
	switch {
	case wd != 0:
		t, ok := r.weekdayDate(c, wd, 0)
		if !ok {
			return "XXXX-WXX-" + strconv.Itoa(wd) + hm
		}
		return dayValue(t) + hm
	case dw != "":
		if !r.hasRef {
			return "XXXX-XX-XX" + hm
		}
		step := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[dw]
		return dayValue(r.ref.AddDate(0, 0, step)) + hm
	case mon != 0:
		return r.monthDay(c, mon, d) + hm
	}
	if day := r.dayAfterClock(c); day != "" {
		return day + hm
	}
	if r.routine(c) {
		return "XXXX-XX-XX" + hm
	}
	t, ok := r.clockDay(c)
	if !ok {
		return "XXXX-XX-XX" + hm
	}
	return dayValue(t) + hm
}

// clockDay is the day of a clock time written without one: the latest day named in its
// sentence before it, else ref.
func (r *resolver) clockDay(c *cand) (time.Time, bool) {
	ss, named := r.namedInSentence(r.dayEnd, c)
	if named {
		return r.lastDay, true
	}
	if ss > 1 && r.hasRef && !r.lastDay.After(r.ref) && r.tense(c) == pastTense {
		if ps, _ := sentenceAround(r.text, ss-2, ss-2); r.dayEnd > ps {
			return r.lastDay, true
		}
	}
	return r.ref, r.hasRef
}

// sentenceDay is the latest day named before c in c's sentence, if one was.
func (r *resolver) sentenceDay(c *cand) (time.Time, bool) {
	_, named := r.namedInSentence(r.dayEnd, c)
	return r.lastDay, named
}

// clockCand is the candidate of a clock time (see clockValue). A time without its own day
// moves no anchor of later expressions: "the next day" still follows the day the text
// named, not the day the time fell on.
func clockCand(m match, hh, mm, wd int, dw string, mon, d int) (cand, bool) {
	c, ok := mk(m, article.Time, func(r *resolver, c *cand) string {
		return clockValue(r, c, hh, mm, wd, dw, mon, d)
	})
	c.derived = wd == 0 && dw == "" && mon == 0
	return c, ok
}

// dayAfterClock is the day a clock time is set on when the text names it right after, or
// after the range the time starts: "at 3 p.m. on March 14", "at 10 a.m. on Friday", "between
// 11:00 and 15:00 on Thursday", "from 06:00 on Tuesday until 4 January". It is "" when no
// day follows.
func (r *resolver) dayAfterClock(c *cand) string {
	at, end := r.at+1, c.e
	if r.startsRange(c) {
		// The end of a range shares its day: "between 11:00 and 15:00 on Thursday".
		end = r.cands[at].e
		at++
	}
	if at >= len(r.cands) || r.cands[at].s < end || r.cands[at].typ != article.Date {
		return ""
	}
	next := &r.cands[at]
	between := strings.TrimSpace(r.text[end:next.s])
	if !strings.EqualFold(between, "on") {
		return ""
	}
	v := next.value(r, next)
	if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' {
		return ""
	}
	return v
}

// startsRange reports whether the clock time c, the expression being resolved, starts a
// range whose end is the next expression: "11:00 and 15:00", "noon to 9 p.m.".
func (r *resolver) startsRange(c *cand) bool {
	next := r.at + 1
	return next < len(r.cands) && r.cands[next].typ == article.Time && r.cands[next].s >= c.e && rangeWords[strings.ToLower(strings.TrimSpace(r.text[c.e:r.cands[next].s]))]
}

// rangeWords join the two ends of a range of clock times: "between 9 a.m. and 5 p.m.",
// "from noon to 9 p.m.", "10:00-12:00".
var rangeWords = wordSet(`and to until till through - – or`)

// routine reports whether the clock time c is part of a range or a routine rather than a
// moment of one day: "between 11am and 3pm", "from noon to 9 p.m.", "each day". A time after
// "from" with no second time is where something began: "suspended from 14:30"; a range after
// a day its clause named is on that day: "stay indoors on Sunday between 10:00 and 16:00".
func (r *resolver) routine(c *cand) bool {
	ss, se := sentenceAround(r.text, c.s, c.e)
	sent := strings.ToLower(r.text[ss:se])
	// A day named before the range in its own clause: "the service opens on Dec. 1, with
	// drops from 7 a.m. to 5 p.m." gives the hours of every day.
	dayNamed := r.dayEnd <= c.s && r.dayEnd > clauseStart(r.text, ss, c.s)
	switch prevWord(r.text, c.s) {
	case "between":
		return !dayNamed
	case "from":
		if r.startsRange(c) {
			return !dayNamed
		}
	case "and", "to", "until", "till", "through":
		if r.at > 0 && r.cands[r.at-1].typ == article.Time {
			if w := prevWord(r.text, r.cands[r.at-1].s); w == "between" || w == "from" {
				return !dayNamed
			}
		}
	}
	for _, w := range routineWords {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// routineWords in a sentence make its clock times a routine: "The fair runs from 11 a.m. to
// 8 p.m. each day".
var routineWords = []string{
	"each day", "every day", "every night", "each night", "daily", "every morning",
	"each morning", "every evening", "weekdays", "every week",
}

// buildClock covers "3 p.m.", "3 p.m. ET", "10:30 a.m.", "9am Wednesday", "7:40 a.m. Sunday",
// "6 p.m. tomorrow" and "10 p.m., Aug. 5".
func buildClock(m match) (cand, bool) {
	hh := m.num("h")
	mm := m.num("min")
	ap := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(m.get("ap"), ".", ""), " ", ""))
	if hh > 12 || hh == 0 {
		return cand{}, false
	}
	if ap == "pm" && hh < 12 {
		hh += 12
	} else if ap == "am" && hh == 12 {
		hh = 0
	}
	if m.get("wd") != "" && !isUpperStart(m.get("wd")) || m.get("mon") != "" && !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	wd := weekdayOf[m.low("wd")]
	dw := m.low("dw")
	mon := monthOf[strings.TrimSuffix(m.low("mon"), ".")]
	d, _ := strconv.Atoi(strings.TrimRight(m.get("day"), "stndrh"))
	return clockCand(m, hh, mm, wd, dw, mon, d)
}

// buildClock24 covers a 24-hour clock time with a zone ("19:40 CEST") or after "at", "by",
// "from", "until", "before" or "between" ("at 15:30"), or after another such time ("between
// 11:00 and 15:00"); other "15:30" may be a score or a ratio.
func buildClock24(m match) (cand, bool) {
	hh := m.num("h")
	mm := m.num("min")
	if m.get("zone") == "" {
		switch prevWord(m.text, m.at("h")) {
		case "at", "by", "from", "until", "before", "after", "till", "around", "between":
		case "and", "to":
			// The end of a range of clock times: "between 11:00 and 15:00".
			if !afterClock24(m.text, m.at("h")) {
				return cand{}, false
			}
		default:
			return cand{}, false
		}
	}
	return clockCand(m, hh, mm, 0, "", 0, 0)
}

// afterClock24 reports whether the word before offset i follows a 24-hour clock time:
// "11:00 and" before "15:00".
func afterClock24(text string, i int) bool {
	j := i
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	for j > 0 && isLetter(text[j-1]) {
		j--
	}
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	return j >= 5 && isDigit(text[j-1]) && isDigit(text[j-2]) && text[j-3] == ':' && isDigit(text[j-4])
}

// buildNoon covers "noon", "midday", "midnight Friday" and "at midnight" (T24:00, the end of
// the day, as TimeML writes it), "between midnight and 5am" and "after midnight" (T00:00,
// the start of one).
func buildNoon(m match) (cand, bool) {
	hh := 12
	if prevWord(m.text, m.at("w")) == "high" {
		// "High Noon", "high noon comes today": a figure of speech.
		return cand{}, false
	}
	if m.low("w") == "midnight" {
		hh = 24
		switch prevWord(m.text, m.at("w")) {
		case "between", "from", "after", "past", "since":
			// "stranded after midnight": the hours that follow it.
			hh = 0
		}
	}
	if m.get("wd") != "" && !isUpperStart(m.get("wd")) {
		return cand{}, false
	}
	wd := weekdayOf[m.low("wd")]
	dw := m.low("dw")
	return clockCand(m, hh, 0, wd, dw, 0, 0)
}

// buildWordClock covers "three in the morning", "two o'clock", "4 in the afternoon".
func buildWordClock(m match) (cand, bool) {
	h := m.low("h")
	hh, err := strconv.Atoi(h)
	if err != nil {
		v, _, ok := parseNumber(h)
		if !ok {
			return cand{}, false
		}
		hh = int(v)
	}
	if hh < 1 || hh > 12 {
		return cand{}, false
	}
	if p := m.low("part"); (p == "afternoon" || p == "evening") && hh < 12 {
		hh += 12
	}
	c, ok := mk(m, article.Time, func(r *resolver, c *cand) string {
		if m.low("part") != "" {
			// "at three in the morning" speaks of any night.
			return "XXXX-XX-XXT" + two(hh) + ":00"
		}
		return clockValue(r, c, hh, 0, 0, "", 0, 0)
	})
	c.derived = true
	return c, ok
}
