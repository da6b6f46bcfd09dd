package dates

import (
	"regexp"
	"strings"

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
func (m match) low(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(m.get(name)), " "))
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
