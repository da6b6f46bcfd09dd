package debris_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/ledeparse/lede/pkg/debris"
)

// pasteWant is what testdata/pastes/want.json says of one paste: its metadata, the start
// of its first paragraph and the end of its last, and text that must not be in the body.
// A field that is absent is not checked; a null title, source or date must be empty. The
// pastes are the project's own, one per shape of page.
type pasteWant struct {
	File        string   `json:"file"`
	Title       *string  `json:"title"`
	Authors     []string `json:"authors"`
	Source      *string  `json:"source"`
	Published   *string  `json:"published"`
	Modified    *string  `json:"modified"`
	ReadingTime *int     `json:"reading_time"`
	First       string   `json:"first"`
	Last        string   `json:"last"`
	Absent      []string `json:"absent"`
}

// TestPastes parses whole pastes of the shapes pages are copied in (a listen widget, a
// wire byline glued to its agency, a glued stamp, a section label in the headline, an
// outlet line and a dash under a byline, a credit over its caption, foot chrome) and
// checks what want.json says of each.
func TestPastes(t *testing.T) {
	dir := filepath.Join("testdata", "pastes")
	data, err := os.ReadFile(filepath.Join(dir, "want.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	var wants []pasteWant
	if err := json.Unmarshal(data, &wants); err != nil {
		t.Fatal(err)
	}
	for i, w := range wants {
		t.Run(w.File, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, w.File))
			if err != nil {
				t.Fatal(err)
			}
			page := debris.Parse(string(text), debris.Options{})
			has := func(k string) bool { _, ok := raw[i][k]; return ok }
			str := func(p *string) string {
				if p == nil {
					return ""
				}
				return *p
			}
			if has("title") && page.Title != str(w.Title) {
				t.Errorf("title = %q, want %q", page.Title, str(w.Title))
			}
			var names []string
			for _, a := range page.Authors {
				names = append(names, a.Name)
			}
			if diff := cmp.Diff(w.Authors, names, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if has("source") {
				got := ""
				if page.Source != nil {
					got = page.Source.Name
				}
				if got != str(w.Source) {
					t.Errorf("source = %q, want %q", got, str(w.Source))
				}
			}
			day := func(s string) string { return s[:min(len(s), 10)] }
			if has("published") && day(page.Published) != str(w.Published) {
				t.Errorf("published = %q, want %q", page.Published, str(w.Published))
			}
			if has("modified") && day(page.Modified) != str(w.Modified) {
				t.Errorf("modified = %q, want %q", page.Modified, str(w.Modified))
			}
			if w.ReadingTime != nil && page.ReadingTimeMinutes != *w.ReadingTime {
				t.Errorf("reading time = %d, want %d", page.ReadingTimeMinutes, *w.ReadingTime)
			}
			if len(page.Paragraphs) == 0 {
				t.Fatal("no body")
			}
			if first := page.Paragraphs[0]; !strings.HasPrefix(first, w.First) {
				t.Errorf("first paragraph = %q, want it to start %q", first, w.First)
			}
			if last := page.Paragraphs[len(page.Paragraphs)-1]; !strings.HasSuffix(last, w.Last) {
				t.Errorf("last paragraph = %q, want it to end %q", last, w.Last)
			}
			body := strings.Join(page.Paragraphs, "\n")
			for _, a := range w.Absent {
				if strings.Contains(body, a) {
					t.Errorf("body holds %q", a)
				}
			}
		})
	}
}
