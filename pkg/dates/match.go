package dates

import (
	"encoding/binary"
	"math"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ledeparse/lede/pkg/article"
)

// rule is one pattern of the table: a regular expression, the function that turns a match
// into a candidate (or refuses it after looking at its context), and the words that can
// occur in a match, one of which every match holds ("#" stands for any number). The
// expression runs only around those words, which keeps the tagger cheap on long texts.
type rule struct {
	re    *regexp.Regexp
	build func(m match) (cand, bool)
	on    string
}

// matchesIn appends to out the matches of rule i in the window w of src, in offsets of src:
// the matches a scan of src[w.s:w.e] finds that start by w.last. It tries the rule's anchored
// expression only where canStart allows, on no more of the window than it needs from
// there, and goes on after the end of each match.
func matchesIn(i int, src string, w window, out [][]int) [][]int {
	re, a := anchored()[i], automata()[i]()
	for p := w.s; p <= w.last; p++ {
		if !a.starts(src[p]) {
			// Most places: a byte no match starts with.
			continue
		}
		n := canStart(a, src, w, p)
		if n == 0 {
			continue
		}
		loc := re.FindStringSubmatchIndex(src[p : p+n])
		if loc == nil || loc[1] == 0 {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += p
			}
		}
		out = append(out, loc)
		p = loc[1] - 1
	}
	return out
}

// anchored holds each rule's expression anchored at the start of its input, with the same
// groups, for trying it at one place of a window (see canStart).
var anchored = sync.OnceValue(func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(rules()))
	for i, ru := range rules() {
		out[i] = regexp.MustCompile(`^(?:` + ru.re.String() + `)`)
	}
	return out
})

// canStart returns how many bytes of the window w of src, from byte p on, the expression of
// a rule whose program reads as a does needs to find its match there (see automaton.scan),
// or 0 when it cannot match from p: a word character must start a word, as the \b that
// opens such a pattern sees it, and a must find a match possible. Trying only these places,
// each with the anchored expression on only that much of the window, finds the same matches
// as a scan of the whole window at far less cost: most places fail within a few bytes ("and"
// cannot start "April 8", nor "March was" "March 8"), which a tells for a lookup a byte where
// the expression takes hundreds of steps; and the expression, given the few bytes of its
// match rather than a window merged over a whole text, has that much less to search.
func canStart(a *automaton, src string, w window, p int) int {
	c := src[p]
	if isWordByte(c) && p > w.s && isWordByte(src[p-1]) {
		return 0
	}
	return a.scan(src[p:w.e])
}

// isWordByte is the ASCII word character of the \b of Go's expressions.
func isWordByte(c byte) bool {
	return c == '_' || isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// automata holds, for each rule, the automaton of its program, built the first time a
// text triggers the rule: a short text triggers few of them.
var automata = sync.OnceValue(func() []func() *automaton {
	out := make([]func() *automaton, len(rules()))
	for i, ru := range rules() {
		out[i] = sync.OnceValue(func() *automaton { return automatonOf(ru.re.String()) })
	}
	return out
})

// automaton reads text as an expression's program does, byte by byte, from the set of
// instructions the program may be at: a state is such a set, and whether a match may end
// there. The program stops at the first byte none of the instructions reads (a byte
// beyond ASCII starts or continues a character beyond ASCII, or reads as U+FFFD; only an
// instruction that reads such characters goes on). Assertions such as \b count as passed,
// so the automaton finds more matches possible than the expression has, never fewer, and
// lets the program read at least as far as it does.
type automaton struct {
	// class numbers the ASCII bytes the program tells apart, from 1; 0 is for the bytes
	// beyond ASCII.
	class   [256]uint8
	classes int
	// next holds the state after each state and class, at next[state*classes+class]: a
	// state from 0, the start, or stops or unknown.
	next []int16
	// ends says for each state whether a match may end there (mayEnd), and whether one
	// that does may look at the byte after it (looksAhead: "\b", "$").
	ends []uint8
}

const (
	mayEnd = 1 << iota
	looksAhead
)

const (
	stops   = -1 // no instruction reads the byte
	unknown = -2 // a byte beyond ASCII that an instruction may read: the program may go on
)

// starts reports whether a match may start with the byte c.
func (a *automaton) starts(c byte) bool { return a.next[a.class[c]] != stops }

// scan reads s from its start, and returns 0 when no match can start there, else how many
// bytes the expression needs to find its match: up to the last place a match may end, and
// the byte after it if an assertion there may look at it. Paths of the expression that go
// on past that place end in no match, so cutting them short changes nothing; but at a byte
// beyond ASCII that an instruction may read, the automaton cannot tell, and returns all of
// s.
func (a *automaton) scan(s string) int {
	st, end, looks := 0, 0, false
read:
	for i := 0; i < len(s); i++ {
		switch st = int(a.next[st*a.classes+int(a.class[s[i]])]); st {
		case unknown:
			return len(s)
		case stops:
			break read
		}
		if f := a.ends[st]; f != 0 {
			end, looks = i+1, f&looksAhead != 0
		}
	}
	if end == 0 {
		return 0
	}
	if looks {
		end++
	}
	return min(len(s), end)
}

// automatonOf builds the automaton of the expression's program. It panics on a pattern that
// could match empty or any character first, or that asks for a word boundary before a
// character that is not a word character: canStart cannot place those.
func automatonOf(pattern string) *automaton {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	reachable(prog, uint32(prog.Start), func(_ uint32, in *syntax.Inst, passed syntax.EmptyOp) {
		boundary := passed&syntax.EmptyWordBoundary != 0
		if in.Op != syntax.InstRune && in.Op != syntax.InstRune1 {
			panic("dates: a pattern may match empty or any character first: " + pattern)
		}
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if boundary && in.MatchRune(c) && !isWordByte(byte(c)) {
				panic("dates: a pattern asks for a word boundary before " + strconv.QuoteRune(c) + ": " + pattern)
			}
		}
	})
	// after[pc] holds the instructions that read a character reachable once the one at pc
	// has read its own, ends[pc] how the match may end there.
	var readers []uint32
	after := map[uint32][]uint32{}
	ends := map[uint32]uint8{}
	for pc := range prog.Inst {
		if in := &prog.Inst[pc]; readsRune(in) {
			readers = append(readers, uint32(pc))
			reachable(prog, in.Out, func(next uint32, in *syntax.Inst, passed syntax.EmptyOp) {
				switch {
				case readsRune(in):
					after[uint32(pc)] = append(after[uint32(pc)], next)
				case in.Op == syntax.InstMatch:
					ends[uint32(pc)] |= mayEnd
					if passed&lookAhead != 0 {
						ends[uint32(pc)] |= looksAhead
					}
				}
			})
		}
	}
	// Bytes that the same instructions read are one class; reads[k][pc] says whether the
	// instruction at pc reads the bytes of class k.
	sets := make([][2]uint64, len(prog.Inst))
	for _, pc := range readers {
		sets[pc] = asciiReads(&prog.Inst[pc])
	}
	a := &automaton{classes: 1}
	reads := [][]bool{nil}
	classOf := map[string]uint8{}
	for c := byte(0); c < utf8.RuneSelf; c++ {
		key := make([]byte, (len(readers)+7)/8)
		for i, pc := range readers {
			if sets[pc][c/64]&(1<<(c%64)) != 0 {
				key[i/8] |= 1 << (i % 8)
			}
		}
		k, ok := classOf[string(key)]
		if !ok {
			k = uint8(a.classes)
			classOf[string(key)] = k
			r := make([]bool, len(prog.Inst))
			for _, pc := range readers {
				r[pc] = sets[pc][c/64]&(1<<(c%64)) != 0
			}
			reads = append(reads, r)
			a.classes++
		}
		a.class[c] = k
	}
	// The states, each the instructions that read a character and whether a match may end.
	var states [][]uint32
	ids := map[string]int16{}
	stateOf := func(at []uint32, end uint8) int16 {
		if len(at) == 0 && end == 0 {
			return stops
		}
		slices.Sort(at)
		at = slices.Compact(at)
		key := []byte{end}
		for _, pc := range at {
			key = binary.AppendUvarint(key, uint64(pc))
		}
		id, ok := ids[string(key)]
		if !ok {
			if len(states) == math.MaxInt16 {
				panic("dates: a pattern's automaton has too many states: " + pattern)
			}
			id = int16(len(states))
			ids[string(key)] = id
			states = append(states, at)
			a.ends = append(a.ends, end)
		}
		return id
	}
	var start []uint32
	reachable(prog, uint32(prog.Start), func(pc uint32, _ *syntax.Inst, _ syntax.EmptyOp) {
		start = append(start, pc)
	})
	stateOf(start, 0)
	for i := 0; i < len(states); i++ {
		// A byte beyond ASCII: only an instruction that reads such characters goes on.
		beyond := int16(stops)
		for _, pc := range states[i] {
			if readsBeyondASCII(&prog.Inst[pc]) {
				beyond = unknown
			}
		}
		a.next = append(a.next, beyond)
		for k := 1; k < a.classes; k++ {
			var at []uint32
			var end uint8
			for _, pc := range states[i] {
				if reads[k][pc] {
					at = append(at, after[pc]...)
					end |= ends[pc]
				}
			}
			a.next = append(a.next, stateOf(at, end))
		}
	}
	return a
}

// lookAhead are the assertions that look at the character after them.
const lookAhead = syntax.EmptyWordBoundary | syntax.EmptyNoWordBoundary | syntax.EmptyEndText | syntax.EmptyEndLine

// asciiReads returns the ASCII characters the instruction reads, as bits, the way
// syntax.Inst.MatchRune reads them: one character and those it folds to, or ranges.
func asciiReads(in *syntax.Inst) [2]uint64 {
	var set [2]uint64
	add := func(lo, hi rune) {
		for c := max(lo, 0); c <= hi && c < utf8.RuneSelf; c++ {
			set[c/64] |= 1 << (c % 64)
		}
	}
	switch {
	case in.Op == syntax.InstRuneAny:
		add(0, utf8.RuneSelf)
	case in.Op == syntax.InstRuneAnyNotNL:
		add(0, '\n'-1)
		add('\n'+1, utf8.RuneSelf)
	case len(in.Rune) == 1:
		r := in.Rune[0]
		add(r, r)
		for f := unicode.SimpleFold(r); syntax.Flags(in.Arg)&syntax.FoldCase != 0 && f != r; f = unicode.SimpleFold(f) {
			add(f, f)
		}
	default:
		for k := 0; k+1 < len(in.Rune); k += 2 {
			add(in.Rune[k], in.Rune[k+1])
		}
	}
	return set
}

// readsBeyondASCII reports whether the instruction reads any character beyond ASCII, the
// way syntax.Inst.MatchRune reads them.
func readsBeyondASCII(in *syntax.Inst) bool {
	switch {
	case in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL:
		return true
	case len(in.Rune) == 1:
		r := in.Rune[0]
		for f := unicode.SimpleFold(r); syntax.Flags(in.Arg)&syntax.FoldCase != 0 && f != r; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				return true
			}
		}
		return r >= utf8.RuneSelf
	}
	for k := 1; k < len(in.Rune); k += 2 {
		if in.Rune[k] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// readsRune reports whether the instruction reads a character.
func readsRune(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	return false
}

// reachable calls f with each instruction of prog, and its number, reachable from pc without
// reading a character, that is, one that reads a character, ends a match or fails, and the
// assertions passed on the way there; an instruction reached with different assertions is
// reported for each.
func reachable(prog *syntax.Prog, pc uint32, f func(pc uint32, in *syntax.Inst, passed syntax.EmptyOp)) {
	seen := map[[2]uint32]bool{}
	var walk func(pc uint32, passed syntax.EmptyOp)
	walk = func(pc uint32, passed syntax.EmptyOp) {
		if seen[[2]uint32{pc, uint32(passed)}] {
			return
		}
		seen[[2]uint32{pc, uint32(passed)}] = true
		switch in := &prog.Inst[pc]; in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out, passed)
			walk(in.Arg, passed)
		case syntax.InstCapture, syntax.InstNop:
			walk(in.Out, passed)
		case syntax.InstEmptyWidth:
			walk(in.Out, passed|syntax.EmptyOp(in.Arg))
		default:
			f(pc, in, passed)
		}
	}
	walk(pc, 0)
}

// match is one match of a rule's expression in text; lower is text with its ASCII letters
// in lower case (see windows).
type match struct {
	text, lower string
	loc         []int
	re          *regexp.Regexp
}

// get returns the text of the named group, or "" when it did not take part.
func (m match) get(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	return m.text[m.loc[2*i]:m.loc[2*i+1]]
}

// num is the named group as strconv.Atoi reads it, 0 when it did not take part.
func (m match) num(name string) int {
	n, _ := atoi(m.get(name))
	return n
}

// atoi is strconv.Atoi, but it does not build Atoi's error for text that does not start as
// a number does ("", "PAST_REF"), which most of what it reads is.
func atoi(s string) (int, bool) {
	if s == "" || !isDigit(s[0]) && s[0] != '+' && s[0] != '-' {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// low is get in lower case, with runs of white space made single spaces. The folded text
// mostly has it so already ("March" is "march" there), which spares a copy.
func (m match) low(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	if s := m.lower[m.loc[2*i]:m.loc[2*i+1]]; plainWords(s) {
		return s
	}
	return lowerWords(m.get(name))
}

// lowerWords is s in lower case with runs of white space made single spaces, and none at
// either end. It returns s itself when s is so already, as most counts and units are, and
// builds ASCII text in one pass ("March" is "march"), which spares copies on the path every
// candidate takes.
func lowerWords(s string) string {
	if plainWords(s) {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for i := 0; i < len(f); i++ {
			c := f[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// plainWords reports whether s is ASCII in lower case, with single spaces between its words
// and none at either end: what lowerWords returns as it is.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c >= '\t' && c <= '\r' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// at returns the byte offset where the named group starts, or -1.
func (m match) at(name string) int {
	i := m.re.SubexpIndex(name)
	if i < 0 {
		return -1
	}
	return m.loc[2*i]
}

// end returns the byte offset where the named group ends, or -1.
func (m match) end(name string) int {
	i := m.re.SubexpIndex(name)
	if i < 0 {
		return -1
	}
	return m.loc[2*i+1]
}

// whole is the byte span of the whole match.
func (m match) whole() (int, int) { return m.loc[0], m.loc[1] }

// prevWord returns the lower-case word before byte offset i, skipping white space.
func prevWord(text string, i int) string {
	j := i
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	k := j
	for k > 0 && (isLetter(text[k-1]) || text[k-1] == '\'' || text[k-1] == '-') {
		k--
	}
	return strings.ToLower(text[k:j])
}

// prevChar returns the byte before offset i, skipping spaces, or 0.
func prevChar(text string, i int) byte {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return 0
	}
	return text[i-1]
}

// nextWord returns the word after byte offset i, skipping white space, as written.
func nextWord(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	k := i
	for k < len(text) && (isLetter(text[k]) || text[k] == '\'' || text[k] == '-' || text[k]&0x80 != 0 && text[k] != 0xe2) {
		k++
	}
	return text[i:k]
}

// fixed is a value function that always returns v.
func fixed(v string) func(*resolver, *cand) string {
	return func(*resolver, *cand) string { return v }
}

// mk builds a candidate over the whole match.
func mk(m match, typ article.TimexType, value func(*resolver, *cand) string) (cand, bool) {
	s, e := m.whole()
	return cand{s: s, e: e, typ: typ, value: value}, true
}

// wordSet builds a set from white-space separated words, for the word lists of the rules.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
