package dates

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode"

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

// matchesIn returns the matches of rule i in the window w of src, in offsets of src: the
// matches a scan of src[w.s:w.e] finds that start by w.last. It tries the rule's anchored
// expression only where canStart allows, and goes on after the end of each match.
func matchesIn(i int, src string, w window) [][]int {
	var out [][]int
	re, st := anchored()[i], &starters()[i]
	for p := w.s; p <= w.last; p++ {
		if !canStart(st, src, w, p) {
			continue
		}
		loc := re.FindStringSubmatchIndex(src[p:w.e])
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

// canStart reports whether a rule whose matches start as st says may match from byte p of
// the window w of src: the byte must be one that starts a match, the byte after it, if the
// window holds one, one that may follow it there, and a word character must start a word,
// as the \b that opens such a pattern sees it. Trying only these places, each with the
// anchored expression, finds the same matches as a scan of the whole window, at far less
// cost: "and" or "said" cannot start "April 8", whose first letters are "ap".
func canStart(st *starts, src string, w window, p int) bool {
	c := src[p]
	if !st.first.has(c) || p+1 < w.e && !st.next[c].has(src[p+1]) {
		return false
	}
	return !isWordByte(c) || p == w.s || !isWordByte(src[p-1])
}

// isWordByte is the ASCII word character of the \b of Go's expressions.
func isWordByte(c byte) bool {
	return c == '_' || isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// starters holds, for each rule, how a match of its expression can start.
var starters = sync.OnceValue(func() []starts {
	out := make([]starts, len(rules()))
	for i, ru := range rules() {
		out[i] = startsOf(ru.re.String())
	}
	return out
})

// starts is how the matches of an expression can start: first holds the bytes a match can
// start with, next[c] the bytes that can follow a first byte c.
type starts struct {
	first byteSet
	next  [256]byteSet
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c/64] |= 1 << (c % 64) }
func (s *byteSet) has(c byte) bool { return s[c/64]&(1<<(c%64)) != 0 }
func (s *byteSet) addRange(lo, hi int) {
	for c := lo; c <= hi; c++ {
		s.add(byte(c))
	}
}

// startsOf reads how a match of the expression can start from its compiled program: the
// first bytes from the instructions reachable before the first that reads a character, the
// bytes after each from those reachable after it. Any byte of a character beyond ASCII
// counts, and after such a first byte any byte may follow. It panics on a pattern that could
// match empty, or that asks for a word boundary before an ASCII character that is not a
// word character: canStart cannot place those.
func startsOf(pattern string) starts {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	var st starts
	for c := 0x80; c < 256; c++ {
		st.next[c].addRange(0, 255)
	}
	// The first characters: every instruction that reads one, reached from the start.
	reachable(prog, prog.Start, func(in *syntax.Inst, boundary bool) {
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1:
		default:
			panic("dates: a pattern may match empty or any character first: " + pattern)
		}
		eachByte(in, func(c byte) {
			if boundary && c < 0x80 && !isWordByte(c) {
				panic("dates: a pattern asks for a word boundary before " + strconv.QuoteRune(rune(c)) + ": " + pattern)
			}
			st.first.add(c)
			if c >= 0x80 {
				return
			}
			// The second character: whatever can be read once c has been.
			reachable(prog, int(in.Out), func(next *syntax.Inst, _ bool) {
				switch next.Op {
				case syntax.InstRune, syntax.InstRune1:
					eachByte(next, st.next[c].add)
				case syntax.InstFail:
				default:
					// The match may end after c, or read any character.
					st.next[c].addRange(0, 255)
				}
			})
		})
	})
	return st
}

// reachable calls f with each instruction of prog reachable from pc without reading a
// character, that is, one that reads a character, ends a match or fails; boundary says
// whether a word boundary was asked for on the way.
func reachable(prog *syntax.Prog, pc int, f func(in *syntax.Inst, boundary bool)) {
	seen := map[uint32]bool{}
	var walk func(pc uint32, boundary bool)
	walk = func(pc uint32, boundary bool) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out, boundary)
			walk(in.Arg, boundary)
		case syntax.InstCapture, syntax.InstNop:
			walk(in.Out, boundary)
		case syntax.InstEmptyWidth:
			walk(in.Out, boundary || syntax.EmptyOp(in.Arg)&syntax.EmptyWordBoundary != 0)
		default:
			f(in, boundary)
		}
	}
	walk(uint32(pc), false)
}

// eachByte calls f with each byte that can start a character the instruction reads: an ASCII
// character itself, in either case when the instruction folds case, and every byte from 0x80
// for a character beyond ASCII, which is also how some letters fold ("k" and the Kelvin sign).
func eachByte(in *syntax.Inst, f func(c byte)) {
	fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
	add := func(r rune) {
		if r >= 0x80 {
			for c := 0x80; c < 256; c++ {
				f(byte(c))
			}
			return
		}
		f(byte(r))
	}
	if len(in.Rune) == 1 {
		// Only a single character folds: "k" reads "k", "K" and the Kelvin sign.
		r := in.Rune[0]
		add(r)
		for o := unicode.SimpleFold(r); fold && o != r; o = unicode.SimpleFold(o) {
			add(o)
		}
		return
	}
	for k := 0; k+1 < len(in.Rune); k += 2 {
		lo, hi := in.Rune[k], in.Rune[k+1]
		for r := lo; r <= hi && r < 0x80; r++ {
			add(r)
		}
		if hi >= 0x80 {
			add(0x80)
		}
	}
}

// match is one match of a rule's expression in text.
type match struct {
	text string
	loc  []int
	re   *regexp.Regexp
}

// get returns the text of the named group, or "" when it did not take part.
func (m match) get(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.loc[2*i] < 0 {
		return ""
	}
	return m.text[m.loc[2*i]:m.loc[2*i+1]]
}

// low is get in lower case, with runs of white space made single spaces.
func (m match) low(name string) string { return lowerWords(m.get(name)) }

// lowerWords is s in lower case with runs of white space made single spaces, and none at
// either end. It returns s itself when s is so already, as most counts and units are,
// which spares a copy on the path every candidate takes.
func lowerWords(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c >= '\t' && c <= '\r' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		}
	}
	return s
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
