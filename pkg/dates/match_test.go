package dates

import (
	"os"
	"path/filepath"
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
