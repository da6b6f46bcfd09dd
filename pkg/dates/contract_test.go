package dates_test

import (
	"testing"
	"time"

	"github.com/ledeparse/lede/pkg/dates"
)

// TestWeekdayByTense pins the contract's rule for a weekday written alone: in a past-tense
// report it is the latest such day on or before the reference date, however far back in
// the week; in a future-tense sentence it is the next such day.
func TestWeekdayByTense(t *testing.T) {
	wednesday := time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"past, six days back", "The minister said Thursday that the talks had failed.", "2025-07-31"},
		{"past, the day before", "Officials announced on Tuesday that the plan was dead.", "2025-08-05"},
		{"past, the same day", "The board voted Wednesday to close the pier.", "2025-08-06"},
		{"future, the next day", "The board will meet Thursday to vote.", "2025-08-07"},
		{"future, six days on", "The council will vote Tuesday on the plan.", "2025-08-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dates.Find(tc.text, wednesday)
			if len(got) != 1 || got[0].Value != tc.want {
				t.Fatalf("Find(%q) = %+v, want one date of value %s", tc.text, got, tc.want)
			}
		})
	}
}
