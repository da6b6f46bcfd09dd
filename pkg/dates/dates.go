// Package dates tags the temporal expressions of English news prose with TIMEX3 types and
// values, resolved against a reference date.
package dates

import (
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// Find returns the temporal expressions of text in the order they start. Relative
// expressions are resolved against ref; a zero ref leaves them underspecified ("XXXX-08-08").
func Find(text string, ref time.Time) []article.Timex {
	return nil
}
