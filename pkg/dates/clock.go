package dates

import (
	"strconv"
	"strings"

	"github.com/ledeparse/lede/pkg/article"
)

// clockValue resolves a clock time hh:mm. Joined to a day (wd, dw or month/day) it takes
// that day; inside a range or a routine ("between 9 a.m. and 5 p.m.", "from noon to 9 p.m.
// each day") it has no single day (XXXX-XX-XXTHH:MM); else it falls on the latest day the
// text named, or on ref.
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
	if routine(r.text, c.s, c.e) {
		return "XXXX-XX-XX" + hm
	}
	if day := r.dayAfterClock(c); day != "" {
		return day + hm
	}
	t, ok := r.anchorDay()
	if !ok {
		return "XXXX-XX-XX" + hm
	}
	return dayValue(t) + hm
}

// dayAfterClock is the day a clock time is set on when the text names it right after: "at
// 3 p.m. on March 14", "at 10 a.m. on Friday". It is "" when no day follows.
func (r *resolver) dayAfterClock(c *cand) string {
	if r.at+1 >= len(r.cands) || r.cands[r.at+1].s < c.e || r.cands[r.at+1].typ != article.Date {
		return ""
	}
	next := &r.cands[r.at+1]
	between := strings.TrimSpace(r.text[c.e:next.s])
	if !strings.EqualFold(between, "on") {
		return ""
	}
	v := next.value(r, next)
	if len(v) != len("2006-01-02") || v[4] != '-' || v[7] != '-' {
		return ""
	}
	return v
}

// routine reports whether the clock time at text[s:e] is part of a range or a routine rather
// than a moment of one day: "between 11am and 3pm", "from noon to 9 p.m.", "each day".
func routine(text string, s, e int) bool {
	ss, se := sentenceAround(text, s, e)
	sent := strings.ToLower(text[ss:se])
	switch prevWord(text, s) {
	case "between", "from", "and", "to", "until", "till", "through":
		if strings.Contains(sent, "between") || strings.Contains(sent, " from ") {
			return true
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
	hh, _ := strconv.Atoi(m.get("h"))
	mm, _ := strconv.Atoi(m.get("min"))
	ap := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(m.get("ap")))
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
	return mk(m, article.Time, func(r *resolver, c *cand) string {
		return clockValue(r, c, hh, mm, wd, dw, mon, d)
	})
}

// buildClock24 covers a 24-hour clock time with a zone ("19:40 CEST") or after "at", "by",
// "from", "until" or "before" ("at 15:30"); other "15:30" may be a score or a ratio.
func buildClock24(m match) (cand, bool) {
	hh, _ := strconv.Atoi(m.get("h"))
	mm, _ := strconv.Atoi(m.get("min"))
	if m.get("zone") == "" {
		switch prevWord(m.text, m.at("h")) {
		case "at", "by", "from", "until", "before", "after", "till", "around":
		default:
			return cand{}, false
		}
	}
	return mk(m, article.Time, func(r *resolver, c *cand) string {
		return clockValue(r, c, hh, mm, 0, "", 0, 0)
	})
}

// buildNoon covers "noon", "midnight" (T00:00), "midday", "midnight Friday".
func buildNoon(m match) (cand, bool) {
	hh := 12
	if prevWord(m.text, m.at("w")) == "high" {
		// "High Noon", "high noon comes today": a figure of speech.
		return cand{}, false
	}
	if m.low("w") == "midnight" {
		hh = 0
	}
	if m.get("wd") != "" && !isUpperStart(m.get("wd")) {
		return cand{}, false
	}
	wd := weekdayOf[m.low("wd")]
	dw := m.low("dw")
	return mk(m, article.Time, func(r *resolver, c *cand) string {
		return clockValue(r, c, hh, 0, wd, dw, 0, 0)
	})
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
	return mk(m, article.Time, func(r *resolver, c *cand) string {
		if m.low("part") != "" {
			// "at three in the morning" speaks of any night.
			return "XXXX-XX-XXT" + two(hh) + ":00"
		}
		return clockValue(r, c, hh, 0, 0, "", 0, 0)
	})
}
