package debris

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// A lineRe is a regexp anchored at the start of the line with the set of runes a match can
// begin with, worked out from the pattern itself. Most lines of a paste begin with a letter
// none of the page-furniture patterns can begin with, and the set turns them away before
// the regexp machine starts. A pattern whose start cannot be worked out (not anchored, or
// nothing but a wide class first) is always run.
type lineRe struct {
	re    *regexp.Regexp
	gated bool      // false: no first-rune test
	ascii [128]bool // the ASCII runes a match can begin with
	wide  bool      // whether a match can begin with a rune beyond ASCII
}

// newLineRe compiles a line pattern and works out its first runes.
func newLineRe(pattern string) *lineRe {
	l := &lineRe{re: regexp.MustCompile(pattern)}
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || !anchored(tree) {
		return l
	}
	tree = tree.Simplify()
	if nullable := l.first(tree); !nullable {
		l.gated = true
	}
	return l
}

// MatchString reports whether the pattern matches s.
func (l *lineRe) MatchString(s string) bool {
	if l.gated {
		r, _ := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf && !l.ascii[r] || r >= utf8.RuneSelf && !l.wide {
			return false
		}
	}
	return l.re.MatchString(s)
}

// String returns the pattern.
func (l *lineRe) String() string { return l.re.String() }

// anchored reports whether every match of the tree starts at the beginning of the text.
func anchored(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchored(t.Sub[0])
	case syntax.OpConcat:
		return len(t.Sub) > 0 && anchored(t.Sub[0])
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			if !anchored(s) {
				return false
			}
		}
		return true
	}
	return false
}

// first adds the runes a match of t can begin with and reports whether t can match the
// empty text (so that what follows it may begin the match too).
func (l *lineRe) first(t *syntax.Regexp) (nullable bool) {
	switch t.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return true
		}
		l.add(t.Rune[0], t.Rune[0], t.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(t.Rune); i += 2 {
			l.add(t.Rune[i], t.Rune[i+1], false)
		}
		return false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		l.add(0, unicode.MaxRune, false)
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return l.first(t.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		l.first(t.Sub[0])
		return true
	case syntax.OpRepeat:
		n := l.first(t.Sub[0])
		return n || t.Min == 0
	case syntax.OpConcat:
		for _, s := range t.Sub {
			if !l.first(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range t.Sub {
			if l.first(s) {
				nullable = true
			}
		}
		return nullable
	}
	// An op not known here: let every rune through.
	l.add(0, unicode.MaxRune, false)
	return true
}

// add lets the runes lo…hi (and their other cases when fold is set) begin a match.
func (l *lineRe) add(lo, hi rune, fold bool) {
	if hi >= utf8.RuneSelf {
		l.wide = true
	}
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		l.ascii[r] = true
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f < utf8.RuneSelf {
					l.ascii[f] = true
				} else {
					l.wide = true
				}
			}
		}
	}
	if fold && lo >= utf8.RuneSelf {
		l.wide = true
	}
}
