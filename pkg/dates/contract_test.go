package dates_test

import (
	"strings"
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
			got := dates.Find(tc.text, dates.Options{Ref: wednesday})
			if len(got) != 1 || got[0].Value != tc.want {
				t.Fatalf("Find(%q) = %+v, want one date of value %s", tc.text, got, tc.want)
			}
		})
	}
}

// TestWeekdayFixesTheYear pins the contract's rule for a date written without its year when
// no publication date is known: its weekday fixes the year, the latest one in which the day
// falls on that weekday, not after the present year nor more than one after the latest year
// the text names.
func TestWeekdayFixesTheYear(t *testing.T) {
	tests := []struct {
		name, text string
		now        time.Time
		want       string
	}{
		{"the present bounds it", "The vote is set for Friday, August 8.", time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), "2025-08-08"},
		{"an earlier present", "The vote is set for Friday, August 8.", time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), "2014-08-08"},
		{"the present year itself", "The vote is set for Friday, August 8.", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), "2025-08-08"},
		{"the text's years bound it harder", "In 2019 the port closed. The vote was on Friday, August 8.", time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), "2014-08-08"},
		{"no present, no year named", "The vote is set for Friday, August 8.", time.Time{}, "XXXX-08-08"},
		{"a date without a weekday stays open", "The vote is set for August 8.", time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), "XXXX-08-08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dates.Find(tc.text, dates.Options{Now: tc.now})
			if len(got) == 0 || !strings.Contains(got[len(got)-1].Text, "August 8") || got[len(got)-1].Value != tc.want {
				t.Fatalf("Find(%q) = %+v, want the last date August 8 of value %s", tc.text, got, tc.want)
			}
		})
	}
}
