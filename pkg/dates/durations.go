package dates

import (
	"strconv"
	"strings"

	"github.com/ledeparse/lede/pkg/article"
)

// durationPreps are the words before "a year" that make it a length of time ("for a year",
// "in a decade", "after a year"); after other words "a year" is a rate ("$6 a month",
// "hundreds of people a day", "twice a year") and gives a set.
var durationPreps = wordSet(`
	for in within after over than of during under nearly almost only just spent took take
	takes lasted last lasts least around about up past half spend spends needs need needed
	by until before into from to like is was be been another barely some full entire whole
	roughly approximately wait waited sentenced year and or
`)

// buildDuration covers a length of time: "24 hours" (PT24H), "a decade" (P10Y), "the past two
// months", "the next few years" (PXY), "six-hour" and "three-year" (adjectival), "8-month-old"
// (an age), "2 hours 51 minutes", "an hour and a half", "2 1/2 years" (P2Y6M), "more than
// four hours". "a day" after an amount is a rate and gives a set ("$6 a month" is P1M).
// Not durations: "a second" (an ordinal), "a quarter" and "three quarters of" (fractions),
// "Sixteen-year-olds" (people).
func buildDuration(m match) (cand, bool) {
	numAt, numEnd, numS := countBefore(m.text, m.at("unit"))
	if numS == "" {
		return cand{}, false
	}
	unit := m.low("unit")
	n, vague, ok := parseNumber(strings.TrimSpace(numS + " " + m.low("half")))
	if !ok || isUpperStart(m.get("unit")) {
		return cand{}, false
	}
	letter, _, _ := unitCode(unit)
	_, e := m.whole()
	s := numAt
	detAt, det := phraseBefore(m.text, s, durationDets)
	modAt, mod := phraseBefore(m.text, detAt, durationMods)
	if mod == "over" || mod == "under" {
		if det != "" {
			// "over the past two months": "over" is a preposition there, not a modifier.
			modAt, mod = detAt, ""
		}
	}
	s = modAt
	if n >= 1000 && !strings.HasSuffix(unit, "s") {
		// "the 1988 quarter" is a year's quarter, not 1988 quarters.
		return cand{}, false
	}
	article1 := numS == "a" || numS == "an"
	// The count and the unit joined by a hyphen make an adjective: "six-hour".
	hyphen := m.text[numEnd:m.at("unit")] == "-"
	if m.get("old") != "" || hasPrefixFold(m.text[e:], " old") && prevChar(m.text, s) == ',' {
		// Ages of people are not annotated: "a 44-year-old protester", "Sixteen-year-olds",
		// "Mr. Reupke, 52 years old".
		return cand{}, false
	}
	if hyphen && strings.HasSuffix(unit, "s") && unit != "hours" && !vague {
		// "two-days" is not written; "decades-long" is handled as a vague duration.
		return cand{}, false
	}
	if hyphen {
		// An adjectival duration is the compound alone: "a six-hour detour" gives "six-hour".
		s = numAt
	}
	switch {
	case letter == "Q":
		if article1 || numS == "one" || !vague && strings.HasPrefix(m.text[e:], " of") || strings.HasPrefix(m.text[e:], "-") {
			return cand{}, false
		}
	case unit == "second" && (article1 || det != ""):
		return cand{}, false
	}
	if det == "per" {
		return cand{}, false
	}
	if numS == "many" && det == "" || numS == "a number of" {
		return cand{}, false
	}
	if unit == "second" && numS == "one" && hasPrefixFold(m.text[e:], " of") {
		return cand{}, false
	}
	if article1 && mod == "" && det == "" && !hyphen && m.get("num2") == "" && m.get("half") == "" {
		pw := prevWord(m.text, s)
		pc := prevChar(m.text, s)
		// "$6 a month", "two inches an hour", "twice a year", "4,800 vehicles ... a day";
		// but "a day after the vote" is a length of time.
		nw := strings.ToLower(nextWord(m.text, e))
		if nw != "after" && nw != "before" && !durationPreps[pw] && !strings.HasSuffix(pw, "ed") && pc != '(' && pc != '"' && pc != 0 && !(pc == ',' && pw == "") {
			if strings.HasSuffix(unit, "s") {
				return cand{}, false
			}
			if pw == "" && !isDigit(pc) {
				return cand{s: s, e: e, typ: article.Duration, value: fixed(durationValue(n, false, unit))}, true
			}
			return cand{s: s, e: e, typ: article.Set, value: fixed(durationValue(1, false, unit))}, true
		}
	}
	if (det == "the past" || det == "the last") && isFewOrSeveral(numS) {
		// "the last few months", "over the past several quarters": TimeBank marks a stretch
		// back of no stated length as a time in the past (PAST_REF), not as a duration.
		return cand{s: s, e: e, typ: article.Date, value: fixed("PAST_REF")}, true
	}
	v := durationValue(n, vague, unit)
	if u2 := m.low("unit2"); u2 != "" && !vague {
		n2, _, ok2 := parseNumber(m.low("num2"))
		l2, clock2, _ := unitCode(u2)
		if ok2 {
			_, clock1, _ := unitCode(unit)
			switch {
			case clock1 == clock2:
				v += strconv.Itoa(int(n2)) + l2
			case !clock1 && clock2:
				v += "T" + strconv.Itoa(int(n2)) + l2
			}
		}
	}
	if hasSuffixFold(strings.TrimRight(m.text[:s], " "), " each of") {
		// "in each of the last four years" is every one of them, a set.
		return cand{s: s, e: e, typ: article.Set, value: fixed(durationValue(1, false, unit))}, true
	}
	return cand{s: s, e: e, typ: article.Duration, value: fixed(v)}, true
}

// isFewOrSeveral reports whether a count is "few", "a few" or "several".
func isFewOrSeveral(num string) bool {
	switch lowerWords(num) {
	case "few", "a few", "several":
		return true
	}
	return false
}

// buildVagueDuration covers a unit in the plural with no count: "for years" (PXY), "in
// decades", "decades-long", "for months", "over the years". Only after "for", "in", "over" or "within", or
// as "-long", since bare "years" is seldom a time span of its own.
func buildVagueDuration(m match) (cand, bool) {
	unit := m.low("unit")
	s := m.at("unit")
	pw := prevWord(m.text, s)
	if pw == "the" && unit == "years" {
		// "over the years", "in the years that followed".
		if at, _ := phraseBefore(m.text, s, []string{"the"}); at < s {
			s, pw = at, prevWord(m.text, at)
		}
	}
	if m.get("long") == "" {
		switch pw {
		case "for", "in", "within", "over", "took", "take", "takes", "lasted":
		default:
			return cand{}, false
		}
		if nw := strings.ToLower(nextWord(m.text, m.end("unit"))); nw == "of" || nw == "ago" || nw == "earlier" || nw == "later" {
			return cand{}, false
		}
	}
	return cand{s: s, e: m.loc[1], typ: article.Duration, value: fixed(durationValue(0, true, unit))}, true
}

// buildWhile covers "for a while" and "after a long while", a duration of no stated length
// (PXX). After other words "a while" is no time ("worth a while").
func buildWhile(m match) (cand, bool) {
	switch prevWord(m.text, m.loc[0]) {
	case "for", "in", "after", "within", "over":
		return mk(m, article.Duration, fixed("PXX"))
	}
	return cand{}, false
}

// buildSet covers "every Friday" (XXXX-WXX-5), "each year" (P1Y), "every two hours" (PT2H),
// "every summer" (XXXX-SU), "each evening" (XXXX-XX-XXTEV), "every other week" (P2W), "per
// day" (P1D), "every weekend" (XXXX-WXX-WE), "each July" (XXXX-07).
func buildSet(m match) (cand, bool) {
	what := m.low("what")
	n := 1.0
	if numS := m.low("num"); numS != "" {
		v, vague, ok := parseNumber(numS)
		if !ok || vague {
			return cand{}, false
		}
		n = v
	}
	if m.get("other") != "" {
		n *= 2
	}
	if wd, ok := weekdayOf[what]; ok {
		return mk(m, article.Set, fixed("XXXX-WXX-"+strconv.Itoa(wd)))
	}
	if mon, ok := monthOf[what]; ok {
		if !isUpperStart(m.get("what")) {
			return cand{}, false
		}
		return mk(m, article.Set, fixed("XXXX-"+two(mon)))
	}
	if code, ok := seasonCode[what]; ok {
		return mk(m, article.Set, fixed("XXXX-"+code))
	}
	if code, ok := partCode[what]; ok {
		return mk(m, article.Set, fixed("XXXX-XX-XXT"+code))
	}
	if what == "weekend" {
		return mk(m, article.Set, fixed("XXXX-WXX-WE"))
	}
	if strings.HasSuffix(what, "s") && n == 1 {
		return cand{}, false
	}
	if what == "second" && n == 1 || what == "quarter" && m.low("q") != "every" {
		return cand{}, false
	}
	return mk(m, article.Set, fixed(durationValue(n, false, what)))
}

// buildSetAdverb covers "daily" (P1D), "weekly", "monthly", "yearly" (P1Y), "hourly"
// (PT1H), "nightly" (XXXX-XX-XXTNI), lower case only ("The Daily Telegraph" is a name).
// "annually" names a recurrence ("the fair held here annually", P1Y) but not a rate with an
// amount before it ("rise 8% annually", "$2 million annually"), which TimeBank does not mark.
func buildSetAdverb(m match) (cand, bool) {
	if isUpperStart(m.get("w")) && prevChar(m.text, m.loc[0]) != 0 && prevChar(m.text, m.loc[0]) != '.' && prevChar(m.text, m.loc[0]) != '\n' {
		return cand{}, false
	}
	if m.get("w") == "annually" && amountBefore(m.text, m.loc[0]) {
		return cand{}, false
	}
	if w := m.get("w"); w == "daily" || w == "weekly" || w == "monthly" || w == "nightly" {
		// As an adjective it still names a recurrence ("on a daily basis", "his daily
		// life", "a weekly meeting"), but not in "average daily volume" (a measure), nor
		// as a noun before a name ("the party daily Granma", "the weekly Der Spiegel").
		nw := nextWord(m.text, m.loc[1])
		if prevWord(m.text, m.loc[0]) == "average" || isUpperStart(nw) {
			return cand{}, false
		}
	}
	v := map[string]string{
		"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
		"hourly": "PT1H", "annually": "P1Y", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W", "fortnightly": "P2W",
	}[m.get("w")]
	return mk(m, article.Set, fixed(v))
}

// amountBefore reports whether a digit stands among the four words before offset s in its
// sentence: "by 20% annually", "10,000 units annually".
func amountBefore(text string, s int) bool {
	ss, _ := sentenceAround(text, s, s)
	n := 0
	for i := s - 1; i >= ss && n < 5; i-- {
		switch {
		case isDigit(text[i]):
			return true
		case isSpace(text[i]) && i+1 < s && !isSpace(text[i+1]):
			n++
		}
	}
	return false
}
