// Package lede parses an article, given as plain text or as an HTML page, into an
// article.Article: its metadata, its body, the quotations of the body and its dates.
package lede

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/dates"
	"github.com/ledeparse/lede/pkg/debris"
	"github.com/ledeparse/lede/pkg/extract"
	"github.com/ledeparse/lede/pkg/input"
	"github.com/ledeparse/lede/pkg/language"
	"github.com/ledeparse/lede/pkg/quotes"
)

// ErrNotArticle reports an input with no body text.
var ErrNotArticle = errors.New("not an article")

// Options tune Parse. The zero value sniffs the input's kind, takes the publication date from
// the article and applies input.DefaultMaxBytes.
type Options struct {
	// Name is the input's name as the caller knows it, recorded in Article.Input.
	Name string
	// Kind forces the input to be read as text or HTML; input.Sniff (zero) detects it.
	Kind input.Kind
	// Published is the publication date: it overrides the date the article states, and
	// relative dates resolve against it. Zero means: take it from the article.
	Published time.Time
	// Now is the present: in an article with no publication date, a date written with its
	// weekday but no year takes the latest year up to Now's in which it falls on that
	// weekday (dates.Options.Now). Zero leaves the year to the years the text names.
	Now time.Time
	// URL is the article's address, recorded in Article.Source.
	URL string
	// MaxBytes limits the input's size, as input.Options.MaxBytes.
	MaxBytes int64
}

// wordsPerMinute is the reading speed behind a computed reading time.
const wordsPerMinute = 230

// Parse reads one article from r. It fails with input.ErrEmpty, input.ErrBinary,
// input.ErrTooLarge or ErrNotArticle (test with errors.Is), or with ctx's error.
func Parse(ctx context.Context, r io.Reader, opts Options) (*article.Article, error) {
	doc, err := input.Decode(r, input.Options{Kind: opts.Kind, MaxBytes: opts.MaxBytes})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := &article.Article{Input: opts.Name}
	if doc.Charset != "utf-8" {
		a.Warnings = append(a.Warnings, fmt.Sprintf("decoded from %s", doc.Charset))
	}
	var paras []string
	switch doc.Kind {
	case input.HTML:
		a.Format = article.FormatHTML
		paras, err = fromHTML(a, doc.Text)
		if err != nil {
			return nil, err
		}
	default:
		a.Format = article.FormatText
		paras = fromText(a, doc.Text, opts.Published)
	}
	a.Text = strings.Join(paras, "\n\n")
	a.WordCount = article.CountWords(a.Text)
	if a.WordCount == 0 {
		return nil, fmt.Errorf("%w: 0 words of text", ErrNotArticle)
	}
	if a.Language == "" {
		a.Language = language.Detect(a.Text)
	}
	if a.ReadingTimeMinutes == 0 {
		a.ReadingTimeMinutes = int(math.Max(1, math.Round(float64(a.WordCount)/wordsPerMinute)))
	}
	if !opts.Published.IsZero() {
		a.Published = FormatStamp(opts.Published)
	}
	if opts.URL != "" {
		if a.Source == nil {
			a.Source = &article.Source{}
		}
		a.Source.URL = opts.URL
		if a.Source.Domain == "" {
			a.Source.Domain = hostOf(opts.URL)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.Quotes = quotes.Find(a.Text, quotes.Options{KnownNames: names(a.Authors)})
	a.Dates = dates.Find(a.Text, dates.Options{Ref: reference(opts.Published, a.Published, a.Modified), Now: opts.Now})
	if a.Quotes == nil {
		a.Quotes = []article.Quote{}
	}
	if a.Dates == nil {
		a.Dates = []article.Timex{}
	}
	return a, nil
}

// fromText fills a from a plain-text paste and returns its body paragraphs.
func fromText(a *article.Article, text string, published time.Time) []string {
	page := debris.Parse(text, debris.Options{Reference: published})
	a.Title = page.Title
	a.Description = page.Description
	a.Authors = page.Authors
	a.Source = page.Source
	a.Published = page.Published
	a.Modified = page.Modified
	a.ReadingTimeMinutes = page.ReadingTimeMinutes
	return page.Paragraphs
}

// fromHTML fills a from an HTML page and returns its body paragraphs.
func fromHTML(a *article.Article, page string) ([]string, error) {
	res, err := extract.HTML([]byte(page))
	if errors.Is(err, extract.ErrNoContent) {
		return nil, fmt.Errorf("%w: %w", ErrNotArticle, err)
	}
	if err != nil {
		return nil, err
	}
	a.Title = res.Title
	a.Description = res.Description
	a.Published = res.Published
	a.Modified = res.Modified
	if lang, _, _ := strings.Cut(strings.ReplaceAll(res.Language, "_", "-"), "-"); lang != "" {
		a.Language = strings.ToLower(lang)
	}
	for _, n := range res.Authors {
		a.Authors = append(a.Authors, article.Person{Name: n})
	}
	if res.SiteName != "" {
		a.Source = &article.Source{Name: res.SiteName}
	}
	return res.Paragraphs, nil
}

// reference is the date relative dates resolve against: the caller's, else the first day the
// article states (its publication, else its update: a page that shows only "Last updated"
// was written about then), else zero.
func reference(given time.Time, stated ...string) time.Time {
	if !given.IsZero() {
		return given
	}
	for _, s := range stated {
		if len(s) >= 10 {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// FormatStamp writes t as an ISO 8601 date when it is midnight UTC (a date given without a
// clock time), else as an RFC 3339 date-time.
func FormatStamp(t time.Time) string {
	if t.Location() == time.UTC && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// ParseStamp reads an ISO 8601 date ("2025-08-07") or date-time ("2025-08-07T14:03",
// "2025-08-07T14:03:00+03:00", "2025-08-07 14:03Z"). A date-time without a zone is taken as
// UTC.
func ParseStamp(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not an ISO 8601 date or date-time", s)
}

func names(people []article.Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

// hostOf returns the host of an address, without "www.", or "" when it has none.
func hostOf(address string) string {
	u, err := url.Parse(address)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
