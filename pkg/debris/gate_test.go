package debris

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLineReGate checks that the first-rune test never turns away a line the pattern
// matches: every line pattern, gated and not, on every line of the pastes and on lines
// that begin with each kind of rune.
func TestLineReGate(t *testing.T) {
	res := map[string]*lineRe{
		"share": shareRe, "audio": audioRe, "comments": commentsRe, "blogFoot": blogFootRe,
		"tags": tagsRe, "languageLink": languageLinkRe, "captionUI": captionUIRe,
		"ad": adRe, "fileCaption": fileCaptionRe, "gallerySlide": gallerySlideRe,
		"linkLine": linkLineRe, "chart": chartRe, "contact": contactRe,
		"bioHeader": bioHeaderRe, "bioLine": bioLineRe, "account": accountRe,
		"reportingFrom": reportingFromRe, "creditBy": creditByRe, "sourceNote": sourceNoteRe,
		"copyright": copyrightRe, "bareLength": bareLengthRe, "authorNote": authorNoteRe,
	}
	for i, re := range listHeaderRe {
		res["listHeader"+string(rune('0'+i))] = re
	}
	for i, re := range furnitureRe {
		res["furniture"+string(rune('0'+i))] = re
	}
	for name, ps := range map[string]patterns{"credit": creditRe, "ui": uiLineRe, "tailNote": tailNoteRe} {
		for i, re := range ps {
			res[name+string(rune('0'+i))] = re
		}
	}
	lines := []string{"", "Share", "share on X", "© 2025 Harbour News", "(c) Harbour News", "«Bonjour»",
		"“Quoted,” she said.", "5 min", "3:45", "→ Next", "Ældre", "ÉDITO", "[1/3] A crane.", "— Ana Ruiz",
		"Item 1 of 3 A crane", "FILE - A crane", "Photo courtesy of Ben Cole", "SOURCE Harbour Tech"}
	paths, _ := filepath.Glob(filepath.Join("testdata", "pastes", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	gated := 0
	for name, re := range res {
		if re.gated {
			gated++
		}
		for _, l := range lines {
			if got, want := re.MatchString(l), re.re.MatchString(l); got != want {
				t.Errorf("%s: gated match of %q = %v, the regexp says %v", name, l, got, want)
			}
		}
	}
	if gated < len(res)/2 {
		t.Errorf("only %d of %d line patterns have a first-rune test", gated, len(res))
	}
}
