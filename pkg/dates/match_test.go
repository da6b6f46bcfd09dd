package dates

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMatchesInIsAFullScan checks the shortcut of matchesIn, the anchored expression tried
// only where canStart allows, against a scan of every window with the rule's own expression,
// over the project's texts. A difference means a pattern starts in a way canStart does not
// foresee, or matches without holding one of its trigger words.
func TestMatchesInIsAFullScan(t *testing.T) {
	var texts []string
	for _, glob := range []string{"testdata/*.txt", "../../testdata/articles/*.txt", "../debris/testdata/pastes/*.txt"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 50 {
		t.Fatalf("found %d texts, want the fixtures of dates, articles and pastes", len(texts))
	}
	found := 0
	for _, text := range texts {
		ws, lower := windows(text)
		for _, w := range ws {
			i, src := w.rule, reads(w.rule, text, lower)
			var want [][]int
			for _, loc := range rules()[i].re.FindAllStringSubmatchIndex(src[w.s:w.e], -1) {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += w.s
					}
				}
				want = append(want, loc)
			}
			got := matchesIn(i, src, w, nil)
			found += len(got)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("rule %d in %q:\n got %v\nwant %v", i, src[w.s:w.e], got, want)
			}
		}
	}
	if found < 500 {
		t.Errorf("the texts gave %d matches; the comparison needs more to mean something", found)
	}
}

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

// TestLowerWords checks the shortcut of lowerWords, which returns text already in lower case
// with single spaces as it is, against the plain way of writing it.
func TestLowerWords(t *testing.T) {
	for _, s := range []string{
		"", "two", "a couple of", "Two", "a  few", " a few", "a few ", "a\tfew", "a\nfew",
		"twenty-five", "ÉTÉ", "a\u00a0few", "1,000", "2 1/2", "½", " ", "March", "MARCH  Five",
		"\tTwo ", "March\u00a0five", "Sept.\n\n9",
	} {
		want := strings.ToLower(strings.Join(strings.Fields(s), " "))
		if got := lowerWords(s); got != want {
			t.Errorf("lowerWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMayBeFloat checks that mayBeFloat lets through every count strconv.ParseFloat reads.
func TestMayBeFloat(t *testing.T) {
	for _, s := range []string{
		"24", "2.5", ".5", "+3", "-1", "1e3", "0x1p-2", "1_000", "Inf", "-inf", "infinity", "NaN",
		"two", "a", "", "info", "e5", "½",
	} {
		_, err := strconv.ParseFloat(s, 64)
		if err == nil && !mayBeFloat(s) {
			t.Errorf("mayBeFloat(%q) is false, but ParseFloat reads it", s)
		}
	}
	for _, s := range []string{"two", "a", "", "few", "dozen"} {
		if mayBeFloat(s) {
			t.Errorf("mayBeFloat(%q) is true, want false for a word", s)
		}
	}
}

// TestWindowsFold checks the folded text windows writes as it reads the words: every ASCII
// capital lowered, every other byte kept.
func TestWindowsFold(t *testing.T) {
	for _, text := range []string{
		"", "ON FRIDAY, Aug. 8", "lower only", "Ünïcode CAPS — and ’90s", "X", "2025-08-08T09:00Z",
		"\xffBAD\xfe", strings.Repeat("LongWord", 10),
	} {
		b := []byte(text)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if _, got := windows(text); got != string(b) {
			t.Errorf("windows(%q) folds to %q, want %q", text, got, b)
		}
	}
}

// TestClauseStart checks that clauseStart finds the same last comma, semicolon or dash as
// strings.LastIndexAny, also in text that is not valid UTF-8.
func TestClauseStart(t *testing.T) {
	for _, text := range []string{
		"", "no mark at all", "a, b; c — d", "a — b, c", "x\xe2\x80\x94\x80y", "\x80\xe2\x80\x94",
		"\xe2\x80, split dash \x94", "a;b,c", "—", "–, en dash",
	} {
		want := 0
		if k := strings.LastIndexAny(text, ",;—"); k >= 0 {
			_, size := utf8.DecodeRuneInString(text[k:])
			want = k + size
		}
		if got := clauseStart(text, 0, len(text)); got != want {
			t.Errorf("clauseStart(%q) = %d, want %d", text, got, want)
		}
	}
}
