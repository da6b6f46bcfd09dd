package article_test

import (
	"errors"
	"testing"

	"github.com/ledeparse/lede/pkg/article"
)

func TestSpanOf(t *testing.T) {
	tests := []struct {
		name       string
		s          string
		start, end int
		want       article.Span
	}{
		{"ascii", "said Thursday", 5, 13, article.Span{Start: 5, End: 13}},
		{"after curly quotes", "“in the coming days,” Friday", 26, 32, article.Span{Start: 22, End: 28}},
		{"outside the BMP counts one", "🕒 4 min read", 5, 6, article.Span{Start: 2, End: 3}},
		{"clamped", "abc", -4, 99, article.Span{Start: 0, End: 3}},
		{"end before start", "abc", 2, 1, article.Span{Start: 2, End: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := article.SpanOf(tc.s, tc.start, tc.end); got != tc.want {
				t.Errorf("SpanOf(%q, %d, %d) = %+v, want %+v", tc.s, tc.start, tc.end, got, tc.want)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	text := "“Great progress,” he said on Friday."
	good := article.Article{
		Text:      text,
		WordCount: 6,
		Quotes:    []article.Quote{{Text: "Great progress,", Span: article.Span{Start: 1, End: 16}}},
		Dates:     []article.Timex{{Text: "Friday", Span: article.Span{Start: 29, End: 35}}},
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate() = %v, want nil", err)
	}

	bad := good
	bad.Dates = []article.Timex{{Text: "Friday", Span: article.Span{Start: 28, End: 34}}, {Text: "x", Span: article.Span{Start: 30, End: 99}}}
	bad.WordCount = 5
	err := bad.Validate()
	var se *article.SpanError
	if !errors.As(err, &se) || se.Field != "dates" || se.Index != 0 {
		t.Fatalf("Validate() = %v, want a *SpanError for dates[0]", err)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 3 {
		t.Errorf("Validate() reported %d problems, want 3 (two spans, the word count): %v", n, err)
	}
}
