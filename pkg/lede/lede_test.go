package lede_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/dates"
	"github.com/ledeparse/lede/pkg/input"
	"github.com/ledeparse/lede/pkg/lede"
	"github.com/ledeparse/lede/pkg/quotes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

const articles = "../../testdata/articles"

// fixtures returns the article fixtures: every .txt and .html file of testdata/articles.
func fixtures(t testing.TB) []string {
	var out []string
	for _, pattern := range []string{"*.txt", "*.html"} {
		m, err := filepath.Glob(filepath.Join(articles, pattern))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Fatal("no fixtures in testdata/articles")
	}
	return out
}

// marshal writes a as the golden files hold it: indented, unescaped, ending in a newline.
func marshal(t testing.TB, a *article.Article) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden parses each fixture and compares the record with NAME.json. When a change to
// the parser changes a record on purpose, run `make golden` and review the diff.
func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := lede.Parse(context.Background(), f, lede.Options{Name: name})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := a.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
			got := marshal(t, a)
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run `make golden` to write it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("record differs from %s (-want +got); if the change is intended, run `make golden` and review the diff:\n%s", golden, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts lede.Options
		want error
	}{
		{"empty", "", lede.Options{}, input.ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", lede.Options{}, input.ErrBinary},
		{"too large", "a few words here", lede.Options{MaxBytes: 4}, input.ErrTooLarge},
		{"a page with no text", "<html><body><nav></nav></body></html>", lede.Options{}, lede.ErrNotArticle},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := lede.Parse(context.Background(), strings.NewReader(tc.in), tc.opts)
			if !errors.Is(err, tc.want) || a != nil {
				t.Fatalf("Parse() = %v, %v; want nil, %v", a, err, tc.want)
			}
		})
	}
}

func TestParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := lede.Parse(ctx, strings.NewReader("Title\n\nSome body text."), lede.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Parse() error = %v, want context.Canceled", err)
	}
}

func TestPublishedOverrides(t *testing.T) {
	text := "Title\n\nPublished: March 4, 2026\n\nThe board met on Tuesday and voted."
	ref := time.Date(2025, 8, 7, 0, 0, 0, 0, time.UTC)
	a, err := lede.Parse(context.Background(), strings.NewReader(text), lede.Options{Published: ref})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2025-08-07" {
		t.Errorf("Published = %q, want 2025-08-07", a.Published)
	}
}

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in   string
		want string // as FormatStamp writes it; "" for an error
	}{
		{"2025-08-07", "2025-08-07"},
		{"2025-08-07T14:03:00+03:00", "2025-08-07T14:03:00+03:00"},
		{"2025-08-07T14:03", "2025-08-07T14:03:00Z"},
		{"2025-08-07 14:03Z", "2025-08-07T14:03:00Z"},
		{"Aug 7, 2025", ""},
		{"2025-13-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := lede.ParseStamp(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Fatalf("ParseStamp(%q) = %v, want an error", tc.in, got)
				}
				return
			}
			if err != nil || lede.FormatStamp(got) != tc.want {
				t.Fatalf("ParseStamp(%q) = %v, %v; want %s", tc.in, lede.FormatStamp(got), err, tc.want)
			}
		})
	}
}

// FuzzParse checks the record's invariants on any input: no panic, valid UTF-8, spans that
// hold their text, and a JSON round trip that gives the same record.
func FuzzParse(f *testing.F) {
	for _, path := range fixtures(f) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("“Quote,” he said Friday.\n\n\n“Another"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 1<<16 {
			return
		}
		a, err := lede.Parse(context.Background(), bytes.NewReader(raw), lede.Options{})
		if err != nil {
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatal("invalid UTF-8 in the record")
		}
		var back article.Article
		if err := json.Unmarshal(marshal(t, a), &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a, &back); diff != "" {
			t.Fatalf("JSON round trip differs:\n%s", diff)
		}
	})
}

// BenchmarkParse parses every fixture and reports the throughput.
func BenchmarkParse(b *testing.B) {
	var docs [][]byte
	size := 0
	for _, path := range fixtures(b) {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, raw)
		size += len(raw)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, raw := range docs {
			if _, err := lede.Parse(context.Background(), bytes.NewReader(raw), lede.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(size)/1024), "ns/KB")
}

// TestDatesResolveAgainstStamps checks the reference date of relative dates: the caller's,
// else the published stamp, else the updated stamp.
func TestDatesResolveAgainstStamps(t *testing.T) {
	body := "\n\nThe board met on Monday and voted to close the pier for repairs."
	tests := []struct {
		name, paste string
		ref         time.Time
		want        string
	}{
		{"no stamp", "Pier Closes" + body, time.Time{}, "XXXX-WXX-1"},
		{"published stamp", "Pier Closes\n\nPublished: Dec. 3, 2025" + body, time.Time{}, "2025-12-01"},
		{"only an updated stamp", "Pier Closes\n\nUpdated: Dec. 3, 2025" + body, time.Time{}, "2025-12-01"},
		{"the caller's date wins", "Pier Closes\n\nPublished: Dec. 3, 2025" + body, time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC), "2025-12-08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := lede.Parse(context.Background(), strings.NewReader(tc.paste), lede.Options{Published: tc.ref})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Dates) != 1 || a.Dates[0].Value != tc.want {
				t.Fatalf("Dates = %+v, want one Monday of value %s", a.Dates, tc.want)
			}
		})
	}
}

// BenchmarkStages measures, over the same fixtures in one run, the whole parse and the quote
// and date stages alone (run over the parsed body), so that their share of a parse can be
// read side by side in ns/KB of input.
func BenchmarkStages(b *testing.B) {
	var raws [][]byte
	var bodies []string
	size := 0
	for _, path := range fixtures(b) {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		a, err := lede.Parse(context.Background(), bytes.NewReader(raw), lede.Options{})
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		bodies = append(bodies, a.Text)
		size += len(raw)
	}
	ref := time.Date(2025, 8, 7, 0, 0, 0, 0, time.UTC)
	stages := []struct {
		name string
		run  func(i int)
	}{
		{"parse", func(i int) {
			if _, err := lede.Parse(context.Background(), bytes.NewReader(raws[i]), lede.Options{Published: ref}); err != nil {
				b.Fatal(err)
			}
		}},
		{"quotes", func(i int) { quotes.Find(bodies[i], quotes.Options{}) }},
		{"dates", func(i int) { dates.Find(bodies[i], dates.Options{Ref: ref}) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i := range raws {
					st.run(i)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(size)/1024), "ns/KB")
		})
	}
}
