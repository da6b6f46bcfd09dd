// Package quotes finds the quotations of English news prose and attributes them to their
// speakers.
package quotes

import "github.com/ledeparse/lede/pkg/article"

// Options tune Find. The zero value is the default.
type Options struct {
	// KnownNames are people the article names outside its text (the authors, say), used to
	// resolve surnames to full names.
	KnownNames []string
}

// Find returns the quotations of text in the order they start, each with its span in code
// points of text. It returns nil for text with no quotation.
func Find(text string, opts Options) []article.Quote {
	return nil
}
