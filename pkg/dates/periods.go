package dates

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// seasonCompounds follow a season that names a thing, not a time: "the winter storm", "the
// summer Olympics", "spring break".
var seasonCompounds = wordSet(`storm storms olympics games weather coat coats wheat squash solstice
	equinox break term semester session camp school league transfer sale sales collection
	fashion tires tyres festival`)

// buildSeason covers "this summer", "the summer", "last fall", "the spring of 2026", "summer
// 2025", "early spring". "Spring" and "fall" need a determiner or a year (they are also a
// verb and a noun), and "the fall of" + a name is not a season.
func buildSeason(m match) (cand, bool) {
	code := seasonCode[m.low("s")]
	det := m.low("det")
	year := m.get("year")
	if det == "" && year == "" {
		// "in summer", "during autumn"; "in spring" and "by fall" are too often other words.
		switch prevWord(m.text, m.at("s")) {
		case "in", "during", "since", "until", "by", "over", "through":
			if (code == "FA" || code == "SP") && m.low("s") != "autumn" {
				return cand{}, false
			}
		default:
			return cand{}, false
		}
	}
	if year == "" {
		nw := strings.ToLower(nextWord(m.text, m.end("s")))
		if nw == "of" || strings.HasPrefix(m.text[m.end("s"):], "-") || seasonCompounds[nw] {
			return cand{}, false
		}
		if code == "FA" || code == "SP" {
			// "prices fall in May", "the spring back": the verb and the noun.
			switch nw {
			case "in", "from", "to", "by", "sharply", "further", "below", "short", "apart", "back", "behind", "victim", "out", "into":
				return cand{}, false
			}
		}
	}
	if det == "the past" || det == "the coming" {
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		if year != "" {
			return year + "-" + code
		}
		if !r.hasRef {
			return "XXXX-" + code
		}
		y, cur := seasonYear(r.ref)
		switch det {
		case "the", "this", "that", "early", "late", "mid", "the early", "the late", "":
			// A season that has not begun by ref is last year's in a past-tense sentence
			// ("was launched in the autumn", written in March).
			if pw := prevWord(r.text, c.s); det != "this" && r.tense(c) == pastTense && pw != "to" && pw != "until" && pw != "till" {
				// In January and February the season year is the one before: "plants
				// sat idle in the spring", written in February, is last year's spring.
				// A season a thing was moved to lies ahead: "pushed back to the summer".
				if seasonIndex[code] > cur {
					y--
				}
				return strconv.Itoa(y) + "-" + code
			}
			if det != "this" && seasonIndex[code] < cur && r.ref.Month() > time.February && r.tense(c) == futureTense && !pastInClause(r.text, c.s) {
				// A season already over by ref is next year's in a future-tense clause
				// ("plans flights starting in the spring", written in September); "made it
				// hard to meet demand into the summer" is past.
				return strconv.Itoa(r.ref.Year()+1) + "-" + code
			}
			return strconv.Itoa(r.ref.Year()) + "-" + code
		case "last":
			if seasonIndex[code] >= cur {
				y--
			}
		case "next":
			if seasonIndex[code] <= cur {
				y++
			}
		}
		return strconv.Itoa(y) + "-" + code
	})
}

// pastInClause reports whether a past-tense word comes before offset s in its clause: the
// words of its sentence after the last comma, semicolon or dash, and after a "that" which
// opens a clause of its own ("said Tuesday that the yards would be full by the weekend").
func pastInClause(text string, s int) bool {
	ss, _ := sentenceAround(text, s, s)
	ws := words(text[clauseStart(text, ss, s):s])
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i] == "that" {
			ws = ws[i+1:]
			break
		}
	}
	for i := range ws {
		if cueAt(ws, i) == pastTense {
			return true
		}
	}
	return false
}

// buildQuarter covers "the third quarter", "third-quarter", "the fiscal first quarter", "the
// June quarter", "the same quarter of 2024", "the first half of 2024", "last year's fourth quarter", "Q3" and
// "Q4 2025". A quarter without its year is of ref's year, or of the year before when it has
// not begun by ref and the sentence is not about the future.
func buildQuarter(m match) (cand, bool) {
	det := m.low("det")
	unit := m.low("unit")
	n := ordinalOf[m.low("ord")]
	if sportsRound(m.text, m.loc[1]) {
		return cand{}, false
	}
	if mon := m.low("qmon"); mon != "" {
		// "the June quarter" ends in June: the second. It needs its determiner, and a
		// capital: "the june quarter" is no way to write it.
		if unit != "quarter" || det == "" || !isUpperStart(m.get("qmon")) {
			return cand{}, false
		}
		n = monthOf[mon] / 3
	}
	if m.low("ord") == "final" {
		// "the final quarter", "the final half": the last of the year.
		n = map[string]int{"quarter": 4, "half": 2}[unit]
	}
	switch m.low("rel") {
	case "last":
		// "the second half of last year" is last year's.
		det = "last year's"
	case "next":
		det = "next year's"
	}
	if q := m.get("q"); q != "" {
		n, _ = strconv.Atoi(q)
		unit = "quarter"
	}
	if unit == "half" && n > 2 {
		return cand{}, false
	}
	year := m.get("year2")
	if year == "" {
		year = m.get("year1")
	}
	c, _ := mk(m, article.Date, nil)
	if m.get("ord") != "" && strings.HasPrefix(m.text[m.end("ord"):], "-") && m.get("year1") == "" && m.get("fiscal") == "" && !strings.HasPrefix(det, "last year") && !strings.HasPrefix(det, "this year") && !strings.HasPrefix(det, "next year") && !strings.Contains(det, "year-") {
		// The adjective "third-quarter" is the expression; "its" or "the" before it belong
		// to the noun it qualifies ("its third-quarter loss").
		c.s = m.at("ord")
	}
	c.derived = strings.Contains(det, "year-ago") || strings.Contains(det, "year-earlier") || strings.HasPrefix(det, "last year")
	c.value = func(r *resolver, c *cand) string {
		code := "Q"
		per := 3
		if unit == "half" {
			code, per = "H", 6
		}
		if det == "the same" && r.hasQ && unit == "quarter" {
			n = r.lastQ[1]
		}
		if year != "" {
			return year + "-" + code + strconv.Itoa(n)
		}
		if !r.hasRef {
			return "XXXX-" + code + strconv.Itoa(n)
		}
		y := r.ref.Year()
		cur := (int(r.ref.Month())-1)/per + 1
		switch {
		case strings.Contains(det, "year-ago") || strings.Contains(det, "year-earlier") || strings.HasPrefix(det, "last year"):
			y--
			if r.hasQ && unit == "quarter" && !strings.HasPrefix(det, "last year") {
				y = r.lastQ[0] - 1
			}
		case strings.HasPrefix(det, "next year"):
			y++
		case n > cur && r.tense(c) != futureTense:
			y--
		case n < cur-1 && r.tense(c) == futureTense:
			// "shareholders will vote in the first quarter", written in November; the
			// quarter just ended is still this year's ("it will report third-quarter
			// results", written in October).
			y++
		}
		return strconv.Itoa(y) + "-" + code + strconv.Itoa(n)
	}
	return c, true
}

// sportsRound reports whether the quarter or half ending at byte e names a round of a
// contest: "the quarter-finals", "a quarter-final", "the quarter finals". ("Third-quarter
// final results" stay a quarter.)
func sportsRound(text string, e int) bool {
	return hasPrefixFold(text[e:], "-final") || hasPrefixFold(text[e:], " finals")
}

// quarterEnd matches the day that closes a quarter after "the quarter": " ended July 31".
var quarterEnd = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s+(?:ended|ending)\s+(Jan\.?|January|Feb\.?|February|March|April|May|June|July|Aug\.?|August|Sept?\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?|December)\s+([0-3]?[0-9])\b`)
})

// buildQuarterRef covers a quarter named by reference: "the quarter" and "the latest quarter"
// (the quarter last named, else the latest one ended by ref), "the current quarter", "the
// year-ago quarter" and "the same quarter a year ago" (a year before the quarter last named),
// "the quarter ended July 31" (the calendar quarter most of it falls in, Q2).
func buildQuarterRef(m match) (cand, bool) {
	det := m.low("det")
	ago := m.get("ago") != ""
	year := m.get("year")
	if sportsRound(m.text, m.loc[1]) {
		return cand{}, false
	}
	if det == "that" || det == "the" {
		// "the quarter" is a date only in a text that speaks of quarters; a fraction ("a
		// quarter of") never gets here.
		if hasPrefixFold(m.text[m.loc[1]:], " of ") && !ago {
			return cand{}, false
		}
	}
	endMon, endDay := 0, 0
	if det == "the" && !ago && year == "" {
		if em := quarterEnd().FindStringSubmatch(m.text[m.loc[1]:]); em != nil {
			endMon = monthOf[strings.ToLower(strings.TrimSuffix(em[1], "."))]
			endDay, _ = strconv.Atoi(em[2])
		}
	}
	c, _ := mk(m, article.Date, nil)
	c.derived = ago || strings.Contains(det, "year-ago") || strings.Contains(det, "year-earlier") || strings.Contains(det, "comparable")
	c.value = func(r *resolver, c *cand) string {
		y, q := 0, 0
		switch {
		case endMon != 0 && r.hasRef && !r.hasQ:
			// "the quarter ended July 31" is the calendar quarter that holds most of the
			// three months up to that day (May to July: the second), the latest such day
			// on or before ref. A quarter named before ("its fiscal first quarter") wins.
			y = r.ref.Year()
			if time.Date(y, time.Month(endMon), endDay, 0, 0, 0, 0, time.UTC).After(r.ref) {
				y--
			}
			t := time.Date(y, time.Month(endMon), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			y, q = t.Year(), quarterOf(t)
		case strings.Contains(det, "latest") && r.hasRef:
			// The latest quarter of a report is the one ended last before ref.
			t := r.ref.AddDate(0, -3, 0)
			y, q = t.Year(), quarterOf(t)
		case r.hasQ:
			y, q = r.lastQ[0], r.lastQ[1]
		case r.hasRef:
			t := r.ref.AddDate(0, -3, 0)
			y, q = t.Year(), quarterOf(t)
		default:
			return "XXXX-QX"
		}
		if strings.Contains(det, "current") && r.hasRef {
			y, q = r.ref.Year(), quarterOf(r.ref)
		}
		if strings.Contains(det, "previous") || strings.Contains(det, "prior") {
			t := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3, 0)
			y, q = t.Year(), quarterOf(t)
		}
		if c.derived {
			y--
		}
		if year != "" {
			return year + "-Q" + strconv.Itoa(q)
		}
		return strconv.Itoa(y) + "-Q" + strconv.Itoa(q)
	}
	return c, true
}
