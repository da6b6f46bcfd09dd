package extract_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledeparse/lede/pkg/extract"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		name string
		page string
		want *extract.Result
	}{
		{
			name: "article element with metadata",
			page: `<html lang="en-US"><head><title>Ferry Returns | Harbour Times</title>
<meta property="og:title" content="Ferry Returns"><meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Ada Lind"><meta property="article:published_time" content="2025-05-12T08:30:00Z"></head>
<body><nav><p>Home</p></nav><article><h1>Ferry Returns</h1><p>The ferry   is back.</p><p>It sails <b>hourly</b>.</p></article>
<footer><p>Subscribe</p></footer></body></html>`,
			want: &extract.Result{
				Title: "Ferry Returns", Language: "en-US", SiteName: "Harbour Times", Authors: []string{"Ada Lind"},
				Published: "2025-05-12T08:30:00Z", Paragraphs: []string{"The ferry is back.", "It sails hourly."},
			},
		},
		{
			name: "no article element: title tag, body paragraphs",
			page: `<html><head><title>Notes</title></head><body><p>One.</p><ul><li>Two <p>inner</p></li></ul><script>var x</script></body></html>`,
			want: &extract.Result{Title: "Notes", Paragraphs: []string{"One.", "Two inner"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := extract.HTML([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("HTML() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLNoContent(t *testing.T) {
	if _, err := extract.HTML([]byte(`<html><body><nav><a>Home</a></nav></body></html>`)); !errors.Is(err, extract.ErrNoContent) {
		t.Fatalf("HTML() error = %v, want ErrNoContent", err)
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><body><p>x</p></body></html>`))
	f.Add([]byte(`<p><p><li>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := extract.HTML(page)
		if err == nil && len(res.Paragraphs) == 0 {
			t.Fatal("no error and no paragraphs")
		}
	})
}
