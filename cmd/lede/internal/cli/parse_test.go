package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

const story = "Council Approves New Bridge\n\nThe council voted to build a new bridge over the river.\n"

func TestParseStdin(t *testing.T) {
	s, out, errOut := Test(story)
	if code := Main(context.Background(), []string{"parse"}, s); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var rec map[string]any
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if rec["input"] != "-" || rec["format"] != "text" {
		t.Errorf("input, format = %v, %v; want -, text", rec["input"], rec["format"])
	}
}

func TestParseNoInputOnTerminal(t *testing.T) {
	s, out, errOut := Test("")
	s.InTTY = true
	if code := Main(context.Background(), []string{"parse"}, s); code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if out.Len() != 0 || !strings.Contains(errOut.String(), "no input") {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}
}

// TestColorDecision covers the colour rule: --color wins, then NO_COLOR, then whether stdout
// is a terminal.
func TestColorDecision(t *testing.T) {
	tests := []struct {
		name    string
		flag    string
		tty     bool
		noColor bool
		want    bool
	}{
		{"pipe", "auto", false, false, false},
		{"terminal", "auto", true, false, true},
		{"terminal with NO_COLOR", "auto", true, true, false},
		{"always on a pipe", "always", false, false, true},
		{"always beats NO_COLOR", "always", false, true, true},
		{"never on a terminal", "never", true, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, out, errOut := Test(story)
			s.OutTTY, s.NoColor = tc.tty, tc.noColor
			code := Main(context.Background(), []string{"parse", "--format", "text", "--color", tc.flag}, s)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != tc.want {
				t.Errorf("coloured = %v, want %v:\n%s", got, tc.want, out)
			}
		})
	}
}

func TestCheckParseOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    parseOptions
		wantErr bool
	}{
		{"defaults", parseOptions{Format: "json", Color: "auto", MaxBytes: 1}, false},
		{"date-time", parseOptions{Format: "ndjson", Color: "never", MaxBytes: 1, Published: "2025-08-07T14:03:00+03:00"}, false},
		{"bad format", parseOptions{Format: "xml", Color: "auto", MaxBytes: 1}, true},
		{"bad date", parseOptions{Format: "json", Color: "auto", MaxBytes: 1, Published: "07/08/2025"}, true},
		{"bad kind", parseOptions{Format: "json", Color: "auto", MaxBytes: 1, As: "pdf"}, true},
		{"zero max bytes", parseOptions{Format: "json", Color: "auto"}, true},
		{"bad colour", parseOptions{Format: "json", Color: "rainbow", MaxBytes: 1}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _, _ := Test("")
			_, err := checkParseOptions(s, &tc.opts)
			if (err != nil) != tc.wantErr {
				t.Fatalf("checkParseOptions() error = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}
