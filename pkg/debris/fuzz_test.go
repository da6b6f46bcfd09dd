package debris_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ledeparse/lede/pkg/debris"
)

// FuzzParse checks the invariants of Parse on any input: no panic, valid UTF-8 out, a title
// that is a line of the paste, body words that all come from the paste, and one label per
// line from Classify.
func FuzzParse(f *testing.F) {
	for _, s := range fixtureTexts() {
		f.Add(s)
	}
	f.Add("Headline\n\nBy Ana Ruiz • May 3, 2025 • 4 min read\n\nWASHINGTON (AP) — Body.\n\nShare")
	f.Add("By\n\n—\n\n“”\n\n© \n\n12/12/2025 99:99 PM XYZ")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		page := debris.Parse(text, debris.Options{})
		norm := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		for _, s := range append([]string{page.Title, page.Description, page.Published, page.Modified}, page.Paragraphs...) {
			if utf8.ValidString(norm) && !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 out of valid input: %q", s)
			}
		}
		if page.Title != "" && !strings.Contains(norm, page.Title) {
			t.Errorf("title %q is not in the paste", page.Title)
		}
		for _, p := range page.Paragraphs {
			if p == "" {
				t.Errorf("empty paragraph")
			}
			for _, w := range strings.Fields(p) {
				if !strings.Contains(norm, w) {
					t.Errorf("body word %q is not in the paste", w)
				}
			}
		}
		if page.ReadingTimeMinutes < 0 {
			t.Errorf("reading time %d", page.ReadingTimeMinutes)
		}
		lines := strings.Split(norm, "\n")
		if got := len(debris.Classify(lines)); got != len(lines) {
			t.Errorf("Classify gave %d labels for %d lines", got, len(lines))
		}
	})
}
