package quotes

import (
	"unicode"
	"unicode/utf8"
)

// markClass tells the two families of quotation marks apart. Marks of one family pair with
// each other; the other family nests inside.
type markClass uint8

const (
	doubleMark markClass = iota // “ ” „ ‟ " « » `` ''
	singleMark                  // ‘ ’ ' ‚
)

// mark is one quotation mark found in a paragraph, as byte offsets into the text.
type mark struct {
	s, e  int
	class markClass
	// open and close say which way a curly or typographic mark faces; a straight mark faces
	// neither way.
	open, close bool
}

// span is one quoted stretch of a paragraph: its words without the marks and the white
// space inside them, as byte offsets into the text, and the marks around it.
type span struct {
	s, e         int // the words
	openS, openE int // the opening mark
	// closeS and closeE are the closing mark; both are the paragraph's end when the quote
	// runs on into the next paragraph without closing.
	closeS, closeE int
	closed         bool
	single         bool
	// attribute is a straight-quoted value right after "=": markup such as
	// <tweet author="x">, never speech.
	attribute bool
}

// scanMarks returns the quotation marks of text[from:to] in order. It recognises
//   - curly and typographic double marks: “ ” „ ‟ and guillemets « »;
//   - the straight double mark ";
//   - the Penn Treebank pair “ and ” and, as the New York Times writes, ” ... ” (two
//     apostrophes for a double mark; a run of three is a single and a double mark);
//   - single marks ‘ ’ ' ‚, which are also apostrophes: singleSpans decides.
func scanMarks(text string, from, to int) []mark {
	var out []mark
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„', '‟', '«':
			out = append(out, mark{s: i, e: i + n, class: doubleMark, open: true})
		case '”', '»':
			out = append(out, mark{s: i, e: i + n, class: doubleMark, close: true})
		case '"':
			out = append(out, mark{s: i, e: i + n, class: doubleMark})
		case '`':
			if i+1 < to && text[i+1] == '`' {
				out = append(out, mark{s: i, e: i + 2, class: doubleMark, open: true})
				n = 2
			}
		case '\'':
			run := 1
			for i+run < to && text[i+run] == '\'' {
				run++
			}
			switch {
			case run == 2:
				out = append(out, mark{s: i, e: i + 2, class: doubleMark})
			case run >= 3:
				// ''' opens a double then a single quote after white space, and closes a
				// single then a double one after a word: ''It's 'fine.'''
				if i == from || isSpaceBefore(text, i) {
					out = append(out, mark{s: i, e: i + 2, class: doubleMark},
						mark{s: i + 2, e: i + 3, class: singleMark})
				} else {
					out = append(out, mark{s: i, e: i + 1, class: singleMark},
						mark{s: i + 1, e: i + 3, class: doubleMark})
				}
			default:
				out = append(out, mark{s: i, e: i + 1, class: singleMark})
			}
			n = run
		case '‘', '‚':
			out = append(out, mark{s: i, e: i + n, class: singleMark, open: true})
		case '’':
			out = append(out, mark{s: i, e: i + n, class: singleMark, close: true})
		}
		i += n
	}
	return out
}

// isSpaceBefore reports whether the rune before byte i of text is white space or opening
// punctuation, so that a mark at i starts a word.
func isSpaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || isOpeningPunct(r)
}

func isOpeningPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '“', '"', '«', '„':
		return true
	}
	return false
}

// paragraphSpans pairs the marks of the paragraph text[from:to] into quoted spans, in order of
// their opening marks. Double marks pair by position whatever their glyphs (“rapists“ closes,
// as a typo leaves it); an odd last one runs to the paragraph's end, the convention for a
// quotation that goes on in the next paragraph. Single marks count only outside double
// quotes (inside they are nested quotes, part of the outer text); a double-quoted span inside
// a single-quoted one is nested in turn and dropped.
func paragraphSpans(text string, from, to int) []span {
	marks := scanMarks(text, from, to)
	var doubles, singles []mark
	for i, m := range marks {
		if m.class != doubleMark {
			singles = append(singles, m)
			continue
		}
		// a straight mark right against a curly one is one mark typed twice: "“You …”"
		if text[m.s] == '"' && (i+1 < len(marks) && marks[i+1].class == doubleMark && marks[i+1].s == m.e && text[marks[i+1].s] != '"' ||
			i > 0 && marks[i-1].class == doubleMark && marks[i-1].e == m.s && text[marks[i-1].s] != '"') {
			continue
		}
		doubles = append(doubles, m)
	}
	var out []span
	for k := 0; k < len(doubles); k += 2 {
		o := doubles[k]
		sp := span{openS: o.s, openE: o.e, closeS: to, closeE: to}
		if k+1 < len(doubles) {
			sp.closeS, sp.closeE, sp.closed = doubles[k+1].s, doubles[k+1].e, true
		}
		sp.attribute = text[o.s] == '"' && o.s > from && text[o.s-1] == '='
		out = append(out, sp)
	}
	inDouble := func(i int) bool {
		for _, sp := range out {
			if i >= sp.openS && i < sp.closeE {
				return true
			}
		}
		return false
	}
	var top []mark
	for _, m := range singles {
		if !inDouble(m.s) {
			top = append(top, m)
		}
	}
	for _, sp := range singleSpans(text, from, to, top) {
		// drop double spans nested in this single one
		kept := out[:0]
		for _, d := range out {
			if d.openS > sp.openS && d.closeE <= sp.closeE {
				continue
			}
			kept = append(kept, d)
		}
		out = append(kept, sp)
	}
	sortSpans(out)
	for i := range out {
		out[i].s, out[i].e = trimSpace(text, out[i].openE, out[i].closeS)
	}
	return out
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].openS < s[j-1].openS; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// singleSpans pairs top-level single marks. An opening mark starts a word (‘Yes’, 'Yes') and
// is not an elision ('90s, 'em, 'n'); a closing mark ends a word and is followed by no letter
// (so don’t and Trump’s are apostrophes). A closing mark after s and before a lower-case word
// may be a plural possessive (‘the voters’ choice’): a later closing mark wins. An opening
// mark with no closing one in its paragraph is an apostrophe.
func singleSpans(text string, from, to int, marks []mark) []span {
	var out []span
	for k := 0; k < len(marks); k++ {
		o := marks[k]
		if o.close || !isSpaceBefore(text, o.s) || o.e >= to || elision(text[o.e:to]) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[o.e:]); unicode.IsSpace(r) {
			continue
		}
		best := -1
		for j := k + 1; j < len(marks); j++ {
			c := marks[j]
			if c.open || c.s == 0 || isSpaceBefore(text, c.s) {
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[c.e:to])
			if c.e < to && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				continue
			}
			best = j
			prev, _ := utf8.DecodeLastRuneInString(text[:c.s])
			if prev == 's' && c.e+1 < to && text[c.e] == ' ' && isLowerAt(text, c.e+1) && laterCloser(text, to, marks[j+1:]) {
				continue
			}
			break
		}
		if best < 0 {
			continue
		}
		c := marks[best]
		out = append(out, span{openS: o.s, openE: o.e, closeS: c.s, closeE: c.e, closed: true, single: true})
		k = best
	}
	return out
}

func laterCloser(text string, to int, marks []mark) bool {
	for _, c := range marks {
		if !c.open && !isSpaceBefore(text, c.s) {
			next, _ := utf8.DecodeRuneInString(text[c.e:to])
			if c.e >= to || !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
				return true
			}
		}
	}
	return false
}

func isLowerAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// elision reports whether s, the text after an apostrophe, is a word that starts with an
// elided letter: '90s, 'em, 'til, 'n', 'cause, 'tis.
func elision(s string) bool {
	if len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) {
		return true
	}
	for _, w := range []string{"em", "til", "n", "cause", "tis", "twas", "round", "bout"} {
		if len(s) >= len(w) && equalFoldASCII(s[:len(w)], w) {
			if len(s) == len(w) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[len(w):])
			if !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// trimSpace returns [s, e) without white space at either end.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		e -= n
	}
	return s, e
}
