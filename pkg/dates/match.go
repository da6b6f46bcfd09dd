package dates

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
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
