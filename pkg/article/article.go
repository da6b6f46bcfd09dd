// Package article holds lede's output record. Its Go types are the output contract: the JSON
// Schema, the golden files and the docs are all derived from them.
package article

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Format says what kind of input an Article was parsed from.
type Format string

// The formats lede reads.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
)

// QuoteKind tells a whole sentence of speech from a fragment quoted inside the writer's own
// sentence.
type QuoteKind string

// The kinds of quotation.
const (
	// Direct is a whole sentence or more of speech.
	Direct QuoteKind = "direct"
	// Partial is a fragment quoted inside the writer's sentence.
	Partial QuoteKind = "partial"
)

// TimexType is the TIMEX3 type of a temporal expression, in lower case.
type TimexType string

// The TIMEX3 types.
const (
	Date     TimexType = "date"
	Time     TimexType = "time"
	Duration TimexType = "duration"
	Set      TimexType = "set"
)

// Article is the structured record of one input. Fields are left empty (and so omitted from
// the JSON) when the input does not state them; they are never filled with guesses.
type Article struct {
	// Input is the input's name as the caller gave it: a path, or "-" for standard input.
	Input string `json:"input,omitempty"`
	// Format is the kind of input the article was parsed from.
	Format Format `json:"format" jsonschema:"enum=text,enum=html"`
	// Title is the headline.
	Title string `json:"title,omitempty"`
	// Authors are the people named in the byline, in the byline's order.
	Authors []Person `json:"authors,omitempty"`
	// Source is the outlet that published the article.
	Source *Source `json:"source,omitempty"`
	// Published is the date of first publication: an ISO 8601 date ("2025-08-07") or
	// date-time with its zone offset ("2025-08-07T14:03:00+03:00").
	Published string `json:"published,omitempty"`
	// Modified is the date of the latest update, in the form of Published.
	Modified string `json:"modified,omitempty"`
	// Language is the BCP 47 tag of the article's language.
	Language string `json:"language,omitempty"`
	// Description is the standfirst or summary the page gives.
	Description string `json:"description,omitempty"`
	// WordCount is the number of white-space separated words of Text.
	WordCount int `json:"word_count"`
	// ReadingTimeMinutes is the reading time the article states, else one computed from
	// WordCount.
	ReadingTimeMinutes int `json:"reading_time_minutes,omitempty"`
	// Text is the body only, its paragraphs separated by a blank line.
	Text string `json:"text"`
	// Quotes are the quotations of Text, in the order they start.
	Quotes []Quote `json:"quotes"`
	// Dates are the temporal expressions of Text, in the order they start.
	Dates []Timex `json:"dates"`
	// Warnings say what lede noticed but could not settle, one sentence each.
	Warnings []string `json:"warnings,omitempty"`
}

// Person is a person named as an author.
type Person struct {
	// Name is the person's name in normal capitalisation, without "By" or honorifics.
	Name string `json:"name"`
	// Role is a job title the byline gives ("Arts Reporter").
	Role string `json:"role,omitempty"`
	// URL is the author's page, where the input links one.
	URL string `json:"url,omitempty"`
}

// Source is the outlet that published an article.
type Source struct {
	// Name is the outlet's name as the article writes it.
	Name string `json:"name,omitempty"`
	// Domain is the host name of the outlet's site.
	Domain string `json:"domain,omitempty"`
	// URL is the article's address.
	URL string `json:"url,omitempty"`
}

// Span is a stretch of Article.Text: Unicode code point offsets, End exclusive, so that
// []rune(Text)[Start:End] is the item's text in Go, Python and JavaScript alike.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Quote is one quotation of the body: one piece of an utterance, without its marks.
type Quote struct {
	// Text is the quoted words, without the quotation marks.
	Text string `json:"text"`
	// Speaker is the canonical name of who said it; empty (null in JSON) when nobody is named.
	Speaker *string `json:"speaker" jsonschema:"nullable"`
	// SpeakerRole is the speaker's title or description as the text gives it.
	SpeakerRole string `json:"speaker_role,omitempty"`
	// Cue is the words that attribute the quote ("said", "according to", ":").
	Cue string `json:"cue,omitempty"`
	// Kind says whether the quote is a whole sentence of speech or a fragment.
	Kind QuoteKind `json:"kind" jsonschema:"enum=direct,enum=partial"`
	// Group is shared by the pieces of one utterance: a split quote, or a quote running over
	// several paragraphs.
	Group int `json:"group"`
	Span
}

// Timex is one temporal expression of the body, with its TIMEX3 type and value.
type Timex struct {
	// Text is the expression as written.
	Text string `json:"text"`
	// Type is the TIMEX3 type.
	Type TimexType `json:"type" jsonschema:"enum=date,enum=time,enum=duration,enum=set"`
	// Value is the TIMEX3 value ("2025-08-08", "PT24H", "PRESENT_REF", "XXXX-WXX-4").
	Value string `json:"value"`
	Span
}

// SpanOf converts the byte offsets [byteStart, byteEnd) of s to a Span of code points. Offsets
// outside s are clamped to it.
func SpanOf(s string, byteStart, byteEnd int) Span {
	byteStart = min(max(byteStart, 0), len(s))
	byteEnd = min(max(byteEnd, byteStart), len(s))
	start := utf8.RuneCountInString(s[:byteStart])
	return Span{Start: start, End: start + utf8.RuneCountInString(s[byteStart:byteEnd])}
}

// SpanError reports an item whose span does not hold its text.
type SpanError struct {
	Field string // "quotes" or "dates"
	Index int
	Want  string
	Got   string
}

func (e *SpanError) Error() string {
	return fmt.Sprintf("%s[%d]: text[start:end] is %q, want %q", e.Field, e.Index, e.Got, e.Want)
}

// Validate checks the record's invariants: every quote and date span lies inside Text and
// holds the item's text, and WordCount counts Text's words. It returns all failures joined,
// each a *SpanError or a plain error, or nil.
func (a *Article) Validate() error {
	runes := []rune(a.Text)
	var errs []error
	check := func(field string, i int, sp Span, want string) {
		got := ""
		if sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(runes) {
			got = string(runes[sp.Start:sp.End])
		} else {
			got = fmt.Sprintf("<out of range %d:%d>", sp.Start, sp.End)
		}
		if got != want {
			errs = append(errs, &SpanError{Field: field, Index: i, Want: want, Got: got})
		}
	}
	for i, q := range a.Quotes {
		check("quotes", i, q.Span, q.Text)
	}
	for i, d := range a.Dates {
		check("dates", i, d.Span, d.Text)
	}
	if n := CountWords(a.Text); n != a.WordCount {
		errs = append(errs, fmt.Errorf("word_count is %d, text has %d words", a.WordCount, n))
	}
	return errors.Join(errs...)
}

// CountWords returns the number of white-space separated words of s, as strings.Fields splits
// them.
func CountWords(s string) int {
	return len(strings.Fields(s))
}
