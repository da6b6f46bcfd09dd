// Package debris reads a plain-text paste of an article: it tells the headline, bylines,
// stamps, badges, captions and page chrome from the body, and takes the article's metadata
// from them.
package debris

import (
	"strings"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// Options tune Parse. The zero value is the default.
type Options struct {
	// Reference is the publication date relative stamps ("3 hours ago") resolve against;
	// zero leaves them unresolved.
	Reference time.Time
}

// Page is what the lines of a paste say about the article.
type Page struct {
	Title       string
	Description string
	Authors     []article.Person
	Source      *article.Source
	// Published and Modified are ISO 8601 dates or date-times with a zone offset.
	Published, Modified string
	// ReadingTimeMinutes is the number on a reading-time badge, or 0.
	ReadingTimeMinutes int
	// Paragraphs are the body paragraphs, trimmed, in order.
	Paragraphs []string
}

// Parse reads the paste text (UTF-8, "\n" line ends) and returns its metadata and body.
func Parse(text string, opts Options) Page {
	var page Page
	for _, block := range strings.Split(text, "\n\n") {
		block = strings.TrimSpace(block)
		if block == "" {
			continue
		}
		page.Paragraphs = append(page.Paragraphs, block)
	}
	return page
}
