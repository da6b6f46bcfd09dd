package debris

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of a paste with its label and what it says.
type line struct {
	text  string // trimmed
	label Label
	meta  meta
	// dateline is set on the first body line when it opens with a dateline.
	dateline    dateline
	hasDateline bool
	// block counts the blank-line separated blocks; lines of one block share it.
	block int
}

// Classify labels each line of a paste (one element per line; blank elements are Blank). A
// line's label depends on its shape and on its neighbours: a bare name under a headline is
// a byline, the same name inside the body is body. Lines that are body keep Body, the zero
// Label. Classify never fails: odd input gives Body labels.
func Classify(lines []string) []Label {
	ls := classify(lines)
	out := make([]Label, len(ls))
	for i, l := range ls {
		out[i] = l.label
	}
	return out
}

// classifier holds the lines of one paste while they are labelled.
type classifier struct {
	ls  []line
	idx []int // indices of the non-blank lines
	// bodyStart and bodyEnd bound the body, as positions in idx.
	bodyStart, bodyEnd int
	// metas caches readMeta of each non-blank line; read marks the cached ones.
	metas []meta
	read  []bool
	// wordCache caches wordsOf of each non-blank line.
	wordCache [][]string
	// bodyish caches bodyAfter's test of each line, chromeOf strongChrome: 0 not yet
	// read, 1 true, 2 false.
	bodyish, chromeOf []int8
}

// rawMeta is readMeta of line k, read once.
func (c *classifier) rawMeta(k int) meta {
	if !c.read[k] {
		c.metas[k], c.read[k] = readMeta(c.text(k)), true
	}
	return c.metas[k]
}

func (c *classifier) text(k int) string { return c.ls[c.idx[k]].text }

func (c *classifier) set(k int, l Label) { c.ls[c.idx[k]].label = l }

func (c *classifier) label(k int) Label { return c.ls[c.idx[k]].label }

// classify labels the lines in five passes: head (section, masthead, breadcrumb, headline,
// dek and the metadata block under it), lists (link lists and author notes after a
// header), tail (chrome walked back from the last line), middle (ads, captions, credits,
// pull quotes inside the body) and lede (the dateline of the first paragraph).
func classify(lines []string) []line {
	ls := make([]line, len(lines))
	c := &classifier{ls: ls}
	block := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		ls[i].text = t
		if t == "" {
			ls[i].label = Blank
			if i > 0 && ls[i-1].label != Blank {
				block++
			}
			continue
		}
		ls[i].block = block
		c.idx = append(c.idx, i)
	}
	if len(c.idx) == 0 {
		return ls
	}
	c.metas, c.read = make([]meta, len(c.idx)), make([]bool, len(c.idx))
	c.bodyStart = c.head()
	c.bodyEnd = len(c.idx)
	c.lists()
	c.tail()
	c.middle()
	c.tables()
	c.lede()
	return ls
}

// head labels the lines above the body: section labels, mastheads and breadcrumbs, the
// headline, the dek, and the block of bylines, stamps and badges with the captions inside
// it. It returns the position (in idx) of the first body line.
func (c *classifier) head() int {
	n := len(c.idx)
	k, done := c.top()
	if done || k >= n {
		return k
	}
	// A short line above a headline that has metadata under it is a section label in
	// Title Case ("Opinion", "Science & Environment"), or the outlet's name ("The Border
	// Register").
	if t := c.text(k); k+2 < n && words(t) <= 5 && !c.meta(k).valid && !c.meta(k+1).valid &&
		!endsSentence(t) && words(c.text(k+1)) <= 30 && words(c.text(k+1)) > words(t) {
		label := Body
		switch {
		case isOutletName(t) && hasOutletWord(t) && !kickerLine(t):
			label = Masthead
		case words(t) <= 3:
			label = Section
		}
		// Without metadata, a label made of section words ("World", "Science &
		// Environment") over a headline-shaped line is still a label.
		strongAhead := label == Section && sectionLine(t) && headlineShape(c.text(k+1))
		for j := k + 2; j < n && j <= k+5 && label != Body && !strongAhead; j++ {
			if m := c.meta(j); m.valid && m.strong {
				strongAhead = true
			}
		}
		if strongAhead {
			c.set(k, label)
			k++
		}
	}
	// A picture's caption with its credit above the headline: "A crane at the quay.
	// (Photo: Ben Cole)", "Photo: Ben Cole".
	for k+1 < n && c.label(k) == Body {
		if t := c.text(k); words(t) > 60 || !endsWithCredit(t) && !labelledCaption(t) && !(words(t) <= 14 && creditRe.MatchString(t)) {
			break
		}
		c.set(k, Caption)
		k++
	}
	// A paste may start at its metadata: "By Ana Ruiz", or a bare name, an account label
	// or "Ana Ruiz | The Courier" with a stamp or a byline right under it. A Title Case
	// headline can look like a name, so a weak line needs the strong one under it.
	first := c.meta(k)
	startsAtMeta := first.valid && (first.strong || bareMeta(c.text(k), first) && c.strongMetaFollows(k) ||
		len(first.people) > 0 && k+1 < n && c.meta(k+1).role && c.strongMetaFollows(k))
	if !startsAtMeta {
		metaAhead, bylineAhead := false, false
		for j := k + 1; j < n && j <= k+4; j++ {
			m := c.meta(j)
			// A line of editors' credits ("Reporting by …; Editing by …") is the foot of a
			// short body unless it stands right under the first line.
			// Metadata with no body under it ("By Ana Ruiz" at the foot) heads nothing.
			if m.valid && (m.strong || j == k+1) && !(j > k+1 && creditLine(c.text(j))) && c.bodyAfter(j) {
				metaAhead, bylineAhead = true, m.strong && m.byline
				break
			}
		}
		// With metadata under it, a headline may be long or end with a full stop, but it
		// is still one sentence at most ("Storm closes ferry routes.").
		t := c.text(k)
		switch {
		case metaAhead && words(t) <= 30 && !strings.HasSuffix(t, ":") && (!endsSentence(t) || words(t) <= 16 && sentences(t) == 1) || headlineShape(t):
			c.set(k, Headline)
			k++
		case !bylineAhead:
			return k
		}
		// The lines between the headline and the metadata are the dek, then captions;
		// without a headline, a sentence above a "By" line is a dek.
		j := k
		for ; j < n && j <= k+5; j++ {
			if c.meta(j).valid && c.bodyAfter(j) {
				break
			}
		}
		if j >= n || j > k+5 {
			return k
		}
		for p := k; p < j; p++ {
			if c.chrome(p) || widgetLine(c.text(p)) {
				c.set(p, Chrome)
			} else if p == k && words(c.text(p)) >= 4 && !endsWithCredit(c.text(p)) {
				c.set(p, Dek)
			} else {
				c.set(p, Caption)
			}
		}
		k = j
	}
	// The metadata block, with the short captions it may hold ("Trump and Putin" between a
	// badge and a byline).
	start := k
	k = c.metaBlock(k)
	// "Posted on March 4, 2026 by Greta Holm" above "How to Keep Tomatoes Alive": a
	// headline under the metadata when none stood above it, and more metadata under it.
	if k > start && k+1 < n && !c.hasHeadline(start) {
		t, next := c.text(k), c.text(k+1)
		if words(t) <= 15 && !endsSentence(t) && hasWordChar(t) && (titleCase(t) || words(next) >= 2*words(t) || c.meta(k+1).valid) {
			c.set(k, Headline)
			k = c.metaBlock(k + 1)
		}
	}
	// A caption may sit between the metadata and the first paragraph: a short sentence,
	// with none of a news sentence's verbs, above one twice as long ("Streetlights on Mill
	// Lane, one of the streets that will keep its lamps.").
	if k > start && k+1 < n {
		t, next := c.text(k), c.text(k+1)
		// A subheading ("Background") is too short, and has no full stop.
		if w := words(t); w <= 20 && (w >= 8 || w >= 5 && endsSentenceStop(t)) && !quoted(t) &&
			words(next) >= 2*w && words(next) >= 15 && !ledeVerbRe.MatchString(t) && !modalFirstClause(t) {
			if _, ok := findDateline(t); !ok {
				c.set(k, Caption)
				k++
			}
		}
	}
	return k
}

// chrome is strongChrome of line k, read once.
func (c *classifier) chrome(k int) bool {
	if c.chromeOf == nil {
		c.chromeOf = make([]int8, len(c.idx))
	}
	if c.chromeOf[k] == 0 {
		c.chromeOf[k] = 2
		if strongChrome(c.text(k)) {
			c.chromeOf[k] = 1
		}
	}
	return c.chromeOf[k] == 1
}

// bodyAfter reports whether a line of body follows the metadata line at j: a line of four
// words or more that is neither metadata nor page furniture. Short lines between (an
// outlet's name, a caption's label) are passed over.
func (c *classifier) bodyAfter(j int) bool {
	if c.bodyish == nil {
		c.bodyish = make([]int8, len(c.idx))
	}
	for p := j + 1; p < len(c.idx); p++ {
		if c.bodyish[p] == 0 {
			c.bodyish[p] = 2
			if t := c.text(p); words(t) >= 4 && !c.meta(p).valid && !widgetLine(t) && !c.chrome(p) {
				c.bodyish[p] = 1
			}
		}
		if c.bodyish[p] == 1 {
			return true
		}
	}
	return false
}

// metaBlock labels the metadata lines from position k on, with the short captions the
// block may hold ("Trump and Putin" between a badge and a byline), and returns the
// position after the block.
func (c *classifier) metaBlock(k int) int {
	n := len(c.idx)
	start := k
	for k < n {
		if m := c.meta(k); m.valid {
			c.ls[c.idx[k]].meta = m
			c.set(k, m.label())
			k++
			continue
		}
		// "Illustration by Ben Cole", "Photo: Ben Cole" among the bylines and stamps.
		if t := c.text(k); k > start && words(t) <= 12 && (creditRe.MatchString(t) || creditLine(t)) {
			c.set(k, Credit)
			k++
			continue
		}
		// "Updated" or "Published" alone over its stamp.
		if t := c.text(k); k+1 < n && words(t) <= 2 && stampWordRe.MatchString(t) && stampResidue(t) && c.meta(k+1).hasStamp {
			c.set(k, Stamp)
			m := c.meta(k + 1)
			m.stamps = append([]stamp(nil), m.stamps...)
			for i := range m.stamps {
				m.stamps[i].updated = updateWordRe.MatchString(t)
			}
			c.ls[c.idx[k+1]].meta = m
			c.set(k+1, m.label())
			k += 2
			continue
		}
		// "By Ana Ruiz" over "The Courier": the outlet on its own line under the byline,
		// maybe with the place the writer is in ("BBC News, Hull").
		if t := c.text(k); k > start && c.label(k-1) == Byline && c.ls[c.idx[k-1]].meta.outlet == "" &&
			isOutletName(t) && (hasOutletWord(t) || words(t) == 1 && !shareRe.MatchString(t) && !uiLineRe.MatchString(t) && !captionUIRe.MatchString(t) && !roleWords[strings.ToLower(t)]) && words(t) <= 6 {
			name := t
			if before, after, ok := strings.Cut(t, ", "); ok && hasOutletWord(before) && !hasOutletWord(after) {
				name = before
			}
			c.ls[c.idx[k]].meta = meta{outlet: name, valid: true}
			c.set(k, Byline)
			k++
			continue
		}
		// Widgets among the metadata and under it: an audio player ("Listen to this
		// article · 5 min"), the head of a box ("In this article:"), buttons ("Share full
		// article"), counts ("128"), a lone dash.
		if k > start && widgetLine(c.text(k)) {
			c.set(k, Chrome)
			k++
			continue
		}
		// Without a headline above, such a line is the headline (see head).
		if k > start && words(c.text(k)) <= 12 && !endsSentence(c.text(k)) && k+1 < n && c.meta(k+1).valid && c.hasHeadline(k) {
			c.set(k, Caption)
			k++
			continue
		}
		break
	}
	return k
}

// top labels the capital-letter labels, mastheads and breadcrumbs above the headline and
// returns the position after them. done is set when the paste opens with a dateline line,
// which starts the body.
func (c *classifier) top() (k int, done bool) {
	n := len(c.idx)
	for ; k < n && k < 8; k++ {
		t := c.text(k)
		if d, ok := findDateline(t); ok && d.wholeLineCut {
			return k, true
		}
		// "BY RADEK NOWAK" and "ELSPETH GARVIE" over a stamp are bylines, not labels.
		if m := c.meta(k); m.valid && (m.strong || len(m.people) > 0 && k+1 < n && c.meta(k+1).valid) {
			return k, false
		}
		switch {
		case !hasWordChar(t):
			// A lone rule or dash ("—", "* * *") is no label and no headline.
			c.set(k, Chrome)
		case isMasthead(t):
			c.set(k, Masthead)
		case isSectionLabel(t):
			c.set(k, Section)
		case isBreadcrumb(t):
			c.set(k, Breadcrumb)
		case k+1 < n && words(t) <= 5 && isOutletName(t) && hasOutletWord(t) && !kickerLine(t) && c.furnitureNext(k):
			// "Harbour Gazette" over "Menu": the outlet's name in Title Case among the
			// page's buttons.
			c.set(k, Masthead)
		case words(t) <= 8 && adRe.MatchString(t):
			// "Advertisement" above everything.
			c.set(k, Ad)
		case c.chrome(k) || widgetLine(t):
			// "Skip to content", "Menu", "Share" above everything.
			c.set(k, Chrome)
		default:
			return k, false
		}
	}
	return k, false
}

// furnitureNext reports whether the line after k is the page's furniture or a label: a
// button, a section label, a breadcrumb.
func (c *classifier) furnitureNext(k int) bool {
	next := c.text(k + 1)
	return widgetLine(next) || c.chrome(k+1) || isSectionLabel(next) || isBreadcrumb(next)
}

// ledeVerbRe finds the words of a news sentence that captions lack: a reporting verb, a
// past-tense auxiliary, a day. A short line above the first paragraph that has one is the
// lede, not a caption.
var ledeVerbRe = regexp.MustCompile(`(?i)\b(?:said|says|told|announced|reported|was|were|has|had|have|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// bareMeta reports whether a weak metadata line is one no headline looks like: an account
// label ("Staff"), or names and an outlet split by a bar or named like one ("Noor Abboud,
// Circuit Weekly"). A bare name is not: "Storm Closes Ferry Routes" has its shape.
func bareMeta(t string, m meta) bool {
	if m.account {
		return true
	}
	if len(m.people) == 0 {
		return m.role && hasOutletWord(m.outlet)
	}
	return m.role || strings.Contains(t, " | ") || hasOutletWord(m.outlet)
}

// strongMetaFollows reports whether the metadata lines from k on hold a strong one (a
// "By", a stamp, a badge) within three lines.
func (c *classifier) strongMetaFollows(k int) bool {
	for j := k + 1; j < len(c.idx) && j <= k+3; j++ {
		m := c.meta(j)
		if !m.valid {
			return false
		}
		if m.strong {
			return true
		}
	}
	return false
}

// hasHeadline reports whether a line above position k is the headline.
func (c *classifier) hasHeadline(k int) bool {
	for j := 0; j < k; j++ {
		if c.label(j) == Headline {
			return true
		}
	}
	return false
}

// modalRe finds a modal or future verb: "Ferry fares will double from July."
var modalRe = regexp.MustCompile(`(?i)\b(?:will|would|could|can|may|must|might|should)\b`)

// modalFirstClause reports whether a modal verb stands before the first comma: the main
// verb of a sentence ("Fares will double from July."), not of a clause inside a caption
// ("Streetlights on Mill Lane, one of the streets that will keep its lamps.").
func modalFirstClause(t string) bool {
	first, _, _ := strings.Cut(t, ",")
	return modalRe.MatchString(first)
}

// meta reads line k as metadata. A weak line (no "By", stamp or badge) that ends with a
// full stop is a sentence, not metadata.
func (c *classifier) meta(k int) meta {
	t := c.text(k)
	m := c.rawMeta(k)
	if m.valid && !m.strong && strings.HasSuffix(t, ".") {
		return meta{}
	}
	return m
}

// lists labels link lists after the body's first line: a header ("Related:", "More on this
// story", "More rugby") and the headline-shaped lines under it; and "About the author"
// notes.
func (c *classifier) lists() {
	n := len(c.idx)
	for k := c.bodyStart; k < n; k++ {
		t := c.text(k)
		switch {
		case bioHeaderRe.MatchString(t):
			c.set(k, Bio)
			for j := k + 1; j < n && j <= k+3; j++ {
				if c.chrome(j) || c.blockOf(j) != c.blockOf(k+1) {
					break
				}
				c.set(j, Bio)
			}
		case commentsRe.MatchString(t) && strings.Contains(strings.ToLower(t), "comment") && k > c.bodyStart && n-k <= 20:
			// "Comments (3)" over the readers' comments: all of it is page, not article.
			for j := k; j < n; j++ {
				c.set(j, Chrome)
			}
			return
		case len(t) <= shortLine && (listHeaderRe.MatchString(t) || tagsRe.MatchString(t) && !strings.Contains(strings.TrimSuffix(t, ":"), ":")) && k > c.bodyStart && c.listFollows(k):
			c.set(k, Chrome)
			for j := k + 1; j < n; j++ {
				u := c.text(j)
				if !linkShape(u) || c.blockOf(j) != c.blockOf(k+1) {
					break
				}
				c.set(j, Chrome)
				k = j
			}
		}
	}
}

func (c *classifier) blockOf(k int) int { return c.ls[c.idx[k]].block }

// listFollows reports whether a list header at k heads something: links under it, or
// nothing but the end of the paste. "More delays" over a paragraph is a subheading.
func (c *classifier) listFollows(k int) bool {
	if k+1 >= len(c.idx) {
		return true
	}
	next := c.text(k + 1)
	return linkShape(next) || c.chrome(k+1)
}

// tail walks back from the last line over trailing chrome: share bars, tags, comments,
// copyright, newsletter prompts, editors' credits, stamps, link lists and bios, and short
// unfinished lines below them ("Full results from the Open").
func (c *classifier) tail() {
	seenStrong := false
	var weak []int // short lines taken as links only because chrome follows them
	k := len(c.idx) - 1
	for ; k >= c.bodyStart; k-- {
		t := c.text(k)
		switch l := c.label(k); {
		case l == Chrome || l == Bio:
			seenStrong = true
		case words(t) <= 8 && adRe.MatchString(t):
			c.set(k, Ad)
			seenStrong = true
		case creditLine(t) || words(t) <= 30 && contributed(t) || words(t) <= 12 && sourceNoteRe.MatchString(t):
			c.set(k, Credit)
			seenStrong = true
		case c.chrome(k):
			c.set(k, Chrome)
			seenStrong = true
		case c.tailStamp(k):
			seenStrong = true
		case tailNoteRe.MatchString(t) || words(t) <= 25 && (hasLink(t) || contactRe.MatchString(t)):
			c.set(k, Chrome)
			seenStrong = true
		case c.authorBio(t) || bioLineRe.MatchString(t) || authorNoteRe.MatchString(t):
			c.set(k, Bio)
			seenStrong = true
		case c.tailByline(k):
			seenStrong = true
		case seenStrong && linkShape(t) && !strings.HasSuffix(t, "?"):
			c.set(k, Chrome)
			weak = append(weak, k)
		default:
			// "The lineup:" over "Friday: The Cole Street Trio": short lines under a line
			// that introduces them are a list of the body, not links.
			c.bodyEnd = k + 1
			if strings.HasSuffix(t, ":") {
				for _, j := range weak {
					c.set(j, Body)
					c.bodyEnd = max(c.bodyEnd, j+1)
				}
			}
			return
		}
	}
	c.bodyEnd = k + 1
}

// authorNoteRe is a note about the writer that does not name them: "The author is a
// retired harbour pilot.", "The writer teaches at the university.", "The authors work at
// the port authority."
var authorNoteRe = newLineRe(`(?i)^[*_]?(?:the )?(?:authors?|writers?|columnist|reviewer|contributor)\s+(?:is|are|was|were|has|have|lives|teaches|works|work|writes|leads|runs|chairs|serves)\b`)

// authorBio reports whether t is a note about an author named in the byline: "Ana Ruiz is
// a health reporter based in Leeds."
func (c *classifier) authorBio(t string) bool {
	// "— Ana Ruiz is a writer in Hull." and "*Ana Ruiz is a writer in Hull.*" set off.
	t = strings.TrimLeft(t, "—–-*_ ")
	for _, name := range c.authors() {
		if rest, ok := strings.CutPrefix(t, name+" "); ok {
			verb, _, _ := strings.Cut(rest, " ")
			switch verb {
			case "is", "was", "covers", "writes", "reports", "has", "joined", "lives":
				return true
			}
		}
	}
	return false
}

// authors lists the people of the head's bylines.
func (c *classifier) authors() []string {
	var out []string
	for k := 0; k < c.bodyStart; k++ {
		out = append(out, c.ls[c.idx[k]].meta.people...)
	}
	return out
}

// tailByline labels line k a byline when it is one with a "By": "By Ana Ruiz".
func (c *classifier) tailByline(k int) bool {
	m := c.rawMeta(k)
	if !m.valid || !m.byline || !m.strong {
		return false
	}
	c.ls[c.idx[k]].meta = m
	c.set(k, Byline)
	return true
}

// tailStamp labels line k a stamp when it is one with a stamp word: "Published June 3,
// 2025".
func (c *classifier) tailStamp(k int) bool {
	m := c.rawMeta(k)
	if !m.valid || !m.hasStamp || m.byline || !strings.ContainsFunc(c.text(k), unicode.IsLetter) {
		return false
	}
	if !stampWordRe.MatchString(c.text(k)) {
		return false
	}
	c.ls[c.idx[k]].meta = m
	c.set(k, Stamp)
	return true
}

// middle labels the debris inside the body: ads, links to other stories, captions and
// credits, chart titles and sources, image widgets and pull quotes.
func (c *classifier) middle() {
	expect := Body // what the line after an image widget is
	for k := c.bodyStart; k < c.bodyEnd; k++ {
		if c.label(k) != Body {
			continue
		}
		t := c.text(k)
		w := words(t)
		switch {
		case !hasWordChar(t):
			// "—" or "* * *" alone: a rule of the page, no words of the article.
			c.set(k, Chrome)
		case w <= 8 && adRe.MatchString(t):
			c.set(k, Ad)
		case audioRe.MatchString(t):
			c.set(k, Chrome)
		case captionUIRe.MatchString(t):
			c.set(k, Chrome)
			expect = Caption
			if low := strings.ToLower(t); strings.Contains(low, "caption") {
				expect = Credit
			}
			continue
		case expect == Caption && w <= 60:
			c.set(k, Caption)
		case expect == Credit && w <= 12 && !endsSentence(t):
			c.set(k, Credit)
		case w <= 25 && linkLineRe.MatchString(t):
			c.set(k, Chrome)
		case w <= 20 && chartRe.MatchString(t):
			if strings.HasPrefix(strings.ToLower(t), "source") || strings.HasPrefix(strings.ToLower(t), "data") {
				// "Quarterly profit, in millions" over "Source: company filings".
				c.set(k, Credit)
				c.captionAbove(k)
			} else {
				c.set(k, Caption)
			}
		case w <= 8 && len(t) <= 100 && !endsSentence(t) && slashCreditRe.MatchString(t):
			// "Ana Ruiz/Harbour News" under its caption.
			c.set(k, Credit)
			k = c.captionNear(k)
		case w <= 14 && creditRe.MatchString(t):
			c.set(k, Credit)
			k = c.captionNear(k)
		case w <= 8 && agencyCreditRe.MatchString(tailOf(t, 80)) && !endsSentenceStop(t):
			c.set(k, Credit)
			k = c.captionNear(k)
		case w <= 30 && contributed(t):
			c.set(k, Credit)
		case len(t) <= 100 && slashCreditRe.MatchString(t) && k > c.bodyStart && (c.label(k-1) == Caption || c.label(k-1) == Chrome):
			c.set(k, Credit)
		case w <= 12 && strings.Contains(t, "(@") && tweetByRe.MatchString(t):
			// An embedded post: its signature line and the post right above it.
			c.set(k, Chrome)
			if p := k - 1; p > c.bodyStart && c.label(p) == Body && c.blockOf(p) == c.blockOf(k) && words(c.text(p)) <= 60 {
				c.set(p, Chrome)
			}
		case w <= 60 && labelledCaption(t):
			c.set(k, Caption)
		case tailNoteRe.MatchString(t) && strings.HasPrefix(strings.ToLower(t), "click here"):
			c.set(k, Chrome)
		case w <= 50 && endsWithCredit(t):
			c.set(k, Caption)
		case creditLine(t):
			c.set(k, Credit)
		case c.chrome(k) && !promptRe.MatchString(t) && !listHeaderRe.MatchString(t):
			c.set(k, Chrome)
		case promptLine(t):
			c.set(k, Chrome)
		case c.pullQuote(k):
			c.set(k, PullQuote)
			if k+1 < c.bodyEnd && pullAttributionRe.MatchString(c.text(k+1)) && words(c.text(k+1)) <= 20 {
				c.set(k+1, PullQuote)
				k++
			}
		}
		expect = Body
	}
}

// captionNear labels the caption of the photo credit at k and returns the position of the
// last line it labelled. The caption is the line above in the credit's block (see
// captionAbove) or, when the credit opens its block, the short line under it ("Getty
// Images" over "Nurses prepare a room in the new wing."), not a quotation.
func (c *classifier) captionNear(k int) int {
	if p := k - 1; p >= c.bodyStart && c.blockOf(p) == c.blockOf(k) || k+2 >= c.bodyEnd {
		c.captionAbove(k)
		return k
	}
	// The caption closes the block the credit opens.
	q := k + 1
	if t := c.text(q); c.label(q) == Body && c.blockOf(q) == c.blockOf(k) && c.blockOf(q+1) != c.blockOf(q) && words(t) <= 25 && !quoted(t) {
		c.set(q, Caption)
		return q
	}
	return k
}

// captionAbove labels the line right above a photo credit a caption: a line of the same
// block (no blank line between), not a quotation, and short when the paste has no blank
// lines at all.
func (c *classifier) captionAbove(k int) {
	p := k - 1
	if p < c.bodyStart || c.label(p) != Body || c.blockOf(p) != c.blockOf(k) || startsQuote(c.text(p)) {
		return
	}
	limit := 40
	if c.blockOf(0) == c.blockOf(len(c.idx)-1) {
		// With no blank lines, the first paragraph over a credit with no caption of its
		// own ("Photo courtesy of the Harbour Board") is still the first paragraph.
		if p == c.bodyStart {
			return
		}
		limit = 25
	}
	if words(c.text(p)) <= limit {
		c.set(p, Caption)
	}
}

// tables labels the runs of two or more table rows in the body ("Full results" tables,
// standings, data tables), with a short title line right above a run.
func (c *classifier) tables() {
	for k := c.bodyStart; k < c.bodyEnd; {
		j := k
		for j < c.bodyEnd && c.label(j) == Body && tableRow(c.ls[c.idx[j]].text) {
			j++
		}
		if j-k >= 2 {
			for p := k; p < j; p++ {
				c.set(p, Chrome)
			}
			if p := k - 1; p >= c.bodyStart && c.label(p) == Body && words(c.text(p)) <= 4 && !endsSentenceStop(c.text(p)) {
				c.set(p, Chrome)
			}
		}
		k = max(j, k+1)
	}
}

// lede finds the first body line and cuts a dateline from it ("WASHINGTON (AP) — The
// Senate…"). A dateline alone on its line is labelled Dateline unless it holds a date.
func (c *classifier) lede() {
	for k := c.bodyStart; k < c.bodyEnd; k++ {
		if c.label(k) != Body {
			continue
		}
		d, ok := findDateline(c.text(k))
		if !ok {
			return
		}
		l := &c.ls[c.idx[k]]
		l.dateline, l.hasDateline = d, true
		if d.wholeLineCut {
			// A dateline alone on its line is left out, but one that holds a date
			// ("JOHANNESBURG, August 7 (Xinhua) --") stays in the text, whose dates the
			// dates stage reads; its agency and date still count as metadata.
			if d.hasDate {
				l.dateline.end = 0
			} else {
				l.label = Dateline
			}
			continue
		}
		return
	}
}

// pullQuote reports whether line k is a pull quote: a display line whose words another,
// longer paragraph near it says again. A line in quotation marks needs five words, one
// without marks eight ("…still moving." against "…still moving,” said the manager").
func (c *classifier) pullQuote(k int) bool {
	t := c.text(k)
	key := c.words(k)
	need := 8
	if startsQuote(t) {
		need = 5
	}
	if len(key) < need {
		return false
	}
	// A pull quote repeats a paragraph near it: look a few dozen lines either way.
	var r repeater
	for j := max(c.bodyStart, k-40); j < min(c.bodyEnd, k+40); j++ {
		if j == k || c.label(j) != Body {
			continue
		}
		if other := c.words(j); len(other) > len(key) && r.repeats(key, other) {
			return true
		}
	}
	return false
}

// words returns wordsOf line k, read once.
func (c *classifier) words(k int) []string {
	if c.wordCache == nil {
		c.wordCache = make([][]string, len(c.idx))
	}
	if c.wordCache[k] == nil {
		c.wordCache[k] = wordsOf(c.text(k))
		if c.wordCache[k] == nil {
			c.wordCache[k] = []string{}
		}
	}
	return c.wordCache[k]
}

// wordsOf returns the lower-case words of s, without punctuation.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// repeater tests one key line against many texts, keeping the key's word triples between
// the tests.
type repeater struct {
	at   map[[3]string][]int // the positions of each triple of the key
	seen []bool              // which key positions the text holds
}

// repeats reports whether nearly all (nine in ten) of the word triples of key occur in
// text, so that a pull quote cut short or with an ellipsis still counts. Every call of one
// repeater must pass the same key.
func (r *repeater) repeats(key, text []string) bool {
	if len(key) < 3 {
		return false
	}
	if r.at == nil {
		r.at = make(map[[3]string][]int, len(key))
		for i := 0; i+2 < len(key); i++ {
			tri := [3]string{key[i], key[i+1], key[i+2]}
			r.at[tri] = append(r.at[tri], i)
		}
		r.seen = make([]bool, len(key))
	}
	clear(r.seen)
	found := 0
	for i := 0; i+2 < len(text); i++ {
		for _, p := range r.at[[3]string{text[i], text[i+1], text[i+2]}] {
			if !r.seen[p] {
				r.seen[p] = true
				found++
			}
		}
	}
	return 10*found >= 9*(len(key)-2)
}

// endsSentenceStop reports whether s ends with a full stop, question or exclamation mark.
func endsSentenceStop(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

func startsQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '“' || r == '"' || r == '«' || r == '‘'
}

// promptLine reports whether a body line is a newsletter or app prompt in the imperative:
// "Sign up for our daily briefing", "Get the cycling newsletter. Sign up here."
func promptLine(t string) bool {
	if words(t) > 20 || quoted(t) {
		return false
	}
	low := strings.ToLower(t)
	for _, p := range []string{"get ", "sign up", "subscribe", "download", "follow", "join ", "listen", "click", "tap ", "register", "sign in", "want ", "like this"} {
		if strings.HasPrefix(low, p) {
			return promptRe.MatchString(t)
		}
	}
	return false
}

// linkShape reports whether a line has the shape of a link to another story: short, and
// not ending like a sentence (a question mark is allowed: "Why do trains slow down?").
func linkShape(t string) bool {
	if words(t) > 16 || startsBullet(t) {
		return false
	}
	if strings.HasSuffix(t, "?") {
		return true
	}
	return !endsSentence(t) || strings.HasSuffix(t, "’") || strings.HasSuffix(t, "'")
}

func startsBullet(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return r == '•' || r == '*' || r == '-' || r == '–' || r == '·' || unicode.IsDigit(r) && strings.Contains(t[:min(len(t), 4)], ".")
}

// headlineShape reports whether a first line with no metadata under it reads as a
// headline rather than a first paragraph: short (eleven words or fewer), or in Title Case,
// or not ending like a sentence; never long, never one that introduces what follows (":"),
// never several sentences.
func headlineShape(t string) bool {
	w := words(t)
	if w == 0 || w > 25 || strings.HasSuffix(t, ":") || strings.HasPrefix(t, "(") {
		return false
	}
	// A caption with its credit ("A crane at the quay. (Photo: Ben Cole)") is no headline.
	if endsWithCredit(t) || labelledCaption(t) {
		return false
	}
	if _, ok := findDateline(t); ok {
		return false
	}
	// Headlines speak in the present: a short sentence-case line that says "said", "was" or
	// "had" is a first paragraph ("The dollar was weaker on Friday, dealers said.").
	if !titleCase(t) && reportedRe.MatchString(t) {
		return false
	}
	if w <= 11 {
		return true
	}
	// Wire copy in capitals ("THE SENATE VOTED 52-48 ON FRIDAY TO …") is all Title Case
	// to the test below; a long capital sentence with its full stop is a paragraph.
	if sentences(t) > 1 || allUpperText(t) && endsSentenceStop(t) {
		return false
	}
	return titleCase(t) || !endsSentence(t)
}

// reportedRe finds the past-tense reporting verbs and auxiliaries of a news sentence.
var reportedRe = regexp.MustCompile(`(?i)\b(?:said|reported|announced|told|was|were|had)\b`)

// sentences counts the sentence ends inside t: a full stop, question or exclamation mark
// followed by a space and a capital letter, not after a one-letter or abbreviated word.
func sentences(t string) int {
	n := 1
	f := strings.Fields(t)
	for i := 0; i+1 < len(f); i++ {
		w := f[i]
		if !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "?") && !strings.HasSuffix(w, "!") {
			continue
		}
		if strings.Count(w, ".") > 1 || utf8.RuneCountInString(w) <= 4 && strings.HasSuffix(w, ".") {
			continue // "U.S.", "Inc.", "Mr."
		}
		r, _ := utf8.DecodeRuneInString(f[i+1])
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// titleCase reports whether most words of t (function words aside) are capitalised.
func titleCase(t string) bool {
	caps, all := 0, 0
	for _, w := range strings.Fields(t) {
		w = strings.TrimLeft(w, "“\"‘'(«")
		if w == "" || commonWords[strings.ToLower(w)] || nameParticles[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return all >= 3 && caps*10 >= all*8
}

// isSectionLabel reports whether a top line is a section label: one to three upper-case
// words ("EDUCATION", "ARTS", "WORLD").
func isSectionLabel(t string) bool {
	w := words(t)
	return w >= 1 && w <= 3 && utf8.RuneCountInString(t) <= 30 && allUpper(t)
}

// isMasthead reports whether a top line is the outlet's name in capitals: "STOURLEIGH
// CHRONICLE", "RIVERBEND TELEGRAPH".
func isMasthead(t string) bool {
	w := words(t)
	return w >= 2 && w <= 5 && allUpper(t) && hasOutletWord(t) && !kickerLine(t)
}

// kickerWords make up the labels pages put over a story: "Breaking News", "Live Updates",
// "Exclusive", "Analysis", "Explainer", "Fact Check", "Review".
var kickerWords = map[string]bool{
	"breaking": true, "news": true, "live": true, "exclusive": true, "update": true,
	"updates": true, "latest": true, "developing": true, "analysis": true, "opinion": true,
	"watch": true, "video": true, "just": true, "in": true, "special": true, "report": true,
	"local": true, "world": true, "national": true, "top": true, "story": true, "today": true,
	"explainer": true, "review": true, "interview": true, "obituary": true, "feature": true,
	"commentary": true, "perspective": true, "editorial": true, "letters": true, "fact": true,
	"check": true, "podcast": true, "guide": true, "essay": true, "column": true,
}

// sectionWords name the sections of a news site: "Markets", "Politics", "Science &
// Environment". A stamp line may open with one ("Markets | May 3, 2025"), and it is no
// outlet.
var sectionWords = map[string]bool{
	"politics": true, "business": true, "markets": true, "market": true, "sport": true,
	"sports": true, "tech": true, "technology": true, "science": true, "health": true,
	"culture": true, "arts": true, "lifestyle": true, "travel": true, "food": true,
	"entertainment": true, "weather": true, "climate": true, "environment": true,
	"education": true, "economy": true, "money": true, "finance": true, "opinion": true,
	"world": true, "local": true, "national": true, "books": true, "music": true,
	"film": true, "style": true, "fashion": true, "property": true, "motoring": true,
	"energy": true, "crime": true, "law": true, "courts": true, "investing": true,
	"science-environment": true, "uk": true, "us": true, "europe": true, "asia": true,
	"africa": true, "americas": true, "metro": true, "region": true, "regional": true,
	"&": true, "and": true, "the": true,
}

// sectionLine reports whether every word of t names a section or is a kicker word:
// "Markets", "Science & Environment", "Local News".
func sectionLine(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ".:!|,")
		if !sectionWords[w] && !kickerWords[w] {
			return false
		}
	}
	return true
}

// kickerLine reports whether every word of t is a kicker word: "Breaking News".
func kickerLine(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if !kickerWords[strings.Trim(w, ".:!|")] {
			return false
		}
	}
	return true
}

// isBreadcrumb reports whether a top line is a navigation trail: "Mercury › News ›
// Education"; with ">", "/" or "|" it needs three steps ("Home > World > Europe", "News |
// Local | Politics").
func isBreadcrumb(t string) bool {
	if strings.Count(t, " | ") >= 2 && !strings.ContainsAny(t, "0123456789") {
		// "Home | News | Local": short capitalised steps between bars.
		for _, step := range strings.Split(t, " | ") {
			if words(step) == 0 || words(step) > 3 || !isOutletName(step) {
				return false
			}
		}
		return true
	}
	if !strings.ContainsAny(t, "›»>/") || words(t) > 14 || !breadcrumbRe.MatchString(t) {
		return false
	}
	if strings.ContainsAny(t, "›»") {
		return true
	}
	return strings.Count(t, " > ")+strings.Count(t, " / ") >= 2
}

// hasWordChar reports whether t holds a letter or a digit.
func hasWordChar(t string) bool {
	return strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// allUpperText reports whether t has letters and none of them is lower case, whatever its
// punctuation.
func allUpperText(t string) bool {
	return !strings.ContainsFunc(t, unicode.IsLower) && strings.ContainsFunc(t, unicode.IsLetter)
}

// allUpper reports whether t has letters and none of them is lower case.
func allUpper(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		} else if !unicode.IsSpace(r) && r != '&' && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return letters >= 2
}
