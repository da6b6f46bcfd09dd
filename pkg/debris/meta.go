package debris

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// meta is what one line of the head of a paste says: people, an outlet, stamps, a badge.
type meta struct {
	people  []string
	outlet  string
	stamps  []stamp
	minutes int // reading time from a badge
	// strong is set when the line has a shape nothing else has: a "By" prefix, a stamp or a
	// badge. Weak lines (a bare name, "Name, Outlet", "Role, Outlet", "Staff") count as
	// metadata only beside strong ones or right under a headline.
	strong                    bool
	byline, role, account     bool
	hasStamp, hasBadge, valid bool
}

// label is the line's label when it is read as metadata.
func (m meta) label() Label {
	switch {
	case m.byline:
		return Byline
	case m.hasStamp:
		return Stamp
	case m.hasBadge:
		return Badge
	case m.role:
		return Role
	case m.account:
		return Account
	}
	return Body
}

// segmentRe splits a line that strings its metadata together with bullets, middle dots,
// bars, spaced slashes, semicolons or tabs: "By Ana Ruiz • April 8, 2025 • 4 min read",
// "Ana Ruiz | The Courier", "Ana Ruiz / Staff Writer", "Reporting by Ana Ruiz; Editing by
// Li Wei", "By Ana Ruiz<TAB>May 3, 2025".
var segmentRe = regexp.MustCompile(`\s+[•·|—–/]\s+|\s*[•·\t]\s*|\s*;\s+`)

// stampByRe finds a byline after a stamp: "\x000\x00 by Ana Ruiz".
var stampByRe = regexp.MustCompile(`(\x00\d+\x00)\s+by\s+`)

// uiSegmentRe is a button that shares a line with a byline: "Follow", "Share", "Save",
// "Listen".
var uiSegmentRe = regexp.MustCompile(`(?i)^(?:follow|share|save|listen|subscribe|gift|print|\+ follow)$`)

// handleRe is a social handle after a name: "@anaruiz".
var handleRe = regexp.MustCompile(`\s*\(?@\w+\)?`)

// emailRe is an e-mail address alone in a segment: "ana@courier.example".
var emailRe = regexp.MustCompile(`^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`)

// dashRe splits "Name – Outlet" and "Name — Outlet": a dash with space on both sides.
var dashRe = regexp.MustCompile(`\s+[–—-]{1,2}\s+`)

// badgeRe reads a reading-time badge: "4 min read", "5 Min Read", "6 mins read",
// "3-minute read", "Read time: 5 min", "Estimated reading time: 7 minutes",
// "Reading Time: 2 Minutes", "🕒 4 min read", "5 minute read time", "Read in 4 minutes",
// "A 4-minute read".
var badgeRe = regexp.MustCompile(`(?i)^[^\p{L}\p{N}\s][^\p{L}\p{N}]*(\d{1,3})\s*(?:min|mins|minutes?)\.?$|^[^\p{L}\p{N}]*(?:an?\s+)?(?:(?:(?:estimated\s+)?(?:read(?:ing)?|listen(?:ing)?)(?:\s+time|\s+in)?|time to read)\s*:?\s*(\d{1,3})\s*(?:-\s*)?(?:min|mins|minutes?)\.?|(\d{1,3})\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+(?:read|reading|read time|reading time|listen|to read))\s*$`)

// writingNouns name a piece of writing or its making, the X of an "X by" byline.
var writingNouns = []string{"story", "stories", "words", "written", "writing", "text", "article",
	"reporting", "report", "posted", "column", "analysis", "commentary", "essay", "review",
	"interview", "editorial", "feature", "dispatch", "explainer", "letter", "blog", "post",
	"piece", "opinion", "op-ed", "profile", "obituary", "recap", "preview"}

// bylinePrefixRe is the lead-in of a byline: "By", "BY", "Author:", "Words:", and any "X
// by" whose X names a piece of writing or its making: "Story by", "Words by", "Written
// by", "Posted by", "Reporting by", "Guest column by", "An analysis by", "News analysis
// by", "Review by", "Story and photos by".
var bylinePrefixRe = regexp.MustCompile(`(?i)^(?:(?:(?:an?|the|guest|special|news|staff|weekly|opinion|video|photo)\s+)?` +
	`(?:` + strings.Join(writingNouns, "|") + `)` +
	`(?:\s+(?:and|&)\s+(?:photos?|photographs?|pictures?|video|images?|graphics?|illustrations?|reporting))?\s+)?by:?\s+|^(?:authors?|byline|writers?|words|text|story|reporting|by)\s*:\s*`)

// honorificRe is a title in front of a name, which authors are given without: "Dr.",
// "Prof.", "Mr.".
var honorificRe = regexp.MustCompile(`^(?i:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|fr|sr|sra)\.?\s+`)

// roleWords are the head nouns of job titles and desk labels: a piece of a byline holding
// one of them is a role ("Arts Reporter", "Transport Correspondent", "Politics Desk"), and
// a line made of them alone is an account label ("Editor", "Staff", "Contributor").
var roleWords = map[string]bool{
	"reporter": true, "correspondent": true, "editor": true, "writer": true,
	"columnist": true, "critic": true, "contributor": true, "staff": true, "desk": true,
	"producer": true, "journalist": true, "bureau": true, "team": true, "newsroom": true,
	"photographer": true, "presenter": true, "host": true, "anchor": true,
	"commentator": true, "blogger": true, "intern": true, "fellow": true, "author": true,
	"admin": true, "administrator": true, "moderator": true, "guest": true, "chief": true,
	"contributing": true, "senior": true, "editors": true, "writers": true,
	"reporters": true, "correspondents": true, "analyst": true, "researcher": true,
	"phd": true, "md": true, "ph.d.": true, "m.d.": true,
}

// deskWords name a group rather than a person's job: "Politics Desk", "Metro Team".
var deskWords = map[string]bool{
	"desk": true, "bureau": true, "team": true, "newsroom": true, "staff": true,
	"editors": true, "writers": true, "reporters": true, "correspondents": true,
}

// outletWords are the nouns newspaper, agency and broadcaster names are made of. They tell
// "Name, Circuit Weekly" (an outlet) from a second author, and a masthead from a section.
var outletWords = map[string]bool{
	"times": true, "post": true, "news": true, "herald": true, "chronicle": true,
	"telegraph": true, "gazette": true, "journal": true, "tribune": true, "standard": true,
	"examiner": true, "mercury": true, "register": true, "press": true, "wire": true,
	"daily": true, "weekly": true, "record": true, "courier": true, "observer": true,
	"guardian": true, "star": true, "sun": true, "mail": true, "express": true,
	"review": true, "bulletin": true, "independent": true, "radio": true,
	"television": true, "tv": true, "today": true, "network": true, "media": true,
	"magazine": true, "monitor": true, "dispatch": true, "sentinel": true, "enquirer": true,
	"inquirer": true, "advertiser": true, "argus": true, "beacon": true, "echo": true,
	"globe": true, "ledger": true, "mirror": true, "messenger": true, "digest": true,
	"insider": true, "agency": true, "broadcasting": true, "online": true, "report": true,
	"voice": true, "citizen": true, "statesman": true, "leader": true, "sentinel-news": true,
}

// readMeta reads one line as head metadata. valid is false when any part of the line is
// not metadata.
func readMeta(line string) meta {
	var m meta
	if len(line) > 4*maxMetaRunes && utf8.RuneCountInString(line) > maxMetaRunes {
		return m
	}
	// NUL marks the stamps cut out below, so a NUL of the input is a space here.
	s := line
	if strings.ContainsAny(s, "\x00\u00a0") {
		s = spaceReplacer().Replace(s)
	}
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxMetaRunes {
		return m
	}
	if wordy(s) {
		return m
	}
	// "By Ana Ruiz Follow": a follow button pasted onto the name.
	if t, ok := strings.CutSuffix(s, " Follow"); ok {
		s = strings.TrimSuffix(strings.TrimSpace(t), " +")
	}
	s = unglueStamp(s)
	s = cutRepeatedName(s)
	// "ByAna Ruiz": the lead-in glued to the name.
	if len(s) > 4 && s[:2] == "By" && 'A' <= s[2] && s[2] <= 'Z' && 'a' <= s[3] && s[3] <= 'z' {
		s = "By " + s[2:]
	}
	stamps, where := findStamps(s)
	// Stamps may run across a separator ("12 Oct 2025 | 19:40 CEST"), so they are cut out
	// of the line before it is split into segments.
	order := make([]int, len(where))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return where[order[a]][0] < where[order[b]][0] })
	var b strings.Builder
	last := 0
	for _, i := range order {
		w := where[i]
		if w[0] < last {
			continue
		}
		b.WriteString(s[last:w[0]])
		b.WriteString("\x00" + strconv.Itoa(i) + "\x00")
		last = w[1]
	}
	b.WriteString(s[last:])
	// "Posted on March 3, 2026 by Ana Ruiz": a byline may follow a stamp after "by".
	line2 := b.String()
	if len(where) > 0 && containsFold(line2, "by") {
		line2 = stampByRe.ReplaceAllString(line2, "$1 | By ")
	}
	segs := []string{line2}
	if strings.ContainsAny(line2, "•·|—–;\t/") {
		segs = segmentRe.Split(line2, -1)
	}
	var prevPeople bool
	bareOutlet := ""
	for i, seg := range segs {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if uiSegmentRe.MatchString(seg) && len(segs) > 1 {
			continue
		}
		if strings.Contains(seg, "@") {
			// "Ana Ruiz | ana@courier.example": the writer's address beside the name.
			if emailRe.MatchString(seg) {
				continue
			}
			seg = strings.TrimSpace(handleRe.ReplaceAllString(seg, ""))
		}
		if seg == "" {
			continue
		}
		if strings.Contains(seg, "\x00") {
			if stampSegment(seg, stamps, &m) {
				continue
			}
			// "Mar 4, 2025 - Politics & Policy": a stamp, a dash and the section.
			if st, section, ok := strings.Cut(seg, " - "); ok && strings.HasSuffix(st, "\x00") && isOutletName(section) && words(section) <= 4 && stampSegment(st, stamps, &m) {
				continue
			}
			// "Posted by Ana Ruiz on March 3, 2025": a byline, then its stamp.
			by, st, ok := cutStampTail(seg)
			if !ok || !stampSegment(st, stamps, &m) {
				return meta{}
			}
			seg = by
		}
		// "Updated 4:30 PM" beside a dated stamp, or alone: a stamp with no date of its
		// own, which gives no date.
		if stampWordRe.MatchString(seg) && stampResidue(seg) && (len(m.stamps) > 0 || strings.ContainsAny(seg, "0123456789")) {
			m.hasStamp, m.strong = true, true
			continue
		}
		if g := badge(seg); g != nil {
			n := atoi(g[1] + g[2] + g[3])
			if n > 0 {
				m.minutes, m.hasBadge, m.strong = n, true, true
				continue
			}
		}
		// "Edited by Ben Cole" beside a byline names an editor, not an author; "Reporting
		// by Ana Ruiz; Editing by Ben Cole" names the author first.
		if len(segs) > 1 && containsFold(seg, "by") && creditByRe.MatchString(seg) && !bylinePrefixRe.MatchString(seg) {
			continue
		}
		if accountRe.MatchString(seg) {
			m.account, m.strong = true, hasBylinePrefix(seg)
			continue
		}
		if people, outlet, role, ok := readByline(seg); ok {
			m.people = append(m.people, people...)
			if outlet != "" && m.outlet == "" {
				m.outlet = outlet
			}
			m.role = m.role || role
			if len(people) > 0 || (outlet != "" && !role) {
				m.byline = true
				prevPeople = len(people) > 0
			}
			if hasBylinePrefix(seg) {
				m.strong = true
			}
			continue
		}
		// "Reporting from Stornoway, Scotland": where the writer filed from.
		if reportingFromRe.MatchString(seg) {
			m.role = true
			continue
		}
		if isAccountLabel(seg) {
			m.account = true
			continue
		}
		// "Name | Outlet": a capitalised phrase after the names is the outlet.
		if prevPeople && m.outlet == "" && isOutletName(seg) {
			m.outlet = seg
			continue
		}
		// "Reuters | Sat, Oct 4, 2025": an outlet alone before the stamp; "Markets | May 3,
		// 2025": a section label there. Both need the stamp, checked below.
		if i == 0 && isOutletName(seg) && words(seg) <= 5 {
			bareOutlet = seg
			continue
		}
		return meta{}
	}
	if bareOutlet != "" {
		if !m.hasStamp || m.byline || m.role || m.account || m.outlet != "" {
			return meta{}
		}
		// "Reuters", "AFP", "Harbour News" name an outlet; "Climate Crisis" is a section.
		if !sectionLine(bareOutlet) && (hasOutletWord(bareOutlet) || words(bareOutlet) == 1) {
			m.outlet = bareOutlet
		}
	}
	m.valid = m.byline || m.hasStamp || m.hasBadge || m.role || m.account
	return m
}

// cutRepeatedName drops an author's name printed before the byline that repeats it (the
// text of the author's photo): "Ana Ruiz By Ana Ruiz Fox News" gives "By Ana Ruiz Fox
// News". Other lines are kept.
func cutRepeatedName(s string) string {
	i := strings.Index(s, " By ")
	if i < 0 {
		i = strings.Index(s, " BY ")
	}
	if i <= 0 || personName(s[:i]) == "" || !strings.Contains(strings.ToLower(s[i:]), strings.ToLower(s[:i])) {
		return s
	}
	return s[i+1:]
}

// wordy reports whether s has three or more lower-case words that no metadata line holds,
// as a sentence of the body has ("The council voted on Tuesday to close the library"). It
// is the cheap first test of readMeta.
func wordy(s string) bool {
	odd := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		w = strings.TrimRight(w, ".,;:!?)’'\"”")
		if metaWord(w) {
			continue
		}
		if odd++; odd >= 3 {
			return true
		}
	}
	return false
}

// metaWords are the lower-case words metadata lines hold besides names, outlets, roles,
// dates and stamp words: "5 min read", "Posted by", "Story and photos by", "3 hours ago".
var metaWords = map[string]bool{
	"by": true, "and": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"read": true, "reading": true, "time": true, "ago": true, "hour": true, "hours": true,
	"hr": true, "hrs": true, "day": true, "days": true, "week": true, "weeks": true,
	"yesterday": true, "just": true, "now": true, "a.m": true, "p.m": true, "am": true,
	"pm": true, "special": true, "estimated": true, "listen": true, "from": true,
	"photos": true, "editing": true, "additional": true, "follow": true, "via": true, "s": true,
	"guest": true, "news": true,
}

// metaWord reports whether a lower-case word may stand in a metadata line.
func metaWord(w string) bool {
	if metaWords[w] || stampWords[w] || commonWords[w] || nameParticles[w] || roleWords[w] ||
		weekdayWords[w] || isMonthWord(w) || slices.Contains(writingNouns, w) {
		return true
	}
	_, zone := zoneOffsets[w]
	return zone
}

// maxMetaRunes is the longest line read as metadata.
const maxMetaRunes = 200

// spaceReplacer turns NUL and no-break spaces into spaces.
var spaceReplacer = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("\x00", " ", "\u00a0", " ")
})

// Stamps pasted from a page whose parts stood in separate boxes run together: "November
// 14, 20254:32 AM GMTUpdated 2 hours ago" is "November 14, 2025 4:32 AM GMT Updated 2
// hours ago". yearClockRe finds a year glued to a clock time, gluedStampWordRe a stamp
// word glued to the word before it.
var (
	yearClockRe      = regexp.MustCompile(`\b((?:19|20)\d{2})(\d{1,2}[:.]\d{2}\b)`)
	gluedStampWordRe = regexp.MustCompile(`([\p{L}\d.])((?:Last )?(?:Updated|Published|Posted|Modified)\b)`)
)

// unglueStamp puts back the spaces a glued stamp lost; other lines are kept.
func unglueStamp(s string) string {
	if digitRun(s) >= 5 {
		s = yearClockRe.ReplaceAllString(s, "$1 $2")
	}
	if strings.Contains(s, "Updated") || strings.Contains(s, "Published") || strings.Contains(s, "Posted") || strings.Contains(s, "Modified") {
		s = gluedStampWordRe.ReplaceAllString(s, "$1 $2")
	}
	return s
}

// digitRun returns the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// stampTailRe is the word or comma that joins a byline to the stamp after it: "Posted by
// Ana Ruiz on \x000\x00", "By Ana Ruiz, \x000\x00", "Ana Ruiz at \x000\x00".
var stampTailRe = regexp.MustCompile(`(?i)(?:\s+(?:on|at|-)|,)\s*(\x00\d+\x00.*)$`)

// cutStampTail splits a segment into the byline before a stamp and the stamp: "Posted by
// Ana Ruiz on March 3, 2025" (with the stamp cut out as a mark) gives "Posted by Ana Ruiz"
// and the mark. ok is false when the segment has no such shape.
func cutStampTail(seg string) (by, st string, ok bool) {
	loc := stampTailRe.FindStringSubmatchIndex(seg)
	if loc == nil || strings.Contains(seg[:loc[0]], "\x00") {
		return "", "", false
	}
	by = strings.TrimSpace(seg[:loc[0]])
	if people, _, _, ok := readByline(by); !ok || len(people) == 0 {
		return "", "", false
	}
	return by, seg[loc[2]:], true
}

// stampSegment reads a segment holding stamps (as \x00N\x00 marks) and stamp words only:
// "Published: \x000\x00", "Updated \x001\x00", "Published \x000\x00, updated \x001\x00". A stamp
// is an update when an update word stands right before it.
func stampSegment(seg string, stamps []stamp, m *meta) bool {
	rest := seg
	var found []stamp
	for {
		i := strings.IndexByte(rest, 0)
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+1:], 0)
		if j < 0 {
			return false
		}
		n := atoi(rest[i+1 : i+1+j])
		if n < 0 || n >= len(stamps) {
			return false
		}
		st := stamps[n]
		st.updated = updateWordRe.MatchString(rest[:i])
		if !stampResidue(rest[:i]) {
			return false
		}
		found = append(found, st)
		rest = rest[i+1+j+1:]
	}
	if !stampResidue(rest) {
		return false
	}
	m.stamps = append(m.stamps, found...)
	m.hasStamp, m.strong = true, true
	return true
}

// stampResidue reports whether s, the text of a stamp line around its dates, holds stamp
// words only: "Published:", "Updated on", "(CET)", a clock or a date without its year
// ("Updated March 4", "Updated 4:30 PM").
func stampResidue(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		// A region code in capitals after the clock: "09:05, UK".
		if len(w) >= 2 && len(w) <= 3 && allUpperText(w) {
			continue
		}
		w = strings.ToLower(w)
		_, zone := zoneOffsets[w]
		digits := strings.TrimRight(w, "stndrhapm")
		if !stampWords[w] && !zone && !isMonthWord(w) && !weekdayWords[w] && !(digits != "" && len(digits) <= 4 && strings.Trim(digits, "0123456789") == "") &&
			w != "am" && w != "pm" && w != "a" && w != "p" && w != "m" {
			return false
		}
	}
	return true
}

// readByline reads a byline segment: "By Ana Ruiz", "BY ANA RUIZ", "Ana Ruiz and Li Wei",
// "By A, B, and C", "By A & B", "Ana Ruiz – The Courier", "Ana Ruiz, The Courier",
// "Ana Ruiz, Arts Reporter", "Rugby Correspondent, The Border Register". It returns the
// people, the outlet, whether a role was named, and whether the segment is a byline at all.
func readByline(seg string) (people []string, outlet string, role, ok bool) {
	s := strings.TrimSpace(seg)
	if loc := bylinePrefixIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	prefixed := len(s) != len(strings.TrimSpace(seg))
	s = strings.TrimRight(s, " .;")
	if s == "" {
		return nil, "", false, false
	}
	// "By JOHN PEREZ Associated Press", "By Ana Ruiz AFP": a name and the outlet with no
	// separator.
	if prefixed {
		if name, out, byCase := nameThenOutlet(s); name != "" && (byCase || personName(s) == "") {
			return []string{name}, out, false, true
		}
	}
	// "By the Associated Press", "By Reuters", "By Harbour News Staff": an outlet in the
	// author's place.
	if prefixed && personName(cutPlace(s)) == "" && indexFold(s, " for ") < 0 && !strings.ContainsAny(s, ",") && isOutletName(s) && !andRe.MatchString(s) {
		return nil, strings.TrimPrefix(staffSuffixRe.ReplaceAllString(s, ""), "the "), false, true
	}
	var tail []string
	// "By Ana Ruiz (Harbour News)": the outlet in brackets after the names.
	if open := strings.LastIndex(s, " ("); open > 0 && strings.HasSuffix(s, ")") && isOutletName(s[open+2:len(s)-1]) {
		s, tail = s[:open], []string{s[open+2 : len(s)-1]}
	}
	// "By Ana Ruiz, Ph.D.": a degree after the name.
	s = degreeRe.ReplaceAllString(s, "")
	if !strings.ContainsAny(s, "-–—") {
		// no dash: nothing to split
	} else if parts := dashRe.Split(s, -1); len(parts) > 1 {
		s, tail = parts[0], parts[1:]
	}
	// "By Ana Ruiz for The Courier"; without "By", " for " is a headline's word.
	if i := indexFold(s, " for "); i >= 0 && prefixed {
		s, tail = s[:i], append([]string{s[i+5:]}, tail...)
	}
	// "By Ana Ruiz and Ben Cole of the Courier".
	if before, after, found := strings.Cut(s, " of "); found && prefixed && isOutletName(after) && hasOutletWord(after) {
		s, tail = before, append([]string{strings.TrimPrefix(after, "the ")}, tail...)
	}
	pieces := strings.Split(s, ",")
	for i, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		joined := false
		if low := strings.ToLower(p); strings.HasPrefix(low, "and ") || strings.HasPrefix(low, "& ") {
			p = strings.TrimSpace(p[strings.IndexByte(p, ' ')+1:])
			joined = true
		}
		// "Ana Ruiz Environment correspondent": a name and a job title with no comma.
		if name, ok := nameBeforeRole(p); ok {
			people = append(people, name)
			role = true
			continue
		}
		if isRole(p) {
			role = true
			continue
		}
		// "Special to the Tribune": a freelancer's outlet.
		if rest, ok := cutFold(p, "special to "); ok && i > 0 {
			if outlet == "" {
				outlet = strings.TrimPrefix(rest, "the ")
			}
			continue
		}
		names := splitNames(p)
		for j, n := range names {
			names[j] = cutPlace(n)
		}
		allNames := len(names) > 0
		for _, n := range names {
			if personName(n) == "" {
				allNames = false
			}
		}
		// A piece after a comma that is not joined by "and" is an outlet when it is not a
		// second name of an "A, B and C" list: "Noor Abboud-Amari, Circuit Weekly".
		if i > 0 && !joined && len(names) == 1 && isOutletName(p) && (!allNames || hasOutletWord(p) || !listContinues(pieces[i+1:]) && !nameList(pieces)) {
			if outlet == "" {
				outlet = p
			}
			continue
		}
		if !allNames {
			// "By Ana Ruiz and The Associated Press": an outlet among the names.
			var found []string
			for _, n := range names {
				switch {
				case personName(n) != "":
					found = append(found, personName(n))
				case isOutletName(n) && (hasOutletWord(n) || strings.HasPrefix(n, "The ")) && outlet == "":
					outlet = n
				default:
					return nil, "", false, false
				}
			}
			people = append(people, found...)
			continue
		}
		for _, n := range names {
			people = append(people, personName(n))
		}
	}
	for _, t := range tail {
		t = strings.TrimSpace(t)
		for _, p := range strings.Split(t, ",") {
			p = strings.TrimSpace(p)
			switch {
			case p == "":
			case isRole(p):
				role = true
			case isOutletName(p):
				if outlet == "" {
					outlet = p
				}
			default:
				return nil, "", false, false
			}
		}
	}
	if len(people) == 0 && !(role && outlet != "") {
		return nil, "", false, false
	}
	return people, outlet, role, true
}

// nameThenOutlet splits a byline that runs a name into its outlet with no separator: "JOHN
// PEREZ Associated Press", "Ana Ruiz AP", "ANA RUIZ The Courier", "Ana Ruiz Harbour
// Gazette". The name is two to four words; the split falls where the writing changes from
// capitals to mixed case (or back), or before a phrase with an outlet's noun. byCase tells
// the first; a name suffix in capitals ("Ana Ruiz III", "Ana Ruiz JR") is no outlet.
func nameThenOutlet(s string) (name, outlet string, byCase bool) {
	f := strings.Fields(s)
	if len(f) < 3 || strings.ContainsAny(s, ",") || andRe.MatchString(s) || nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		return "", "", false
	}
	// The change of case is the surer sign, so it is tried first; an outlet's noun after
	// the shortest name second ("Jane Doe Harbour Gazette").
	for _, byCase := range []bool{true, false} {
		for i := 2; i <= 4 && i < len(f); i++ {
			head, rest := strings.Join(f[:i], " "), strings.Join(f[i:], " ")
			name := personName(head)
			if name == "" || !isOutletName(rest) || len(f)-i > 5 {
				continue
			}
			if byCase && allUpperText(head) != allUpperText(rest) || !byCase && hasOutletWord(rest) && !hasOutletWord(head) {
				return name, strings.TrimPrefix(rest, "the "), byCase
			}
		}
	}
	return "", "", false
}

// reportingFromRe is a line that says where the writer filed from: "Reporting from
// Stornoway, Scotland", "Writing from Kyiv", "Reported from the Arctic Circle".
var reportingFromRe = newLineRe(`(?i)^(?:reporting|writing|reported|filed|written) from (?:the )?\p{Lu}[\p{L}'’.\-]*(?:[ ,]+\p{Lu}[\p{L}'’.\-]*){0,4}$`)

// cutPlace takes the place off a name: "Ana Ruiz in Stornoway" and "Ana Ruiz in New York"
// give "Ana Ruiz", as bylines that say where the writer is. A name without " in " is kept.
func cutPlace(n string) string {
	name, place, ok := strings.Cut(n, " in ")
	if !ok || personName(name) == "" || words(place) > 3 || !isOutletName(place) {
		return n
	}
	return name
}

// staffSuffixRe is the word that makes an outlet's name an account: "Harbour News Staff".
var staffSuffixRe = regexp.MustCompile(`(?i)\s+(?:staff|staff reports?|editors|desk|newsroom|team)$`)

// degreeRe is a degree after a name: "Ana Ruiz, Ph.D.", "Ana Ruiz MD", "Ana Ruiz, R.N.".
var degreeRe = regexp.MustCompile(`,?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?P\.?H\.?|R\.?N\.?|D\.?O\.?|Esq\.?)$`)

// nameSuffixes end a name: "Ana Ruiz Jr.", "Ana Ruiz III".
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "md": true, "phd": true}

// indexFold is strings.Index for an ASCII lower-case sub, in any case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// cutFold cuts prefix from s, ignoring case.
func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// listContinues reports whether the pieces after a comma go on with an "and" list, as in
// "By A, B, and C"; a last piece after a comma with no "and" is the outlet ("Ana Ruiz, The
// Courier").
func listContinues(rest []string) bool {
	for _, p := range rest {
		if andRe.MatchString(" "+strings.TrimSpace(p)) || andRe.MatchString(p) {
			return true
		}
	}
	return false
}

// nameList reports whether the comma pieces of a byline are three or more names, the last
// maybe after "and": "By Ana Ruiz, Ben Cole, Li Wei". Two pieces ("Ravi Patel, Harbor
// Light") may be a name and an outlet.
func nameList(pieces []string) bool {
	if len(pieces) < 3 {
		return false
	}
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if low := strings.ToLower(p); strings.HasPrefix(low, "and ") || strings.HasPrefix(low, "& ") {
			p = p[strings.IndexByte(p, ' ')+1:]
		}
		if personName(p) == "" || hasOutletWord(p) {
			return false
		}
	}
	return true
}

// nameBeforeRole splits "Ana Ruiz Environment correspondent" into the name of its first
// two or three words and a job title of the rest.
func nameBeforeRole(p string) (string, bool) {
	f := strings.Fields(p)
	// "City Hall Desk" is a desk, not a person with a job.
	if len(f) == 0 || deskWords[strings.ToLower(f[len(f)-1])] {
		return "", false
	}
	for i := 2; i <= 3 && i < len(f); i++ {
		if name := personName(strings.Join(f[:i], " ")); name != "" && isRole(strings.Join(f[i:], " ")) && !isRole(strings.Join(f[:i], " ")) {
			return name, true
		}
	}
	return "", false
}

// andRe joins the names of a byline: "Ana Ruiz and Li Wei", "Ana Ruiz & Li Wei".
var andRe = regexp.MustCompile(`(?i)\s+(?:and|&)\s+`)

// hasAnd reports whether s may hold a joining "and" or "&", the cheap test before andRe.
func hasAnd(s string) bool {
	return strings.Contains(s, "&") || containsFold(s, "and")
}

// hasBylinePrefix reports whether seg opens with a byline's lead-in (bylinePrefixRe).
func hasBylinePrefix(seg string) bool {
	return bylinePrefixIndex(seg) != nil
}

// bylinePrefixIndex is bylinePrefixRe.FindStringIndex, tried only on a segment with a "by"
// or a colon in its first words.
func bylinePrefixIndex(s string) []int {
	head := s[:min(len(s), 60)]
	if !containsFold(head, "by") && !strings.Contains(head, ":") {
		return nil
	}
	return bylinePrefixRe.FindStringIndex(s)
}

// badge is badgeRe.FindStringSubmatch, tried only on a segment that names minutes.
func badge(seg string) []string {
	if !containsFold(seg, "min") {
		return nil
	}
	return badgeRe.FindStringSubmatch(seg)
}

// splitNames splits "Ana Ruiz and Li Wei" and "Ana Ruiz & Li Wei".
func splitNames(p string) []string {
	if !hasAnd(p) {
		if p = strings.TrimSpace(p); p == "" {
			return nil
		}
		return []string{p}
	}
	var out []string
	for _, a := range andRe.Split(p, -1) {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// nameParticles are the lower-case words inside names: "Ludwig van Beethoven".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true,
	"den": true, "del": true, "della": true, "la": true, "le": true, "al": true, "el": true,
	"bin": true, "ibn": true, "dos": true, "das": true, "ten": true, "ter": true, "y": true,
	"st.": true,
}

// personName returns the name in normal capitalisation, without an honorific, when s has
// the shape of a person's name (two to five capitalised words, initials allowed), else "".
func personName(s string) string {
	s = strings.TrimSpace(honorificRe.ReplaceAllString(strings.TrimSpace(s), ""))
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return ""
	}
	upper := !strings.ContainsFunc(s, unicode.IsLower)
	// "Local Democracy Reporter", "World News Editor": a section's name is no first name.
	if first := strings.ToLower(words[0]); sectionWords[first] || kickerWords[first] {
		return ""
	}
	capitalised := 0
	for i, w := range words {
		low := strings.ToLower(w)
		if nameParticles[low] && i > 0 && i < len(words)-1 {
			continue
		}
		if roleWords[strings.Trim(low, ".,")] || outletWords[low] || monthNumber(low) > 0 && len(low) >= 3 && isMonthWord(low) || weekdayWords[strings.TrimSuffix(low, ".")] || commonWords[low] {
			return ""
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return ""
			}
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return ""
		}
		capitalised++
	}
	if capitalised < 2 {
		return ""
	}
	if upper {
		for i, w := range words {
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

// titleWord writes an upper-case name word in normal capitalisation: "CORCORAN-BELL" is
// "Corcoran-Bell", "O'NEILL" is "O'Neill".
func titleWord(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return b.String()
}

var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "wed": true, "thu": true,
	"fri": true, "sat": true, "sun": true,
}

// commonWords are function words that never stand in a name; they keep "Trump and Putin"
// style captions and headline fragments out of bylines.
var commonWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "with": true, "from": true, "is": true, "are": true,
	"was": true, "this": true, "that": true, "share": true, "read": true, "more": true,
	"photo": true, "image": true, "updated": true, "published": true, "posted": true,
	"home": true, "comments": true, "related": true, "email": true, "print": true,
}

func isMonthWord(low string) bool {
	low = strings.TrimSuffix(low, ".")
	for _, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} {
		if low == m {
			return true
		}
	}
	return false
}

// isRole reports whether a byline piece is a job title or desk: "Arts Reporter",
// "Transport Correspondent", "Politics Desk", "Staff Writer".
func isRole(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if roleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

// accountRe is a byline that names a desk or a group in place of a person: "By Staff
// Reports", "From staff and wire reports", "By The Editorial Board", "Staff and agencies",
// "Wire services".
var accountRe = newLineRe(`(?i)^(?:(?:by|from)\s+)?(?:the\s+)?(?:staff(?: and wire)? reports?|wire (?:reports|services)|news services|(?:the )?editorial board|editors|staff and agencies|agencies|news desk|web desk|digital desk|newsroom)$`)

// isAccountLabel reports whether a line is a site account label standing in for a person:
// "Editor", "Staff", "Contributor", "Staff Writer", "Politics Desk".
func isAccountLabel(s string) bool {
	words := strings.Fields(strings.TrimSpace(s))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,:"))
	if !roleWords[last] {
		return false
	}
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
	}
	return true
}

// isOutletName reports whether s has the shape of an outlet's name: one to six words,
// capitalised, no sentence punctuation, not a date: "Tidewater Examiner", "The Border
// Register", "Circuit Weekly".
func isOutletName(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(s, ".!?:;\"“”") && !strings.HasSuffix(s, ".com") {
		return false
	}
	caps := 0
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) || unicode.IsDigit(first) {
			caps++
		} else if !commonWords[strings.ToLower(w)] && !nameParticles[strings.ToLower(w)] && w != "&" {
			return false
		}
		if isMonthWord(strings.ToLower(w)) || weekdayWords[strings.ToLower(w)] {
			return false
		}
	}
	return caps > 0
}

// hasOutletWord reports whether s holds a noun outlet names are made of ("Chronicle").
func hasOutletWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()\"“”")
		if outletWords[w] || outletWords[strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")] {
			return true
		}
	}
	return false
}
