// Package debris reads a plain-text paste of an article: it tells the headline, bylines,
// stamps, badges, captions and page chrome from the body, and takes the article's metadata
// from them.
//
// Classify gives each line a Label from its shape and its place: what stands above the
// body (section labels, mastheads, breadcrumbs, the headline, the dek, bylines, role and
// account labels, stamps, badges), what interrupts it (ads, captions and credits, links,
// pull quotes) and what follows it (share bars, tags, comments, related links, newsletter
// prompts, author notes, copyright lines). The rules describe shapes that many sites share,
// not phrases of one site; each names the shapes it covers. Parse reads the labelled lines
// into a Page: bylines give the authors and the outlet, stamps the publication and update
// dates, badges the reading time, and a dateline is cut from the first paragraph.
package debris

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// Parse reads the paste text (UTF-8; "\n", "\r\n" or "\r" line ends) and returns its
// metadata and body. A paste with no headline gives an empty Title; stamps, bylines and
// badges that are absent leave their fields empty.
func Parse(text string, opts Options) Page {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	ls := classify(strings.Split(text, "\n"))
	var page Page
	var outlets struct{ byline, masthead, breadcrumb, agency, copyright, prompt, headline string }
	var published, modified []stamp
	var lede *dateline
	for i := range ls {
		l := &ls[i]
		switch l.label {
		case Headline:
			if page.Title == "" {
				page.Title, outlets.headline = headlineParts(l.text)
			}
		case Dek:
			if page.Description == "" {
				page.Description = l.text
			}
		case Byline, Role, Account, Stamp, Badge:
			for _, p := range l.meta.people {
				page.Authors = addPerson(page.Authors, p)
			}
			if outlets.byline == "" {
				outlets.byline = l.meta.outlet
			}
			for _, st := range l.meta.stamps {
				if st.updated {
					modified = append(modified, st)
				} else {
					published = append(published, st)
				}
			}
			if page.ReadingTimeMinutes == 0 {
				page.ReadingTimeMinutes = l.meta.minutes
			}
		case Masthead:
			if outlets.masthead == "" {
				outlets.masthead = normalCase(l.text)
			}
		case Breadcrumb:
			if outlets.breadcrumb == "" {
				outlets.breadcrumb = breadcrumbOutlet(l.text)
			}
		case Chrome:
			if copyrightRe.MatchString(l.text) && outlets.copyright == "" {
				outlets.copyright = copyrightOutlet(l.text)
			} else if promptRe.MatchString(l.text) && outlets.prompt == "" {
				outlets.prompt = promptOutlet(l.text)
			}
		}
		if l.hasDateline {
			if lede == nil {
				lede = &l.dateline
			}
			if outlets.agency == "" {
				outlets.agency = l.dateline.agency
			}
		}
	}
	for _, name := range []string{outlets.byline, outlets.masthead, outlets.breadcrumb, outlets.agency, outlets.copyright, outlets.prompt, outlets.headline} {
		if name != "" && !isAuthor(page.Authors, name) {
			page.Source = &article.Source{Name: name}
			break
		}
	}
	page.Published = firstStamp(published, opts.Reference)
	page.Modified = firstStamp(modified, opts.Reference)
	if page.Published == "" && lede != nil && lede.hasDate {
		page.Published = datelineDate(*lede, modified, opts.Reference)
	}
	page.Paragraphs = paragraphs(ls)
	return page
}

// paragraphs returns the body lines, the dateline cut from the first. A block of lines
// broken at a fixed width (most lines ending inside a sentence) is one paragraph; so is a
// line that goes on, in lower case, on the next line of its block.
func paragraphs(ls []line) []string {
	var out []string
	for i := 0; i < len(ls); {
		if ls[i].label != Body {
			i++
			continue
		}
		j := i
		var run []string
		for ; j < len(ls) && ls[j].label == Body && ls[j].block == ls[i].block; j++ {
			t := ls[j].text
			if ls[j].hasDateline {
				t = strings.TrimSpace(t[ls[j].dateline.end:])
			}
			if t != "" {
				run = append(run, t)
			}
		}
		if wrapped(run) {
			out = append(out, strings.Join(run, " "))
		} else {
			for k, t := range run {
				r, _ := utf8.DecodeRuneInString(t)
				if k > 0 && unicode.IsLower(r) && !endsSentence(run[k-1]) && words(run[k-1]) >= 6 {
					out[len(out)-1] += " " + t
				} else {
					out = append(out, t)
				}
			}
		}
		i = j
	}
	return out
}

// wrapped reports whether lines are one paragraph broken at a fixed width: three or more
// lines, no list items, and most of them (the last aside) ending inside a sentence.
func wrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	open := 0
	for k, t := range lines {
		if startsBullet(t) {
			return false
		}
		if k < len(lines)-1 {
			if utf8.RuneCountInString(t) < 30 {
				return false
			}
			if !endsSentence(t) {
				open++
			}
		}
	}
	return 2*open >= len(lines)-1
}

// firstStamp writes the first stamp that resolves: an absolute one as it is, a relative one
// against ref.
func firstStamp(stamps []stamp, ref time.Time) string {
	for _, st := range stamps {
		if !st.isRelative {
			return st.format()
		}
		if s := st.resolve(ref); s != "" {
			return s
		}
	}
	return ""
}

// datelineDate writes a dateline's date: its own year ("NEW YORK, March 4, 2025"), or a
// month and day ("WELLINGTON, March 6") completed with the year of an update stamp or of
// the reference date. Without a year it gives "".
func datelineDate(d dateline, modified []stamp, ref time.Time) string {
	year := d.year
	for _, st := range modified {
		if !st.isRelative && year == 0 {
			year = st.year
			break
		}
	}
	if year == 0 && !ref.IsZero() {
		year = ref.Year()
	}
	if year == 0 || d.day < 1 || d.day > daysIn(year, d.month) {
		return ""
	}
	return stamp{year: year, month: d.month, day: d.day}.format()
}

func addPerson(people []article.Person, name string) []article.Person {
	if isAuthor(people, name) {
		return people
	}
	return append(people, article.Person{Name: name})
}

func isAuthor(people []article.Person, name string) bool {
	for _, p := range people {
		if strings.EqualFold(p.Name, name) {
			return true
		}
	}
	return false
}

// headlineParts takes a section label off the front of a headline and the outlet's name
// off its end. "Opinion | Why the new bus lanes are working", "ANALYSIS | Rates are not
// done yet", "Russia-Ukraine war | Talks resume in Geneva" give the headline after the
// bar: the label is one to three words with a capital first and no digit, and the
// headline after it at least three words. "Council approves budget | The
// Harbour Gazette" and "Council approves budget – Harbour News" give the headline before
// the bar or dash and the outlet, a name with an outlet's noun. A colon is kept
// ("Exclusive: Airline to cut jobs" is the headline as the page prints it).
func headlineParts(t string) (title, outlet string) {
	title = t
	if i := strings.LastIndex(title, " | "); i > 0 {
		if head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+3:]); words(head) >= 3 && isOutletName(tail) && hasOutletWord(tail) {
			title, outlet = head, tail
		}
	} else if loc := headlineDashRe.FindStringSubmatchIndex(title); loc != nil {
		if head, tail := title[:loc[0]], title[loc[2]:]; words(head) >= 3 && isOutletName(tail) && hasOutletWord(tail) {
			title, outlet = head, tail
		}
	}
	label, rest, ok := strings.Cut(title, " | ")
	if first, _ := utf8.DecodeRuneInString(label); !ok || strings.Contains(rest, " | ") || words(label) > 3 || words(rest) < 3 ||
		strings.ContainsAny(label, "0123456789.!?:;\"“”") || !unicode.IsUpper(first) {
		return title, outlet
	}
	return strings.TrimSpace(rest), outlet
}

// headlineDashRe finds the last words of a headline after a spaced dash: "… – Harbour
// News".
var headlineDashRe = regexp.MustCompile(`\s+[–—-]\s+([^–—]+)$`)

// normalCase writes an all-capitals name in normal capitalisation; other text is kept.
func normalCase(s string) string {
	if strings.ContainsFunc(s, unicode.IsLower) {
		return s
	}
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = titleWord(w)
	}
	return strings.Join(f, " ")
}

// breadcrumbOutlet is the first step of a trail when it names the outlet, not a generic
// step: "Kettlewell Mercury › News" gives "Kettlewell Mercury"; "Home › News" gives "".
func breadcrumbOutlet(t string) string {
	first := strings.TrimSpace(breadcrumbSplitRe.Split(t, 2)[0])
	if commonWords[strings.ToLower(first)] || kickerLine(first) || !isOutletName(first) {
		return ""
	}
	return first
}

var breadcrumbSplitRe = regexp.MustCompile(`\s+[›»>/|]\s+`)

// copyrightParts takes the holder out of a copyright line: "© 2025 Ashgrove Standard. All
// rights reserved." gives "Ashgrove Standard"; "Copyright © 2025 Granary News Ltd" gives
// "Granary News"; "© Stourleigh Chronicle 2025" gives "Stourleigh Chronicle".
var (
	copyrightLeadRe = regexp.MustCompile(`(?i)^(?:copyright|©|\(c\)|\s|\d{4}(?:\s*[-–]\s*\d{4})?|,)+`)
	copyrightTailRe = regexp.MustCompile(`(?i)(?:[.,]?\s*all rights reserved\.?|[.,]?\s*\d{4}\s*)+$`)
	companySuffixRe = regexp.MustCompile(`(?i)[,]?\s+(?:ltd|limited|llc|inc|plc|corp|corporation|co|gmbh|s\.a|pty)\.?$`)
)

func copyrightOutlet(t string) string {
	s := copyrightLeadRe.ReplaceAllString(t, "")
	s = copyrightTailRe.ReplaceAllString(s, "")
	s = strings.TrimRight(companySuffixRe.ReplaceAllString(strings.TrimSpace(s), ""), ". ")
	if !isOutletName(s) {
		return ""
	}
	return s
}

// promptOutlet takes the outlet from a sign-up prompt: the capitalised words right after
// "the". "Get the Northgate Wire morning briefing" gives "Northgate Wire"; "Sign up to the
// Beacon’s transport newsletter" gives "Beacon"; "Get the markets newsletter" gives "".
func promptOutlet(t string) string {
	_, rest, ok := strings.Cut(t, " the ")
	if !ok {
		return ""
	}
	var name []string
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		base := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		name = append(name, strings.TrimRight(base, ".,:;"))
		if base != w || len(name) == 4 {
			break
		}
	}
	return strings.Join(name, " ")
}
