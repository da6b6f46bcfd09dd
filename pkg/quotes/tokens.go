package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words from punctuation and quotation marks.
type tokKind uint8

const (
	word tokKind = iota
	punct
	openMark
	closeMark
)

// token is a word, a punctuation character or a quotation mark of a paragraph.
type token struct {
	s, e int // byte offsets into the text
	w    string
	lw   string // w in lower case
	kind tokKind
	// q is the index of the quoted span the token lies in or delimits, -1 outside quotes.
	q int
}

func (t token) quoted() bool { return t.q >= 0 }

// isUpper reports whether the token starts with an upper-case letter.
func (t token) isUpper() bool {
	r, _ := utf8.DecodeRuneInString(t.w)
	return unicode.IsUpper(r)
}

func (t token) is(p string) bool { return t.kind == punct && t.w == p }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "capt": true, "sgt": true, "rev": true,
	"st": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "vs": true, "no": true, "mt": true, "ft": true,
	"supt": true, "det": true, "insp": true, "cmdr": true, "adm": true, "maj": true, "sec": true,
	"atty": true, "pres": true, "messrs": true, "cllr": true, "fig": true, "approx": true, "dept": true,
	"calif": true, "fla": true, "mass": true, "conn": true, "ariz": true, "minn": true, "wash": true,
	"ill": true, "mich": true, "tenn": true, "wis": true, "okla": true, "penn": true, "ore": true,
	"nev": true, "colo": true, "ala": true, "ark": true, "ky": true, "md": true, "va": true, "la": true,
	"pa": true, "ga": true, "tex": true, "ind": true, "kan": true, "neb": true, "miss": true,
}

// tokenize splits text[from:to] into tokens. Quotation marks of spans become mark tokens;
// words and punctuation inside a span carry its index. A word runs over letters, digits and
// marks, over an apostrophe or hyphen followed by a letter or digit (don’t, Trump’s,
// Ndiaye-Sorensen), and over periods of an abbreviation (U.S., Mr., a.m.).
func tokenize(text string, from, to int, spans []span) []token {
	// the marks of the spans in text order: start, end, and span index +1 (negative for a
	// closing mark)
	type markPos struct{ s, e, k int }
	marks := make([]markPos, 0, 2*len(spans))
	for k, sp := range spans {
		marks = append(marks, markPos{sp.openS, sp.openE, k + 1})
		if sp.closed {
			marks = append(marks, markPos{sp.closeS, sp.closeE, -(k + 1)})
		}
	}
	for i := 1; i < len(marks); i++ {
		for j := i; j > 0 && marks[j].s < marks[j-1].s; j-- {
			marks[j], marks[j-1] = marks[j-1], marks[j]
		}
	}
	// spans do not overlap (nested marks are part of the outer span's words) and come in
	// order, so the span around byte i is the last one opening before it
	inside := func(i int) int {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].openE > i }) - 1
		if k >= 0 && i < spans[k].closeS {
			return k
		}
		return -1
	}
	toks := make([]token, 0, (to-from)/5)
	next := 0 // the next mark
	for i := from; i < to; {
		for next < len(marks) && marks[next].s < i {
			next++
		}
		if next < len(marks) && marks[next].s == i {
			m := marks[next]
			t := token{s: i, e: m.e, w: text[i:m.e]}
			if m.k > 0 {
				t.kind, t.q = openMark, m.k-1
			} else {
				t.kind, t.q = closeMark, -m.k-1
			}
			toks = append(toks, t)
			i = m.e
			continue
		}
		nextMark := to
		if next < len(marks) {
			nextMark = marks[next].s
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\ufeff' {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{s: i, e: i + n, w: text[i : i+n], lw: text[i : i+n], kind: punct, q: inside(i)})
			i += n
			continue
		}
		j := i + n
		for j < nextMark {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' || r == '‑' || r == '.' || r == '&' {
				nr, _ := utf8.DecodeRuneInString(text[j+n:])
				if j+n < nextMark && isWordRune(nr) {
					if r == '.' && !(unicode.IsUpper(nr) || unicode.IsLower(nr) || unicode.IsDigit(nr)) {
						break
					}
					j += n
					continue
				}
			}
			break
		}
		// a period after an abbreviation or an initial stays with the word
		if j < nextMark && text[j] == '.' {
			w := strings.ToLower(strings.TrimRight(text[i:j], "."))
			if abbreviations[w] || strings.Contains(text[i:j], ".") || utf8.RuneCountInString(text[i:j]) == 1 && unicode.IsUpper(r) {
				j++
			}
		}
		toks = append(toks, token{s: i, e: j, w: text[i:j], lw: strings.ToLower(text[i:j]), kind: word, q: inside(i)})
		i = j
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// sentenceEnd reports whether the sentence ends after toks[i]: a full stop, question or
// exclamation mark outside quotes followed by a word that does not start lower case, by a
// quotation mark or by nothing. A closing mark whose quote ends in such punctuation ends the
// sentence when another quote opens after it (“Stop.” “Go.”).
func sentenceEnd(toks []token, spans []span, text string, i int) bool {
	t := toks[i]
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	switch {
	case t.kind == punct && !t.quoted() && (t.w == "." || t.w == "!" || t.w == "?" || t.w == "…"):
		if next.kind == openMark || next.kind == closeMark {
			return true
		}
		if next.kind == word {
			r, _ := utf8.DecodeRuneInString(next.w)
			return !unicode.IsLower(r)
		}
		return next.kind == punct && (next.w == "(" || next.w == "[" || next.w == "—")
	case t.kind == closeMark:
		sp := spans[t.q]
		if !endsSentence(text[sp.s:sp.e]) {
			return false
		}
		// “Stop.” “Go.” or “It was rude.” He left. A name after the quote may be its
		// speaker (“Really?” Ann asked), so it does not end the sentence.
		return next.kind == openMark || next.kind == word && next.isUpper() && functionWords()[next.lw]
	}
	return false
}

// endsSentence reports whether a quote's words end with sentence-final punctuation (“Go.”
// “Really?” “Never!” “Well…”).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, ")]'’\"”")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
