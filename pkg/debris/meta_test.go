package debris

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestStampLines reads one stamp line per shape and writes its first stamp.
func TestStampLines(t *testing.T) {
	tests := []struct {
		name, line, want string
		updated          bool
	}{
		{"month first", "April 8, 2025", "2025-04-08", false},
		{"abbreviated month with a.m. and US central zone in winter", "Published: Feb. 11, 2025, 8:37 a.m. CT", "2025-02-11T08:37:00-06:00", false},
		{"update stamp", "Updated: Feb. 12, 2025, 6:05 a.m. CT", "2025-02-12T06:05:00-06:00", true},
		{"weekday, day first", "Thursday 13 March 2025", "2025-03-13", false},
		{"weekday with AM and EDT", "Thu, June 12, 2025, 11:50 AM EDT", "2025-06-12T11:50:00-04:00", false},
		{"day first with BST", "Wed, 22 Oct 2025 16:45 BST", "2025-10-22T16:45:00+01:00", false},
		{"pm without a zone gives the date", "22 November 2025, 6:05pm", "2025-11-22", false},
		{"Pacific generic zone in summer", "Oct. 9, 2025 6:10 a.m. PT", "2025-10-09T06:10:00-07:00", false},
		{"PST", "Published Jan 13, 2026 3:30 PM PST", "2026-01-13T15:30:00-08:00", false},
		{"dots, day first", "24.06.2025", "2025-06-24", false},
		{"NZDT", "February 19, 2026 8:47 PM NZDT", "2026-02-19T20:47:00+13:00", false},
		{"clock with a dot", "Fri 8 Aug 2025 09.55 BST", "2025-08-08T09:55:00+01:00", false},
		{"eastern generic zone in winter", "Feb. 10, 2026 4:25 p.m. ET", "2026-02-10T16:25:00-05:00", false},
		{"slashes, day first", "14/10/2025", "2025-10-14", false},
		{"slashes, month first", "11/20/2025", "2025-11-20", false},
		{"ISO with offset", "2026-02-03T14:30:00-05:00", "2026-02-03T14:30:00-05:00", false},
		{"time after a bar with CEST", "12 Oct 2025 | 19:40 CEST", "2025-10-12T19:40:00+02:00", false},
		{"at and pm", "September 4, 2025 at 10:40 pm", "2025-09-04", false},
		{"EST with an hour only", "Published Jan. 28, 2026, 6 a.m. EST", "2026-01-28T06:00:00-05:00", false},
		{"ISO without zone", "Published 2026-02-09 18:00", "2026-02-09", false},
		{"clock before the date", "Updated 9:48 AM EDT, Thu June 12, 2025", "2025-06-12T09:48:00-04:00", true},
		{"UTC offset after the zone", "5 May 2025 14:00 UTC+2", "2025-05-05T14:00:00+02:00", false},
		{"last updated", "Last updated: 3 March 2026", "2026-03-03", true},
		{"published and updated in one segment", "Published March 3, 2026, updated March 4, 2026", "2026-03-03", false},
		{"update without a year", "March 3, 2026, 4:15 p.m. ET | Updated March 4", "2026-03-03T16:15:00-05:00", false},
		{"update without a date", "Published March 3, 2026 | Updated 4:30 PM", "2026-03-03", false},
		{"year first with slashes", "Date: 2026/03/03 16:15", "2026-03-03", false},
		{"zone in brackets", "Published: 5 March 2026, 14:30 (CET)", "2026-03-05T14:30:00+01:00", false},
		{"at sign before the clock", "Published: Thursday, March 5th, 2026 @ 4:15pm", "2026-03-05", false},
		{"dash before the clock", "Updated March 5, 2026 — 3:15 PM EST", "2026-03-05T15:15:00-05:00", true},
		{"year glued to the clock, update glued to the zone", "March 2, 20269:15 AM GMTUpdated 3 hours ago", "2026-03-02T09:15:00Z", false},
		{"day-first year glued to a 24-hour clock", "4 June 202514:30 CEST", "2025-06-04T14:30:00+02:00", false},
		{"a region code after the clock", "Tuesday 4 March 2025 09:05, UK", "2025-03-04", false},
		{"capitals stamp words, clocks before the dates", "PUBLISHED: 09:05 EST, 4 March 2025 | UPDATED: 10:00 EST, 4 March 2025", "2025-03-04T09:05:00-05:00", false},
		{"two-digit year", "by Ana Ruiz - 03/04/25 9:05 AM ET", "2025-03-04T09:05:00-05:00", false},
		{"a section after the stamp", "Mar 4, 2025 - Politics & Policy", "2025-03-04", false},
		{"posted by, then the stamp", "Posted by Ruth Okafor on March 3, 2025 at 9:00 am", "2025-03-03", false},
		{"outlet, then the stamp", "Reuters | Sat, Oct 4, 2025, 9:05 PM", "2025-10-04", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := readMeta(tc.line)
			if !m.hasStamp || len(m.stamps) == 0 {
				t.Fatalf("readMeta(%q) found no stamp", tc.line)
			}
			if got := m.stamps[0].format(); got != tc.want {
				t.Errorf("stamp = %q, want %q", got, tc.want)
			}
			if m.stamps[0].updated != tc.updated {
				t.Errorf("updated = %v, want %v", m.stamps[0].updated, tc.updated)
			}
		})
	}
}

// TestNotStamps lists lines that hold a date but are not stamp lines.
func TestNotStamps(t *testing.T) {
	for _, line := range []string{
		"The vote is set for April 8, 2025, at city hall.",
		"Schools closed on Tuesday, Dec. 2.",
		"13/45/2025",
		"Feb 30, 2025",
	} {
		if m := readMeta(line); m.hasStamp {
			t.Errorf("readMeta(%q) took a stamp: %+v", line, m.stamps)
		}
	}
}

func TestRelativeStamps(t *testing.T) {
	day := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	clock := time.Date(2025, 12, 1, 10, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		name, line string
		ref        time.Time
		want       string
	}{
		{"hours against a day stay on the day", "3 hours ago", day, "2025-12-01"},
		{"hours against a clock time", "3 hours ago", clock, "2025-12-01T07:00:00-06:00"},
		{"abbreviated hours", "5 hrs ago", day, "2025-12-01"},
		{"days", "2 days ago", day, "2025-11-29"},
		{"yesterday", "Yesterday", day, "2025-11-30"},
		{"no reference leaves it out", "3 hours ago", time.Time{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := readMeta(tc.line)
			if !m.hasStamp {
				t.Fatalf("readMeta(%q) found no stamp", tc.line)
			}
			if got := m.stamps[0].resolve(tc.ref); got != tc.want {
				t.Errorf("resolve = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBylines reads one byline shape per row.
func TestBylines(t *testing.T) {
	tests := []struct {
		name, line string
		people     []string
		outlet     string
		label      Label
	}{
		{"By", "By Niamh Corcoran", []string{"Niamh Corcoran"}, "", Byline},
		{"capitals", "BY RADEK NOWAK", []string{"Radek Nowak"}, "", Byline},
		{"story by", "Story by Ezinne Marsh", []string{"Ezinne Marsh"}, "", Byline},
		{"honorific", "By Dr. Farida Lomax", []string{"Farida Lomax"}, "", Byline},
		{"two with and", "By Maren Thorsby and Ilya Brandt-Vane", []string{"Maren Thorsby", "Ilya Brandt-Vane"}, "", Byline},
		{"ampersand", "By Caspian Rowe & Ilse Vander", []string{"Caspian Rowe", "Ilse Vander"}, "", Byline},
		{"serial comma", "By Signe Brak, Obinna Park, and Yu-Ting Chou", []string{"Signe Brak", "Obinna Park", "Yu-Ting Chou"}, "", Byline},
		{"bar outlet", "Farah Whitby | Tidewater Examiner", []string{"Farah Whitby"}, "Tidewater Examiner", Byline},
		{"en dash outlet", "Ravi Thackeray – Granary Business News", []string{"Ravi Thackeray"}, "Granary Business News", Byline},
		{"comma outlet", "Noor Abboud, Circuit Weekly", []string{"Noor Abboud"}, "Circuit Weekly", Byline},
		{"comma outlet of two plain words", "Ravi Patel, Harbor Light", []string{"Ravi Patel"}, "Harbor Light", Byline},
		{"job title after comma", "By Juniper Okoro-Tait, Arts Reporter", []string{"Juniper Okoro-Tait"}, "", Byline},
		{"job title, no By", "Gideon Akintola, Transport Correspondent", []string{"Gideon Akintola"}, "", Byline},
		{"role and outlet", "Rugby Correspondent, The Border Register", nil, "The Border Register", Role},
		{"bare name", "Kirra Donnelly", []string{"Kirra Donnelly"}, "", Byline},
		{"outlet as author", "By the Associated Press", nil, "Associated Press", Byline},
		{"medium style", "Ana Ruiz · Follow · 5 min read · Mar 3, 2026", []string{"Ana Ruiz"}, "", Byline},
		{"account label", "Staff", nil, "", Account},
		{"person and agency", "By Ana Ruiz and The Associated Press", []string{"Ana Ruiz"}, "The Associated Press", Byline},
		{"capitals with a job title after a bar", "BY ANA RUIZ | ARTS CRITIC", []string{"Ana Ruiz"}, "", Byline},
		{"special to", "By Kenji Mori, Special to the Tribune", []string{"Kenji Mori"}, "Tribune", Byline},
		{"stamp then by", "Posted on March 4, 2026 by Greta Holm", []string{"Greta Holm"}, "", Byline},
		{"of the outlet", "By Ana Ruiz and Ben Cole of the Harbour Courier", []string{"Ana Ruiz", "Ben Cole"}, "Harbour Courier", Byline},
		{"desk label", "Politics Desk", nil, "", Account},
		{"guest column by", "Guest column by Tomasz Wierzba", []string{"Tomasz Wierzba"}, "", Byline},
		{"an analysis by", "An analysis by Oona Halloran", []string{"Oona Halloran"}, "", Byline},
		{"review by", "Review by Priya Venkat", []string{"Priya Venkat"}, "", Byline},
		{"story and photos by", "Story and photos by Elif Demir", []string{"Elif Demir"}, "", Byline},
		{"reporting and editing credits on one line", "Reporting by Ines Moreau; Editing by Carl Brandt", []string{"Ines Moreau"}, "", Byline},
		{"writing and fact-checking credits", "Writing by Ines Moreau; Fact-checking by Carl Brandt", []string{"Ines Moreau"}, "", Byline},
		{"capitals name glued to a wire's name", "By MARTA SOLIS Associated Press", []string{"Marta Solis"}, "Associated Press", Byline},
		{"name glued to an outlet in capitals", "By Marta Solis AFP", []string{"Marta Solis"}, "AFP", Byline},
		{"name glued to an outlet with an outlet's noun", "By Marta Solis Harbour Gazette", []string{"Marta Solis"}, "Harbour Gazette", Byline},
		{"posted by with the stamp after on", "Posted by Ruth Okafor on March 3, 2025 at 9:00 am", []string{"Ruth Okafor"}, "", Byline},
		{"by with the stamp after a comma", "By Ruth Okafor, June 4, 2025", []string{"Ruth Okafor"}, "", Byline},
		{"wire name before the stamp", "Reuters | Sat, Oct 4, 2025, 9:05 PM", nil, "Reuters", Stamp},
		{"outlet with an outlet's noun before the stamp", "Harbour Gazette · 12 May 2025", nil, "Harbour Gazette", Stamp},
		{"section label before the stamp names no outlet", "Markets | May 3, 2025", nil, "", Stamp},
		{"an acronym before the stamp is the outlet", "BBC | May 3, 2025", nil, "BBC", Stamp},
		{"name in the place filed from", "Marta Solis in Stornoway", []string{"Marta Solis"}, "", Byline},
		{"two names each with a place", "By Marta Solis in Oslo and Ben Cole in New York", []string{"Marta Solis", "Ben Cole"}, "", Byline},
		{"reporting from a place", "Reporting from Stornoway, Scotland", nil, "", Role},
		{"name repeated before the byline", "Marta Solis By Marta Solis Fox News", []string{"Marta Solis"}, "Fox News", Byline},
		{"three names split by commas", "By Ines Moreau, Carl Brandt, Li Wei", []string{"Ines Moreau", "Carl Brandt", "Li Wei"}, "", Byline},
		{"name, outlet and stamp split by dots and a bar", "Ines Moreau · Harbour News · Posted: Mar 04, 2025 9:05 AM EST | Last Updated: 2 hours ago", []string{"Ines Moreau"}, "Harbour News", Byline},
		{"capitals name for an outlet in capitals", "By ANA RUIZ FOR HARBOURONLINE", []string{"Ana Ruiz"}, "HARBOURONLINE", Byline},
		{"staff reports in place of a person", "By Staff Reports", nil, "", Account},
		{"an editorial board", "By The Editorial Board", nil, "", Account},
		{"staff and agencies", "Staff and agencies", nil, "", Account},
		{"lower-case by, a dash and a stamp with a two-digit year", "by Ana Ruiz - 03/04/25 9:05 AM ET", []string{"Ana Ruiz"}, "", Byline},
		{"a follow button pasted onto the name", "By Ana Ruiz Follow", []string{"Ana Ruiz"}, "", Byline},
		{"a tab between the byline and the stamp", "By Ana Ruiz\tMarch 4, 2025", []string{"Ana Ruiz"}, "", Byline},
		{"words with a colon", "Words: Ana Ruiz", []string{"Ana Ruiz"}, "", Byline},
		{"outlet after a spaced slash", "By Ana Ruiz / Harbour News", []string{"Ana Ruiz"}, "Harbour News", Byline},
		{"outlet in brackets", "By Ana Ruiz (Harbour News)", []string{"Ana Ruiz"}, "Harbour News", Byline},
		{"agency in brackets, no By", "Ana Ruiz (Reuters)", []string{"Ana Ruiz"}, "Reuters", Byline},
		{"a degree after the name", "By Ana Ruiz, Ph.D.", []string{"Ana Ruiz"}, "", Byline},
		{"an outlet's staff", "By Harbour News Staff", nil, "Harbour News", Byline},
		{"the lead-in glued to the name", "ByAna Ruiz, Senior Reporter", []string{"Ana Ruiz"}, "", Byline},
		{"a desk's role under the name", "Local Democracy Reporter", nil, "", Account},
		{"reporting credits with places", "Reporting by Ines Moreau in Lima; Editing by Carl Brandt", []string{"Ines Moreau"}, "", Byline},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := readMeta(tc.line)
			if !m.valid {
				t.Fatalf("readMeta(%q) is not metadata", tc.line)
			}
			if diff := cmp.Diff(tc.people, m.people); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
			if m.outlet != tc.outlet {
				t.Errorf("outlet = %q, want %q", m.outlet, tc.outlet)
			}
			if got := m.label(); got != tc.label {
				t.Errorf("label = %v, want %v", got, tc.label)
			}
		})
	}
}

// TestNotBylines lists head lines that look a little like bylines but are not.
func TestNotBylines(t *testing.T) {
	for _, line := range []string{
		"Trump and Putin",
		"Share This Article",
		"The council voted on Monday.",
		"March Madness",
		"Stung by Killer Bees",
		"Hit by Storm Ciaran, Towns Count the Cost",
	} {
		if m := readMeta(line); m.valid && len(m.people) > 0 {
			t.Errorf("readMeta(%q) took people %v", line, m.people)
		}
	}
}

func TestBadges(t *testing.T) {
	for line, want := range map[string]int{
		"4 min read": 4, "Read time: 5 min": 5, "Estimated reading time: 7 minutes": 7,
		"3-minute read": 3, "5 Min Read": 5, "6 mins read": 6, "Reading Time: 2 Minutes": 2,
		"🕒 4 min read": 4, "8 minute read": 8, "Read in 4 minutes": 4, "A 4-minute read": 4, "⏱ 6 min": 6, "4 minutes to read": 4, "Time to read: 3 min": 3,
	} {
		if m := readMeta(line); m.minutes != want {
			t.Errorf("readMeta(%q).minutes = %d, want %d", line, m.minutes, want)
		}
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct {
		line, rest, agency string
		month, day         int
	}{
		{"WASHINGTON (AP) — The Senate voted.", "The Senate voted.", "AP", 0, 0},
		{"WELLINGTON, March 6 (Northgate Wire) - Parliament voted.", "Parliament voted.", "Northgate Wire", 3, 6},
		{"DULUTH, Minn. — Snow fell.", "Snow fell.", "", 0, 0},
		{"BREGENZ — She won.", "She won.", "", 0, 0},
		{"CANBERRA, Australia (AP)_ The vote passed.", "The vote passed.", "AP", 0, 0},
		{"HAVANA (AP) --", "", "AP", 0, 0},
		{"NEW DELHI: The ministry said no.", "The ministry said no.", "", 0, 0},
		{"Washington (CNN) — The Senate voted.", "The Senate voted.", "CNN", 0, 0},
		{"London (Reuters) – Prices rose.", "Prices rose.", "Reuters", 0, 0},
		{"Washington CNN —", "", "CNN", 0, 0},
		{"Cape Town, South Africa (AFP) -- The rains came.", "The rains came.", "AFP", 0, 0},
		{"HULL, England, March 4, 2025 /PRNewswire/ -- Harbour Tech announced an app.", "Harbour Tech announced an app.", "PRNewswire", 3, 4},
	}
	for _, tc := range tests {
		d, ok := findDateline(tc.line)
		if !ok {
			t.Errorf("findDateline(%q) found none", tc.line)
			continue
		}
		if rest := tc.line[d.end:]; rest != tc.rest || d.agency != tc.agency || d.month != tc.month || d.day != tc.day {
			t.Errorf("findDateline(%q) = rest %q agency %q %d/%d", tc.line, rest, d.agency, d.month, d.day)
		}
	}
	for _, line := range []string{"U.S. officials - who spoke on Monday - said no.", "I — for one — disagree.", "The mayor — a former nurse — won.", "UPDATE: The road has reopened.", "BREAKING NEWS: Polls close.", "RAMOS: Secretary, what happened?", "Breaking News (AP) — polls close", "The mayor (a Democrat) - who won - spoke."} {
		if _, ok := findDateline(line); ok {
			t.Errorf("findDateline(%q) took a dateline", line)
		}
	}
}

func TestOutlets(t *testing.T) {
	for line, want := range map[string]string{
		"© 2025 Ashgrove Standard. All rights reserved.": "Ashgrove Standard",
		"Copyright © 2025 Granary Business News Ltd":     "Granary Business News",
		"© Stourleigh Chronicle 2025":                    "Stourleigh Chronicle",
		"Copyright 2026 Coastline Public Radio":          "Coastline Public Radio",
	} {
		if got := copyrightOutlet(line); got != want {
			t.Errorf("copyrightOutlet(%q) = %q, want %q", line, got, want)
		}
	}
	for line, want := range map[string]string{
		"Get the Northgate Wire morning briefing":      "Northgate Wire",
		"Sign up to the Beacon’s transport newsletter": "Beacon",
		"Get the cycling newsletter. Sign up here.":    "",
	} {
		if got := promptOutlet(line); got != want {
			t.Errorf("promptOutlet(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestHeadlineParts takes section labels and outlets' names off headlines.
func TestHeadlineParts(t *testing.T) {
	tests := []struct {
		name, line, title, outlet string
	}{
		{"section label before a bar", "Opinion | Why the port needs a breakwater", "Why the port needs a breakwater", ""},
		{"capital label before a bar", "ANALYSIS | Fees are not done rising", "Fees are not done rising", ""},
		{"a label in sentence case before a bar", "Harbour strike | Talks resume on Monday", "Talks resume on Monday", ""},
		{"outlet after a bar", "Port fees rise again | The Harbour Gazette", "Port fees rise again", "The Harbour Gazette"},
		{"outlet after a dash", "Port fees rise again – Harbour News", "Port fees rise again", "Harbour News"},
		{"a kicker with a colon stays", "Exclusive: Port to cut 300 jobs", "Exclusive: Port to cut 300 jobs", ""},
		{"a dash inside the headline stays", "Port fees rise – and rise again", "Port fees rise – and rise again", ""},
		{"a short headline after a bar stays whole", "Ports | Fees rise", "Ports | Fees rise", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, outlet := headlineParts(tc.line)
			if title != tc.title || outlet != tc.outlet {
				t.Errorf("headlineParts(%q) = %q, %q; want %q, %q", tc.line, title, outlet, tc.title, tc.outlet)
			}
		})
	}
}
