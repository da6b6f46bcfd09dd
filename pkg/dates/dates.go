// Package dates tags the temporal expressions of English news prose with TIMEX3 types and
// values, resolved against a reference date.
//
// The tagger works in two passes. The first finds candidate expressions with a table of
// patterns (rules.go), each of which knows the shape it covers and how to compute its value;
// a pattern runs only around the words that can start it, and the longest candidates win
// where they overlap. The second walks the chosen expressions in text order and resolves
// their values against the reference date, the tense of the sentence ("said Thursday" is
// past, "will meet Friday" future) and the expressions before them ("the quarter" after
// "fourth-quarter" is that quarter).
//
// It follows the TimeML conventions of TempEval-3:
//   - Extent: prepositions stay out ("in", "on", "for", "since", "within"), determiners and
//     quantifiers stay in ("the past three years", "every Sunday"), and so do the modifiers
//     TimeBank keeps ("more than four hours", "early 2025", "mid-July"). A clock time joined
//     to its day is one expression ("10 a.m. Friday"), and so is a weekday with its date
//     ("Friday, Sept. 19"); a clock time before "on" and a day is its own expression that
//     takes the day's date ("3 p.m. on March 14"). A range of days written with its month
//     once is two expressions ("April 24 and 25", "March 20-21").
//   - Values: days "2025-08-08", months "2025-08", ISO weeks "2025-W32" and weekends
//     "2025-W32-WE", seasons "2025-SU", quarters "2025-Q3" and halves "2025-H1", decades
//     "199", centuries "19" (but "this century" is "P100Y", as TimeBank writes it), parts
//     of days "2025-08-07TNI"; durations "PT24H", "P10Y",
//     "PXY" for an unstated number; sets "P1D", "XXXX-WXX-5", "XXXX-SU"; and the vague
//     references PRESENT_REF, PAST_REF ("the last few months") and FUTURE_REF.
//   - Resolution: a date written without its year takes the year that puts it nearest ref
//     in the direction the sentence's tense allows; news looks back, so a date with no tense
//     cue is not put more than four months after ref. A weekday alone is the latest such day
//     in a past or neutral sentence, the next in a future one; with no tense cue it is
//     never six days back: news calls that day "last Tuesday", so a bare "Tuesday" the day
//     after ref is that day.
//     The tense comes from the nearest cue word: a modal, "-ed" or an irregular past form, a
//     plan before an infinitive ("plans to", "had been scheduled to" looks back); a passive's
//     auxiliary counts however far the participle pushes it, and the verbs of a relative
//     clause after the expression do not count. "Until", "starting" and "beginning" look
//     ahead only when the verb of their clause is not past ("seemed well until Saturday");
//     "is set for", "is expected in" and a date after a present "be" ("the election is
//     Nov. 5") look ahead, and a report after a comma (", officials said") dates nothing
//     before it. A clock time without its day falls on the day its sentence named, or in
//     a past sentence on a past day the sentence before named, else on ref: news tells
//     the hours of the day it reports after naming other days. In earnings reports "a year ago" and
//     "the 1988 period" are the quarter in focus a year before (the day a quarter ended
//     leaves it in focus), or the year after "the first nine months"; after a month named in
//     its sentence "a year earlier" is that month a year before ("rose in June compared with
//     a year earlier"), and a year named in a relative clause ("which it bought in 2019,")
//     does not take the focus from the quarter. "Two weeks ago" is the day.
package dates

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// Options say what the expressions of a text are resolved against.
type Options struct {
	// Ref is the reference date, the publication date of a news text: "Thursday", "last
	// month" and "August 8" resolve against it. Zero leaves them underspecified
	// ("XXXX-08-08", "XXXX-WXX-4").
	Ref time.Time
	// Now is the present, used only when Ref is zero: a weekday written with its date fixes
	// the year ("Friday, August 8" is the latest year in which 8 August is a Friday), and
	// that year is not after Now's, nor more than one after the latest year the text
	// names. Zero leaves the bound to the text alone.
	Now time.Time
}

// Find returns the temporal expressions of text in the order they start, none overlapping
// another, resolved as opts say. Text that is not valid UTF-8 is read as it is: spans count
// its bytes that do not decode as one code point each.
func Find(text string, opts Options) []article.Timex {
	cands := candidates(text)
	if len(cands) == 0 {
		return nil
	}
	r := newResolver(text, opts, cands)
	out := make([]article.Timex, 0, len(cands))
	// Spans are counted from the previous expression on, not from the start of the text.
	runeAt, byteAt := 0, 0
	for i := range cands {
		c := &cands[i]
		r.at = i
		v := c.value(r, c)
		if v == "" {
			continue
		}
		r.remember(c, v)
		sp := spanFrom(text, byteAt, runeAt, c.s, c.e)
		byteAt, runeAt = c.s, sp.Start
		out = append(out, article.Timex{Text: text[c.s:c.e], Type: c.typ, Value: v, Span: sp})
	}
	return out
}

// spanFrom is article.SpanOf(text, s, e) for s at or after byteAt, the byte offset of code
// point runeAt: it counts only from there, so that a long text costs no more than once.
func spanFrom(text string, byteAt, runeAt, s, e int) article.Span {
	sp := article.SpanOf(text[byteAt:], s-byteAt, e-byteAt)
	return article.Span{Start: sp.Start + runeAt, End: sp.End + runeAt}
}

// cand is a candidate expression: text[s:e], its type, and how to compute its value.
type cand struct {
	s, e int
	typ  article.TimexType
	prio int // the rule's place in the table: the earlier wins a tie of length
	// derived marks a value counted back from another ("a year earlier", "the year-ago
	// quarter"): later anaphora refer past it, to the period the text is about.
	derived bool
	value   func(r *resolver, c *cand) string
}

// candidates runs every rule over text and keeps the longest of overlapping candidates, in
// the order they start.
func candidates(text string) []cand {
	all := make([]cand, 0, 16)
	var locs [][]int
	ws, lower := windows(text)
	for _, w := range ws {
		i := w.rule
		locs = matchesIn(i, reads(i, text, lower), w, locs[:0])
		for _, loc := range locs {
			c, ok := rules()[i].build(match{text: text, lower: lower, loc: loc, re: anchored()[i]})
			if !ok || c.e <= c.s || !boundaryOK(text, c.s, c.e) {
				continue
			}
			c.prio = i
			all = append(all, c)
		}
	}
	// Only candidates of one rule can tie; they came in the order of the rule's windows,
	// which the stable sort keeps.
	slices.SortStableFunc(all, func(a, b cand) int {
		if d := (b.e - b.s) - (a.e - a.s); d != 0 {
			return d
		}
		if a.prio != b.prio {
			return a.prio - b.prio
		}
		return a.s - b.s
	})
	// A candidate is kept when none of its bytes is taken by one kept before; taken has a
	// bit a byte, so that a long text with many candidates costs no more than its length.
	taken := make([]uint64, len(text)/64+1)
	kept := make([]cand, 0, len(all))
	for _, c := range all {
		if anyTaken(taken, c.s, c.e) {
			continue
		}
		for k := c.s; k < c.e; k++ {
			taken[k>>6] |= 1 << (k & 63)
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b cand) int { return a.s - b.s })
	for i := range kept {
		if kept[i].typ == article.Date {
			kept[i].s = widen(text, kept[i].s)
			weekOfDate(text, &kept[i])
		}
	}
	return kept
}

// anyTaken reports whether a byte of [s, e) has its bit set in taken.
func anyTaken(taken []uint64, s, e int) bool {
	for k := s; k < e; k++ {
		if taken[k>>6]&(1<<(k&63)) != 0 {
			return true
		}
	}
	return false
}

// weekOfDate makes "the week of March 6" one expression, the ISO week of the day named, and
// "the day before last Tuesday's hearing" one, the day before the day named.
func weekOfDate(text string, c *cand) {
	before := text[max(0, c.s-len("the day before ")):c.s]
	switch {
	case hasSuffixFold(before, "the week of "):
		c.s -= len("the week of ")
		c.value = weekOf(c.value)
	case hasSuffixFold(before, "the day before "):
		c.s -= len("the day before ")
		c.value = dayAfter(c.value, -1)
	case hasSuffixFold(before, "the day after "):
		c.s -= len("the day after ")
		c.value = dayAfter(c.value, 1)
	}
}

// dayAfter shifts the value of a day by step days. Values that are not days give no
// expression: "the day after" a month is no day of its own.
func dayAfter(day func(*resolver, *cand) string, step int) func(*resolver, *cand) string {
	return func(r *resolver, c *cand) string {
		t, err := time.Parse("2006-01-02", day(r, c))
		if err != nil {
			return ""
		}
		return dayValue(t.AddDate(0, 0, step))
	}
}

// foldedRules says for each rule whether its expression is written in lower case and so
// runs on the folded text, which is cheaper than a case-insensitive expression. Builders read
// the original text to judge capitals ("May" against "may").
var foldedRules = sync.OnceValue(func() []bool {
	out := make([]bool, len(rules()))
	for i, ru := range rules() {
		s := ru.re.String()
		out[i] = s == lowerPattern(s)
	}
	return out
})

// reach is how far from a trigger word a rule's match may extend, in bytes.
const reach = 40

// reads returns the text rule i reads: text, or text folded to lower case for a rule written
// in lower case.
func reads(i int, text, lower string) string {
	if foldedRules()[i] {
		return lower
	}
	return text
}

// window is a stretch text[s:e] around words that trigger a rule, the last of which starts
// at last. A match holds one of the words, so it starts at last or before.
type window struct{ rule, s, e, last int }

// windows returns the stretches of text around the words that trigger each rule of the
// table, merged and widened to white space, each rule's in order (candidates needs no
// more: it orders them by length, rule and start). Outside them the rule cannot match, so
// its expression need not run there. It also returns text with its ASCII
// letters lower case, every byte offset kept, which the rules written in lower case read.
func windows(text string) ([]window, string) {
	index := triggers()
	out := make([]window, 0, 16)
	// latest[i] is one more than the index in out of the latest window of rule i, or 0.
	latest := make([]int, len(rules()))
	add := func(i, s, e int) {
		last := s
		s, e = max(0, s-reach), min(len(text), e+reach)
		// Widen to white space, but not without end: a text with no spaces stays linear.
		for k := 0; s > 0 && !isSpace(text[s-1]) && k < reach; k++ {
			s--
		}
		for k := 0; e < len(text) && !isSpace(text[e]) && k < reach; k++ {
			e++
		}
		if k := latest[i]; k > 0 && out[k-1].e >= s {
			w := &out[k-1]
			w.e, w.last = max(w.e, e), max(w.last, last)
			return
		}
		out = append(out, window{i, s, e, last})
		latest[i] = len(out)
	}
	// Each word is looked up once, in lower case, and only if the filter lets it through;
	// the entry of the word before it holds the pairs it starts.
	var low [32]byte
	var classes [3]string
	var prev *trigger
	// The text folded to lower case is written as the words are read: the runs between
	// capitals as they are, each capital lowered.
	var lower strings.Builder
	lower.Grow(len(text))
	copied := 0
	for i := 0; i < len(text); {
		if byteKind[text[i]] == 0 {
			i++
			continue
		}
		// One pass over the word finds its end, whether it holds a digit, and its lower
		// case and hash for the lookup.
		j, digit, h := i, false, uint32(fnvBasis)
		for ; j < len(text); j++ {
			c := text[j]
			kind := byteKind[c]
			if kind == 0 {
				break
			}
			digit = digit || kind == digitByte
			if kind == upperByte {
				lower.WriteString(text[copied:j])
				lower.WriteByte(c | 0x20)
				copied = j + 1
			}
			if j-i < len(low) {
				low[j-i] = c | 0x20
				h = fnvAdd(h, c|0x20)
			}
		}
		if digit {
			for _, class := range numberClasses(classes[:0], text, i, j) {
				if t := index.words[class]; t != nil {
					for _, r := range t.rules {
						add(r, i, j)
					}
				}
			}
		}
		var cur *trigger
		if j-i <= len(low) {
			word := low[:j-i]
			if t := index.lookup(word, h); t != nil {
				cur = t
				for _, r := range t.rules {
					add(r, i, j)
				}
				for _, w := range t.written {
					if w.word == text[i:j] {
						for _, r := range w.rules {
							add(r, i, j)
						}
					}
				}
			}
			if prev != nil && prev.pairs != nil {
				for _, r := range prev.pairs[string(word)] {
					add(r, i, j)
				}
			}
		}
		prev = cur
		i = j
	}
	lower.WriteString(text[copied:])
	return out, lower.String()
}

// byteKind tells the bytes of words apart for windows: a digit, a lower-case or a capital
// ASCII letter, or 0 for a byte outside words.
var byteKind = func() (kind [256]uint8) {
	for c := range 256 {
		switch {
		case isDigit(byte(c)):
			kind[c] = digitByte
		case c >= 'a' && c <= 'z':
			kind[c] = lowerByte
		case c >= 'A' && c <= 'Z':
			kind[c] = upperByte
		}
	}
	return kind
}()

const (
	digitByte = 1 + iota
	lowerByte
	upperByte
)

// numberClasses appends to out the trigger classes of the rules the number text[i:j] falls in: "#4" four
// digits (a year, "2025-08-08"), "#s" a decade ("1990s", "'90s"), "#:" a clock ("10:30"),
// "#/" a numeric date ("08/08/2025", "24.06.2025"), "#ap" an hour before "a.m." or "pm".
func numberClasses(out []string, text string, i, j int) []string {
	tok := text[i:j]
	// rest is what follows the leading digits.
	k := 0
	for k < len(tok) && isDigit(tok[k]) {
		k++
	}
	rest := tok[k:]
	switch {
	case rest == "" && j-i == 4, len(tok) == 6 && (tok[:2] == "fy" || tok[:2] == "FY"):
		out = append(out, "#4")
	case rest == "s":
		out = append(out, "#s")
	case strings.EqualFold(rest, "am"), strings.EqualFold(rest, "pm"):
		out = append(out, "#ap")
	}
	if rest != "" {
		return out
	}
	if j < len(text) {
		switch text[j] {
		case ':':
			out = append(out, "#:")
		case '/', '.':
			out = append(out, "#/")
		}
	}
	k = j
	if k+2 < len(text) && (text[k] == ':' || text[k] == '.') && isDigit(text[k+1]) {
		k += 3
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k < len(text) && (text[k]|0x20 == 'a' || text[k]|0x20 == 'p') {
		out = append(out, "#ap")
	}
	return out
}

// trigger is what a word triggers, under the word in lower case: the rules it triggers in
// any case, the rules it triggers as written with capitals ("Fourth", "MAY"), and, when it
// is the first word of pairs ("the current"), the rules each second word triggers after it.
type trigger struct {
	rules   []int
	written []writtenTrigger
	pairs   map[string][]int
}

// writtenTrigger is a trigger word with capitals, which triggers its rules only as written.
type writtenTrigger struct {
	word  string
	rules []int
}

// triggerIndex holds the triggers by the word in lower case or the number class ("#4"),
// and a filter of the words' hashes. Most words of a text trigger nothing, and the filter
// turns nearly all of them away for less than a map lookup costs.
type triggerIndex struct {
	words  map[string]*trigger
	filter [filterBits / 64]uint64
}

// filterBits is the size of the filter: with a few hundred words in the index, about one
// word in twenty that triggers nothing passes it.
const filterBits = 1 << 13

// fnvBasis is the FNV-1a hash of the empty word; fnvAdd adds a byte to a hash. The
// windows hash each word as they lower it.
const fnvBasis = 2166136261

func fnvAdd(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// lookup returns the trigger of word, lower case with FNV-1a hash h, or nil.
func (ix *triggerIndex) lookup(word []byte, h uint32) *trigger {
	if h %= filterBits; ix.filter[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	return ix.words[string(word)]
}

// triggers builds once the index of the rules' trigger words, in table order. A text's
// words are looked up once each.
var triggers = sync.OnceValue(func() *triggerIndex {
	index := &triggerIndex{words: map[string]*trigger{}}
	entry := func(key string) *trigger {
		if index.words[key] == nil {
			index.words[key] = &trigger{}
			h := uint32(fnvBasis)
			for k := range len(key) {
				h = fnvAdd(h, key[k])
			}
			h %= filterBits
			index.filter[h/64] |= 1 << (h % 64)
		}
		return index.words[key]
	}
	for i, ru := range rules() {
		for _, w := range strings.Fields(ru.on) {
			if a, b, ok := strings.Cut(w, "+"); ok {
				t := entry(a)
				if t.pairs == nil {
					t.pairs = map[string][]int{}
				}
				t.pairs[b] = append(t.pairs[b], i)
				continue
			}
			key := strings.ToLower(w)
			t := entry(key)
			if key == w {
				t.rules = append(t.rules, i)
			} else {
				k := slices.IndexFunc(t.written, func(x writtenTrigger) bool { return x.word == w })
				if k < 0 {
					k = len(t.written)
					t.written = append(t.written, writtenTrigger{word: w})
				}
				t.written[k].rules = append(t.written[k].rules, i)
			}
		}
	}
	return index
})

// wrappers narrow a date to a part of it and belong to its extent: "the end of 1990", "the
// beginning of next month".
var wrappers = []string{"the end of ", "the beginning of ", "the start of ", "the middle of ", "the close of ", "the turn of "}

// widen moves the start of a date at s back over a wrapper before it.
func widen(text string, s int) int {
	before := strings.ToLower(text[max(0, s-20):s])
	for _, w := range wrappers {
		if strings.HasSuffix(before, w) {
			return s - len(w)
		}
	}
	return s
}

// boundaryOK rejects a candidate glued to a number or an amount around it: "$27", "2.5",
// "24/7", "1998-99", "555-2024", "3:30" as a score.
func boundaryOK(text string, s, e int) bool {
	if s > 0 {
		p := text[s-1]
		if isDigit(text[s]) && (isDigit(p) || strings.IndexByte("$#/.,:-", p) >= 0) {
			if !(p == '-' && s >= 2 && (isLetter(text[s-2]) || laterDay(text, s))) {
				return false
			}
		}
		if isDigit(text[s]) && s >= 2 && (text[s-2:s] == "£" || (s >= 3 && text[s-3:s] == "€")) {
			return false
		}
	}
	if e < len(text) && isDigit(text[e-1]) {
		n := text[e]
		if isDigit(n) || n == '%' || n == '/' {
			return false
		}
		if strings.IndexByte(".,:-", n) >= 0 && e+1 < len(text) && isDigit(text[e+1]) {
			// A month's day before a later one stays: "March 20-21" (see dayRange).
			if d, _ := trailingNumber(text[s:e]); n != '-' || !isLetter(text[s]) || !dayRange(text, e, d) {
				return false
			}
		}
	}
	return true
}

// laterDay reports whether the number at s, after a hyphen, is the second day of a range
// whose first is a month's day: "21" in "March 20-21".
func laterDay(text string, s int) bool {
	before := text[:s-1]
	n, k := trailingNumber(before)
	if k == len(before) || k < 2 || before[k-1] != ' ' || !isLetter(before[k-2]) && before[k-2] != '.' {
		return false
	}
	return dayRange(text, s-1, n)
}

// trailingNumber is the value of the one or two digits that end s and where they start; it
// is 0 and len(s) when s ends otherwise.
func trailingNumber(s string) (int, int) {
	k := len(s)
	for k > 0 && len(s)-k < 3 && isDigit(s[k-1]) {
		k--
	}
	if k == len(s) || len(s)-k > 2 {
		return 0, len(s)
	}
	n, _ := strconv.Atoi(s[k:])
	return n, k
}

// resolver holds what resolution needs: the reference date and the expressions resolved so
// far, to which anaphoric ones ("the quarter", "a year earlier", "that day") refer.
type resolver struct {
	text     string
	ref      time.Time
	hasRef   bool
	present  int  // without ref: the latest year a weekday's date may fall in, or 0
	dayFirst bool // numeric dates are day first ("14/10/2025")
	lastDay  time.Time
	hasDay   bool
	dayEnd   int    // where the expression that named lastDay ends
	lastQ    [2]int // year and quarter of the latest quarter named
	hasQ     bool
	lastUnit string // granularity of the latest date: "Y", "Q", "M", "D"
	lastYear int    // year of the latest date with a year, or 0
	lastMon  int    // month of the latest date with a month, or 0
	inCanada int8   // 0 unknown, 1 the text is set in Canada, -1 it is not
	lastQAt  int    // where the latest quarter named ends
	lastAt   int    // where the latest date named ends
	cands    []cand // the expressions of the text, in order
	at       int    // the index in cands of the expression being resolved
}

// quarterReach is how far, in bytes, "a year ago" looks back for the quarter it compares
// with: "third-quarter profit rose to $5 million from $3 million a year ago".
const quarterReach = 800

// nearQuarter reports whether a quarter was named shortly before c and was the latest date
// named, so that "a year ago" means that quarter a year before.
func (r *resolver) nearQuarter(c *cand) bool {
	return r.hasQ && r.lastUnit == "Q" && c.s-r.lastQAt <= quarterReach
}

func newResolver(text string, opts Options, cands []cand) *resolver {
	r := &resolver{text: text, hasRef: !opts.Ref.IsZero(), cands: cands}
	if r.hasRef {
		r.ref = day(opts.Ref)
	}
	for _, c := range cands {
		// A numeric date whose first number exceeds 12 shows the text writes day first.
		if x := text[c.s:c.e]; hasNumericPair(x) {
			if m := numericDate().FindStringSubmatch(x); m != nil {
				if a, _ := strconv.Atoi(m[1]); a > 12 {
					r.dayFirst = true
				}
			}
		}
	}
	if !r.hasRef {
		// The text was written in or after the latest year it reports on; years in
		// sentences about the future ("a 2030 target will") say nothing of the present.
		for _, c := range cands {
			if y, ok := atoi(lastYearDigits(text[c.s:c.e])); ok && y+1 > r.present && tenseAt(text, c.s, c.e) != futureTense {
				r.present = y + 1
			}
		}
		if now := opts.Now.Year(); !opts.Now.IsZero() && (r.present == 0 || r.present > now) {
			r.present = now
		}
	}
	return r
}

// hasNumericPair reports whether s holds a digit, "/" or ".", and a digit, which every
// numeric date does ("8/8/25"): most candidates do not, and are not searched for one.
func hasNumericPair(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if isDigit(s[i]) && (s[i+1] == '/' || s[i+1] == '.') && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

// lastYearDigits returns the last run of four digits of s, or "".
func lastYearDigits(s string) string {
	for i := len(s) - 4; i >= 0; i-- {
		if isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return s[i : i+4]
		}
	}
	return ""
}

// canadian reports whether the text is set in Canada, working it out once.
func (r *resolver) canadian() bool {
	if r.inCanada == 0 {
		r.inCanada = -1
		for _, name := range canadianNames {
			if strings.Contains(r.text, name) {
				r.inCanada = 1
				break
			}
		}
	}
	return r.inCanada > 0
}

// remember notes a resolved date as the anchor of later anaphoric expressions.
func (r *resolver) remember(c *cand, v string) {
	if c.typ == article.Duration && r.lastUnit == "Q" && (v == "P6M" || v == "P9M") {
		// "In the first nine months, net rose to $9 million from $7 million in the 1988
		// period": the figures now compare years to date, so "the 1988 period" and
		// "year-earlier" mean the year.
		r.lastUnit = "Y"
		return
	}
	if c.typ != article.Date && c.typ != article.Time || c.derived {
		return
	}
	r.lastAt = c.e
	if len(v) >= 4 {
		if y, ok := atoi(v[:4]); ok {
			r.lastYear, r.lastMon = y, 0
			if len(v) >= 7 && v[4] == '-' {
				if mo, ok := atoi(v[5:7]); ok {
					r.lastMon = mo
				}
			}
		}
	}
	// Most values are no day ("PAST_REF", "XXXX-08-08", "2025-W32"): those that fail the
	// shape of one are not parsed, which spares time.Parse's error.
	if len(v) >= 10 && isDigit(v[0]) && v[4] == '-' && v[7] == '-' {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			r.lastDay, r.hasDay, r.dayEnd = t, true, c.e
			if r.lastUnit != "Q" || !endsPeriod(r.text, c.s) {
				// "for the quarter ended Sept. 30 ... a year ago": the day that closes a
				// quarter leaves that quarter in focus.
				r.lastUnit = "D"
			}
			return
		}
	}
	if len(v) == 7 && v[4] == '-' && v[5] == 'Q' && !c.derived {
		y, ok1 := atoi(v[:4])
		q, ok2 := atoi(v[6:])
		// Anaphora ("the quarter", "a year ago") speak of a quarter already reported: one
		// that has not ended by ref ("a fourth-quarter charge" in October) is not their anchor.
		if ok1 && ok2 && (!r.hasRef || y*4+q < r.ref.Year()*4+quarterOf(r.ref)) {
			r.lastQ, r.hasQ, r.lastUnit, r.lastQAt = [2]int{y, q}, true, "Q", c.e
		}
		return
	}
	if len(v) == 7 && v[4] == '-' {
		// "2025-SU" and "2025-H1" fail the shape of a month without time.Parse's error.
		if isDigit(v[0]) && isDigit(v[5]) {
			if _, err := time.Parse("2006-01", v); err == nil {
				r.lastUnit = "M"
			}
		}
		return
	}
	if len(v) == 4 {
		if _, ok := atoi(v); ok {
			r.lastUnit = "Y"
		}
	}
}

// endsPeriod reports whether the day at s closes a reporting period named before it: "the
// quarter ended Sept. 30", "the fiscal first quarter ending Dec. 31".
func endsPeriod(text string, s int) bool {
	j := s
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	var w string
	switch {
	case hasSuffixFold(text[:j], "ended"):
		w = "ended"
	case hasSuffixFold(text[:j], "ending"):
		w = "ending"
	default:
		return false
	}
	before := strings.TrimRight(text[max(0, j-len(w)-len(" quarter")-2):j-len(w)], " \t")
	return hasSuffixFold(before, "quarter") || hasSuffixFold(before, "period")
}

// tense is the tense of the sentence around c.
func (r *resolver) tense(c *cand) tense { return tenseAt(r.text, c.s, c.e) }

// rangeStart is the first day of a range of weekdays whose second is c: "from Sunday night
// until Monday morning", "between Monday and Wednesday". The second day falls after it.
func (r *resolver) rangeStart(c *cand) (time.Time, bool) {
	prev := r.weekdayBefore()
	if prev == nil {
		// "from Sept. 14 to Thursday": a weekday after a date is resolved as usual.
		return time.Time{}, false
	}
	switch strings.ToLower(strings.TrimSpace(r.text[prev.e:c.s])) {
	case "until", "till", "to", "through", "and", "-":
	default:
		return time.Time{}, false
	}
	if w := prevWord(r.text, prev.s); w != "from" && w != "between" {
		return time.Time{}, false
	}
	return r.lastDay, true
}

// listedAfter is the day of the weekday named just before c in its sentence, when c follows
// it in a list with no verb between: "rallies on Thursday and Friday", "the heats on
// Tuesday, with the final on Thursday". The days of such a list run forward.
func (r *resolver) listedAfter(c *cand) (time.Time, bool) {
	prev := r.weekdayBefore()
	if prev == nil {
		return time.Time{}, false
	}
	if ss, _ := sentenceAround(r.text, c.s, c.e); ss > prev.s {
		return time.Time{}, false
	}
	between := words(r.text[prev.e:c.s])
	if len(between) > 5 {
		return time.Time{}, false
	}
	for _, w := range between {
		if cueTense(w) != unknownTense {
			return time.Time{}, false
		}
	}
	return r.lastDay, true
}

// weekdayBefore is the expression before the one being resolved when it is a weekday that
// named lastDay, or nil.
func (r *resolver) weekdayBefore() *cand {
	if r.at == 0 || !r.hasDay {
		return nil
	}
	prev := &r.cands[r.at-1]
	if r.dayEnd != prev.e {
		return nil
	}
	if _, ok := weekdayOf[strings.ToLower(nextWord(r.text, prev.s))]; !ok {
		return nil
	}
	return prev
}

// anchorDay is the day anaphoric expressions ("that day", "two days later") count from: the
// latest day named, else the reference date.
func (r *resolver) anchorDay() (time.Time, bool) {
	if r.hasDay {
		return r.lastDay, true
	}
	return r.ref, r.hasRef
}

// nearestYear picks the year of month/day (day 0: the month as a whole) that fits the
// sentence: the occurrence nearest ref that is not clearly after it in a past-tense sentence
// nor clearly before it in a future-tense one.
func (r *resolver) nearestYear(c *cand, month, d int) int {
	whole := d == 0
	if whole {
		d = 15
	}
	t := r.tense(c)
	switch prevWord(r.text, c.s) {
	case "since":
		// "since Jan. 13" is behind ref whatever the verbs say.
		t = pastTense
	case "through", "until", "till":
		// An end point in a present or future sentence lies ahead: "the line of credit
		// has been extended through January", "the ban stays until March".
		if t != pastTense || presentPerfect(r.text, c.s) {
			t = futureTense
		}
	case "a", "an", "the":
		if nw := nextWord(r.text, c.e); whole && nw != "" && !isUpperStart(nw) {
			// A month that names an event ("under a June agreement", "the March
			// accession") takes no tense from the verbs around it.
			t = unknownTense
		}
	}
	// News reports mostly look back: a date after ref needs a future-tense sentence, or to be
	// near. Past-tense sentences allow a little (a deadline "set for Dec. 15" in November),
	// sentences with no cue a little more.
	const oneDay = 24 * time.Hour
	ahead, behind := 120*oneDay, -30*oneDay
	if whole {
		behind = -45 * oneDay
	}
	switch t {
	case pastTense:
		ahead = 61 * oneDay
		if whole {
			ahead = 45 * oneDay
		}
	case futureTense:
		ahead = 400 * oneDay
	}
	best, bestDist := r.ref.Year(), time.Duration(1<<62)
	for y := r.ref.Year() - 1; y <= r.ref.Year()+1; y++ {
		dd := min(d, daysIn(y, month))
		at := time.Date(y, time.Month(month), dd, 0, 0, 0, 0, time.UTC)
		diff := at.Sub(r.ref)
		if diff > ahead || t == futureTense && diff < behind {
			continue
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDist {
			best, bestDist = y, diff
		}
	}
	return best
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthDay is the value of a day of a month written without its year.
func (r *resolver) monthDay(c *cand, month, d int) string {
	if y := r.rangeYear(c, month); y != 0 {
		return strconv.Itoa(y) + "-" + two(month) + "-" + two(d)
	}
	if y := r.sentenceYear(c); y != 0 {
		return strconv.Itoa(y) + "-" + two(month) + "-" + two(d)
	}
	if !r.hasRef {
		return "XXXX-" + two(month) + "-" + two(d)
	}
	return strconv.Itoa(r.nearestYear(c, month, d)) + "-" + two(month) + "-" + two(d)
}

// sentenceYear is the year before ref when its sentence named that year before a day
// written without one: "played for the last time last year, at a concert on Dec. 14". It is
// 0 otherwise: older years in a sentence often date something else ("payments made in
// 2016 go to trial on March 25").
func (r *resolver) sentenceYear(c *cand) int {
	if !r.hasRef || r.lastUnit != "Y" || r.lastYear != r.ref.Year()-1 {
		return 0
	}
	if ss, named := r.namedInSentence(r.lastAt, c); !named || asideClosed(r.text, ss, r.lastAt, c.s) || r.tense(c) == futureTense {
		return 0
	}
	return r.lastYear
}

// namedInSentence reports whether the expression that ended at byte end (0: none) lies in
// c's sentence, before c. It returns where that sentence starts, once it has looked.
func (r *resolver) namedInSentence(end int, c *cand) (int, bool) {
	if end == 0 || end > c.s {
		return 0, false
	}
	ss, _ := sentenceAround(r.text, c.s, c.e)
	return ss, end > ss
}

// rangeYear is the year written on the end of a range whose start, c in month, has none:
// "from May 10 to May 21, 2000" (2000), "Dec. 28 through Jan. 3, 2001" (2000). It is 0
// when c starts no such range.
func (r *resolver) rangeYear(c *cand, month int) int {
	if r.at+1 >= len(r.cands) || r.cands[r.at+1].s < c.e {
		return 0
	}
	next := r.text[r.cands[r.at+1].s:r.cands[r.at+1].e]
	switch strings.ToLower(strings.Trim(r.text[c.e:r.cands[r.at+1].s], " ,")) {
	case "to", "through", "until", "till", "-", "–", "and":
	default:
		return 0
	}
	y, ok := atoi(lastYearDigits(next))
	if !ok {
		return 0
	}
	if m := monthOf[strings.TrimSuffix(strings.ToLower(strings.Fields(next)[0]), ".")]; m != 0 && m < month {
		y--
	}
	return y
}

// weekdayDate resolves a weekday written alone: in a past-tense sentence the latest such day
// on or before ref, in a future-tense one the next on or after it; "last" and "next" force
// the direction and exclude ref itself.
func (r *resolver) weekdayDate(c *cand, wd int, dir int) (time.Time, bool) {
	if !r.hasRef {
		return time.Time{}, false
	}
	strict := dir != 0
	tense := unknownTense
	if dir == 0 {
		tense = r.tense(c)
		dir = -1
		if tense == futureTense {
			dir = 1
		}
	}
	if !strict {
		// The second day of a range, or a later day of a list with no verb to date it,
		// follows the day before it.
		from, ok := r.rangeStart(c)
		if !ok && tense == unknownTense {
			from, ok = r.listedAfter(c)
		}
		if ok {
			return seekWeekday(from.AddDate(0, 0, 1), wd, 1), true
		}
	}
	t := r.ref
	if strict {
		t = t.AddDate(0, 0, dir)
	}
	t = seekWeekday(t, wd, dir)
	if !strict && tense == unknownTense && dir < 0 && r.ref.Sub(t) == 6*24*time.Hour {
		// News names the day six days back "last Tuesday"; a bare weekday that falls
		// tomorrow, in a sentence whose tense does not say, is tomorrow: a wire story
		// dated Monday that says "Albright headed Tuesday to Africa" was written for
		// Tuesday's papers. A past-tense report ("said Thursday") keeps the latest
		// Thursday, as the contract says.
		t = r.ref.AddDate(0, 0, 1)
	}
	return t, true
}

// two writes n with at least two digits.
func two(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
