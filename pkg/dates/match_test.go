package dates

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
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
		eachWindow(text, func(i int, src string, w window) {
			var want [][]int
			for _, loc := range rules()[i].re.FindAllStringSubmatchIndex(src[w.s:w.e], -1) {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += w.s
					}
				}
				want = append(want, loc)
			}
			got := matchesIn(i, src, w)
			found += len(got)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("rule %d in %q:\n got %v\nwant %v", i, src[w.s:w.e], got, want)
			}
		})
	}
	if found < 500 {
		t.Errorf("the texts gave %d matches; the comparison needs more to mean something", found)
	}
}

// TestStartsOf checks the bytes read from a pattern's program that may start its matches,
// and the bytes that may follow each.
func TestStartsOf(t *testing.T) {
	st := startsOf(`\b(?:(?P<mod>early|mid)[-\s]+)?(?i:june)`)
	for _, c := range "emjJ" {
		if !st.first.has(byte(c)) {
			t.Errorf("%q cannot start a match, want it can", c)
		}
	}
	for _, c := range "aMt -" {
		if st.first.has(byte(c)) {
			t.Errorf("%q can start a match, want it cannot", c)
		}
	}
	for _, pair := range []string{"ea", "mi", "ju", "jU", "Ju"} {
		if !st.next[pair[0]].has(pair[1]) {
			t.Errorf("%q cannot start a match, want it can", pair)
		}
	}
	for _, pair := range []string{"ja", "me", "ee", "m "} {
		if st.next[pair[0]].has(pair[1]) {
			t.Errorf("%q can start a match, want it cannot", pair)
		}
	}
	st = startsOf(`(?:\bthe\s+)?['’]90s`)
	if !st.first.has('\'') || !st.first.has(0xe2) || !st.first.has('t') || st.first.has('9') {
		t.Error("an apostrophe, its curly form and \"the\" start a decade, a digit does not")
	}
	if !st.next['\''].has('9') || st.next['\''].has('8') || !st.next['t'].has('h') || !st.next[0xe2].has(0x80) {
		t.Error("a decade goes on from its apostrophe with 9, \"the\" with h, a curly apostrophe with its next byte")
	}
	// A match may end after its first character, or go on with any character after it.
	st = startsOf(`\bQ[1-4]?|\bx.`)
	for _, pair := range []string{"Q ", "Q1", "Qx", "x-", "x\xff"} {
		if !st.next[pair[0]].has(pair[1]) {
			t.Errorf("%q cannot start a match, want it can", pair)
		}
	}
	// A letter that folds beyond ASCII ("k" and the Kelvin sign) lets those bytes through.
	if st := startsOf(`(?i:ak)`); !st.next['a'].has(0xe2) || !st.next['A'].has('K') || st.next['a'].has('a') {
		t.Error("after \"a\", (?i:ak) reads k, K and the Kelvin sign, and nothing else")
	}
	for _, p := range []string{`\b'90s`, `\b\s*may`, `(?:may)?`, `.may`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("startsOf(%q) did not refuse a pattern canStart cannot place", p)
				}
			}()
			startsOf(p)
		}()
	}
}

// TestLowerWords checks the shortcut of lowerWords, which returns text already in lower case
// with single spaces as it is, against the plain way of writing it.
func TestLowerWords(t *testing.T) {
	for _, s := range []string{
		"", "two", "a couple of", "Two", "a  few", " a few", "a few ", "a\tfew", "a\nfew",
		"twenty-five", "ÉTÉ", "a\u00a0few", "1,000", "2 1/2", "½", " ",
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
