package dates

import (
	"os"
	"path/filepath"
	"slices"
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

func TestFirstBytes(t *testing.T) {
	set := firstBytes(`\b(?:(?P<mod>early|mid)[-\s]+)?(?i:june)`)
	for _, c := range "emjJ" {
		if !set[c] {
			t.Errorf("%q cannot start a match, want it can", c)
		}
	}
	for _, c := range "aMt -" {
		if set[c] {
			t.Errorf("%q can start a match, want it cannot", c)
		}
	}
	if set := firstBytes(`(?:\bthe\s+)?['’]90s`); !set['\''] || !set[0xe2] || !set['t'] || set['9'] {
		t.Errorf("an apostrophe, its curly form and \"the\" start a decade; got %v", set['\''])
	}
	for _, p := range []string{`\b'90s`, `\b\s*may`, `(?:may)?`, `.may`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("firstBytes(%q) did not refuse a pattern canStart cannot place", p)
				}
			}()
			firstBytes(p)
		}()
	}
}
