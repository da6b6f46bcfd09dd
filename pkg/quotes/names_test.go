package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindMentions checks the names, titles and kinds read from a sentence's capitalised runs.
func TestFindMentions(t *testing.T) {
	type got struct {
		Name, Title string
		Kind        mentionKind
	}
	tests := []struct {
		name, text string
		want       []got
	}{
		{"capitalised job word before a full name is a title", "Owner Petra Vance opened early.", []got{{"Petra Vance", "Owner", person}}},
		{"adverb opening the sentence is left out", "Interestingly Ola Brandt agreed.", []got{{"Ola Brandt", "", person}}},
		{"month word as a first name", "They met Jan Vos there.", []got{{"Jan Vos", "", person}}},
		{"month word before a date stays out", "They met in May and left.", nil},
		{"abbreviated state alone is no name", "They live near Fresno, Calif., now.", []got{{"Fresno", "", person}}},
		{"two titled people joined by and", "Sen. Ann Lee and Sen. Tom Berg left.", []got{{"Ann Lee", "Sen.", person}, {"Tom Berg", "Sen.", person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), paragraphSpans(tt.text, 0, len(tt.text)))
			var out []got
			for _, m := range findMentions(toks) {
				if m.kind == pronoun {
					continue
				}
				out = append(out, got{m.name, m.title, m.kind})
			}
			if diff := cmp.Diff(tt.want, out); diff != "" {
				t.Errorf("findMentions(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
