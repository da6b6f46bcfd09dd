package debris_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ledeparse/lede/pkg/debris"
)

// BenchmarkParse parses the project's text fixtures and reports the cost per kilobyte.
func BenchmarkParse(b *testing.B) {
	benchParse(b, fixtureTexts())
}

// BenchmarkParsePastes parses the whole pastes of testdata/pastes, which are the shape of
// real ones (a head of metadata and widgets, a body, foot chrome), and reports the cost per
// kilobyte.
func BenchmarkParsePastes(b *testing.B) {
	benchParse(b, readTexts(filepath.Join("testdata", "pastes", "*.txt")))
}

// benchParse parses every text once per iteration and reports ns/KB.
func benchParse(b *testing.B, texts []string) {
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	if size == 0 {
		b.Skip("no texts")
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			debris.Parse(s, debris.Options{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(size)/1024), "ns/KB")
}

// fixtureTexts returns the project's plain-text article fixtures.
func fixtureTexts() []string {
	return readTexts(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
}

// readTexts returns the files that match a glob pattern.
func readTexts(pattern string) []string {
	paths, _ := filepath.Glob(pattern)
	var texts []string
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data))
		}
	}
	return texts
}
