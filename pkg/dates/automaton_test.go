package dates

import (
	"regexp/syntax"
	"testing"
	"unicode/utf8"
)

// TestAutomaton checks where the automaton read from a pattern's program finds a match
// possible, and how much of the text it gives the expression: to the last place a match
// may end, and the byte after it when an assertion there looks at it, or all of the text at
// a byte beyond ASCII that an instruction may read.
func TestAutomaton(t *testing.T) {
	tests := []struct {
		name, pattern string
		reads         map[string]int // how many bytes of each text the program may read; 0 for no match
	}{
		{
			name:    "words and a group",
			pattern: `\b(?:(?P<mod>early|mid)[-\s]+)?(?i:june)`,
			reads: map[string]int{
				"june": 4, "June 8": 4, "JUNE,": 4, "mid-june": 8, "early  June ends": 11,
				"jule": 0, "mix": 0, "a": 0, "mid july": 0, "midst": 0, " june": 0, "Mid-june": 0,
				"mid-\u00a0june": 0, "éjune": 0, "\x80june": 0, "ea": 0, "": 0,
			},
		},
		{
			name:    "a decade with either apostrophe",
			pattern: `(?:\bthe\s+)?['’]90s`,
			reads: map[string]int{
				"'90s": 4, "’90s!": 7, "the '90s and": 8, "the\t’": 7,
				"'80s": 0, "90s": 0, "then '90s": 0, "the 90s": 0,
			},
		},
		{
			name:    "a match that may end after its first character",
			pattern: `\bQ[1-4]?`,
			reads:   map[string]int{"Q": 1, "Q1": 2, "Qx": 1, "Q19": 2, "q1": 0, "R": 0},
		},
		{
			name:    "a letter that folds beyond ASCII",
			pattern: `(?i:ak)`,
			reads:   map[string]int{"ak": 2, "aK.": 2, "A\u212a": 4, "aa": 0, "b": 0},
		},
		{
			name:    "a class that reads beyond ASCII, and so a byte that reads as U+FFFD",
			pattern: `[^a]b`,
			reads:   map[string]int{"éb": 3, "\xffb": 2, "cb c": 2, "ab": 0, "cc": 0},
		},
		{
			name:    "runs of any length, and a boundary that looks at the byte after the match",
			pattern: `\b\d+\s+years?\b`,
			reads:   map[string]int{"24 years ago": 9, "2024    year": 12, "24 hours": 0, "24": 0},
		},
		{
			name:    "paths that go on past the last place a match may end",
			pattern: `\b\d+(?:\s+(?:a\.m\.|april))?`,
			reads:   map[string]int{"10 apples": 2, "10 a.m. on": 7, "10 april": 8, "10 a": 2, "10": 2},
		},
		{
			name:    "a match that may end at the end of the text",
			pattern: `\bnow$|\bnowhere`,
			reads:   map[string]int{"now": 3, "now!": 4, "nowhere else": 7, "no": 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := automatonOf(tt.pattern)
			for text, want := range tt.reads {
				if got := a.scan(text); got != want {
					t.Errorf("scan(%q) = %d, want %d", text, got, want)
				}
			}
		})
	}
	for _, p := range []string{`\b'90s`, `\b\s*may`, `(?:may)?`, `.may`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("automatonOf(%q) did not refuse a pattern canStart cannot place", p)
				}
			}()
			automatonOf(p)
		}()
	}
}

// TestASCIIReads checks asciiReads and readsBeyondASCII against syntax.Inst.MatchRune on
// every instruction that reads a character in the rules' programs and in patterns that fold
// case.
func TestASCIIReads(t *testing.T) {
	beyond := []rune{'’', '“', '½', 'é', 'ſ', '\u212a', '\u00a0', '\u2014', utf8.RuneError, 0x10ffff}
	patterns := []string{`(?i:ak)s`, `(?i)may\b`, `[^a-c]x`, `.y`, `(?s).z`, `(?i)s`, `½`}
	for _, ru := range rules() {
		patterns = append(patterns, ru.re.String())
	}
	for _, p := range patterns {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		for pc := range prog.Inst {
			in := &prog.Inst[pc]
			if !readsRune(in) {
				continue
			}
			set := asciiReads(in)
			for _, r := range beyond {
				if in.MatchRune(r) && !readsBeyondASCII(in) {
					t.Errorf("%s: instruction %d reads %q, but readsBeyondASCII says it reads no such character", p, pc, r)
				}
			}
			for c := rune(0); c < utf8.RuneSelf; c++ {
				if got, want := set[c/64]&(1<<(c%64)) != 0, in.MatchRune(c); got != want {
					t.Errorf("%s: instruction %d reads %q: %v, want %v", p, pc, c, got, want)
				}
			}
		}
	}
}
