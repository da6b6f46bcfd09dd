package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ledeparse/lede/cmd/lede/internal/cli"
)

// quickStart is the README's command that parses the bundled example.
var quickStart = regexp.MustCompile("(?m)^go run ./cmd/lede (parse [^#\n]*?)\\s*(#.*)?$")

// TestReadmeQuickStart runs the README's quick-start command in-process, so that the
// command a new user types first keeps working.
func TestReadmeQuickStart(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := quickStart.FindSubmatch(readme)
	if m == nil {
		t.Fatal("README has no `go run ./cmd/lede parse …` quick-start line")
	}
	args := strings.Fields(string(m[1]))
	for i, a := range args {
		if strings.HasPrefix(a, "testdata/") {
			args[i] = filepath.Join("..", "..", a)
		}
	}
	s, out, errOut := cli.Test("")
	if code := cli.Main(context.Background(), args, s); code != 0 {
		t.Fatalf("lede %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	var rec struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil || rec.Title == "" || rec.Text == "" {
		t.Fatalf("lede %s: want one record with a title and text, got %v:\n%s", strings.Join(args, " "), err, out)
	}
}
