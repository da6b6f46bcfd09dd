package debris

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelineRe is a dateline at the start of the first paragraph: an upper-case place, an
// optional region, an optional date, an optional agency in brackets, then a dash. It covers
// "WASHINGTON (AP) — ", "WELLINGTON, March 6 (Northgate Wire) - ", "DULUTH, Minn. — ",
// a press release's "NEW YORK, March 4, 2025 /PRNewswire/ -- ",
// "BREGENZ — ", "CANBERRA, Australia (AP)_ ", "HAVANA (AP) --", "MIAMI _".
var datelineRe = regexp.MustCompile(`^(?P<place>\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:[\s\x{00a0}]+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,3})` +
	`(?:,[\s\x{00a0}]*(?P<region>\p{Lu}[\p{L}.\-]*(?:[\s\x{00a0}]+\p{Lu}[\p{L}.\-]*){0,2}))??` +
	`(?:,[\s\x{00a0}]*(?P<date>(?i:` + monthPattern + `)[\s\x{00a0}]+\d{1,2})(?:,?[\s\x{00a0}]+(?P<year>\d{4}))?)?` +
	`(?:[\s\x{00a0}]*\((?P<agency>[^()]{1,40})\)|[\s\x{00a0}]*/(?P<wire>[^/]{2,40})/)?` +
	`[\s\x{00a0}]*(?P<dash>—|–|--|-|_|:)(?:[\s\x{00a0}]+|$)`)

// agencyDatelineRe is a dateline whose place is in normal case, made sure by the agency
// after it and a long dash: "Washington (CNN) — ", "London (Reuters) – ", "Washington CNN
// —" alone on its line, "Paris, France (AFP) -- ".
var agencyDatelineRe = regexp.MustCompile(`^(?P<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:[\s\x{00a0}]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})` +
	`(?:,[\s\x{00a0}]*(?P<region>\p{Lu}[\p{L}.\-]*(?:[\s\x{00a0}]+\p{Lu}[\p{L}.\-]*){0,2}))?` +
	`[\s\x{00a0}]*(?:\((?P<agency>\p{Lu}[\p{L}&.' ]{1,30})\)|[\s\x{00a0}](?P<bare>\p{Lu}{2,6}))` +
	`[\s\x{00a0}]*(?:—|–|--)(?:[\s\x{00a0}]+|$)`)

// dateline is a dateline found at the start of a paragraph.
type dateline struct {
	end          int // byte offset where the paragraph's own text starts
	agency       string
	month, day   int
	year         int // 0 when the dateline gives none
	hasDate      bool
	wholeLineCut bool
}

// findDateline returns the dateline at the start of s. A place alone before a hyphen is
// not enough ("U.S. officials - ..."): a bare place needs a dash that is not a hyphen, or a
// date or an agency with it.
func findDateline(s string) (dateline, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return dateline{}, false
	}
	m := datelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return agencyDateline(s)
	}
	get := func(name string) string {
		i := datelineRe.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	place := get("place")
	letters := 0
	for _, r := range place {
		if r >= 'A' && r <= 'Z' || r > 127 {
			letters++
		}
	}
	if letters < 2 {
		return dateline{}, false
	}
	d := dateline{end: m[1], agency: strings.TrimSpace(get("agency"))}
	if date := get("date"); date != "" {
		f := strings.Fields(date)
		d.month, d.day, d.hasDate = monthNumber(f[0]), atoi(f[len(f)-1]), true
		d.year = atoi(get("year"))
	}
	if d.agency == "" {
		d.agency = strings.TrimSpace(get("wire"))
	}
	if get("dash") == "-" && d.agency == "" && !d.hasDate && get("region") == "" {
		return dateline{}, false
	}
	// "NEW DELHI: The ministry said…" and "KOCHI, Kerala: …" are datelines; "UPDATE: …" and
	// a transcript's "RAMOS: …" are not, so a colon needs two words, a region or an agency.
	if get("dash") == ":" && (kickerLine(place) || words(place) < 2 && get("region") == "" && d.agency == "" && !d.hasDate) {
		return dateline{}, false
	}
	// A one-word capitalised start such as "I —" or "A —" is a sentence, not a place.
	if words(place) == 1 && len(place) < 3 {
		return dateline{}, false
	}
	d.wholeLineCut = strings.TrimSpace(s[m[1]:]) == ""
	return d, true
}

// agencyDateline reads the datelines of agencyDatelineRe. The agency in brackets may be any
// name; a bare one is in capitals ("CNN").
func agencyDateline(s string) (dateline, bool) {
	m := agencyDatelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return dateline{}, false
	}
	agency := ""
	for _, name := range []string{"agency", "bare"} {
		if i := agencyDatelineRe.SubexpIndex(name); m[2*i] >= 0 {
			agency = strings.TrimSpace(s[m[2*i]:m[2*i+1]])
		}
	}
	place := s[m[2]:m[3]]
	if kickerLine(place) || agency == "" {
		return dateline{}, false
	}
	return dateline{end: m[1], agency: agency, wholeLineCut: strings.TrimSpace(s[m[1]:]) == ""}, true
}
