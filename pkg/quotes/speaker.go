package quotes

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// speakerOf turns a mention into the speaker's canonical name and role: a surname or an
// honorific and surname become the full name introduced earlier ("Dorin", "Mr. Trump" →
// "Pavel Dorin", "Donald Trump"), a pronoun the person it stands for, an organisation its
// name without "the". A description ("a spokesman") gives no name.
func (d *document) speakerOf(p *paragraph, m mention) (name, role string) {
	pos := p.toks[m.a].s
	switch m.kind {
	case nominal:
		name = d.describedAs(p, m, pos)
		if name == "" && statementWords()[m.name] {
			name = d.authorOf(p, m, pos)
		}
		if name == "" {
			name = namedDescription(p, m)
		}
		return name, d.roles[name]
	case pronoun:
		if m.pron != "he" && m.pron != "she" {
			if m.pron == "it" {
				if o := d.lastOrg(pos); o != "" {
					return o, ""
				}
			}
			return "", ""
		}
		name = d.antecedent(pos, m.pron)
		return name, d.roles[name]
	}
	if m.kind == organisation && m.b < len(p.toks) && m.a > 0 && p.toks[m.a-1].lw == "the" {
		// "the Vermont senator said": a place before a title is the person given that
		// place and title before ("Vermont Sen. Ann Lee"), not the place
		if t := p.toks[m.b]; t.kind == word && !t.quoted() && !t.isUpper() && titles()[t.lw] {
			if _, name = d.titled(t.lw, strings.Fields(strings.ToLower(m.name)), pos); name != "" {
				return name, d.roles[name]
			}
		}
	}
	name = d.resolveName(m, pos)
	role = m.title
	if r, ok := d.roles[name]; ok && (role == "" || len(r) > len(role)) {
		role = r
	}
	return name, role
}

// namedDescription returns an indefinite description of a speaker that holds a proper name,
// as written: "a senior Cruz adviser", "one Clinton aide", "a State Department official".
// The name inside is the best the text gives of who spoke; a description with no name in it
// ("a neighbour", "one resident") gives "".
func namedDescription(p *paragraph, m mention) string {
	switch m.pron {
	case "a", "an", "one", "another":
	default:
		return ""
	}
	if m.b-m.a > 10 || m.b > len(p.toks) {
		return ""
	}
	// the name must stand among the words before the head noun, not in a phrase after it
	// ("a leaflet it gave out at the town hall" names nobody who spoke)
	for k := m.a + 1; k < m.b; k++ {
		t := p.toks[k]
		if t.kind != word || t.quoted() || functionWords()[t.lw] {
			return ""
		}
		if t.isUpper() {
			return p.text(p.toks[m.a].s, p.toks[m.b-1].e)
		}
	}
	return ""
}

// orgHeads are nouns that stand for an organisation named before: "the hospital said" after
// "Brayford Regional Hospital"; the generic ones ("the company") stand for the latest
// organisation whatever its name.
var orgHeads = sync.OnceValue(func() map[string]bool {
	return setOf(`hospital ministry council department agency university college school county
	city board committee society trust campaign authority bank network railway commission party
	office court institute foundation association union league club church museum airline`)
})
var genericOrgHeads = sync.OnceValue(func() map[string]bool {
	return setOf(`company firm operator utility group organization organisation business
	retailer carrier insurer lender maker manufacturer developer chain`)
})

// statementWords are what speaks for its author: "the statement said" quotes whoever the
// text said issued it.
var statementWords = sync.OnceValue(func() map[string]bool {
	return setOf(`statement release letter memo report filing ruling post email announcement notice`)
})

// statementOf finds who issued the statement, letter or report that "the statement said" at
// pos quotes: the subject of the latest sentence before it that names that kind of document
// ("Brayton Hospital said in a statement on Monday" → "Brayton Hospital"), looking back a few
// paragraphs; "" when none does.
func (d *document) statementOf(head string, pos int) string {
	last := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].from > pos }) - 1
	for pi := last; pi >= 0 && pi > last-3; pi-- {
		p := d.paras[pi]
		end := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].s >= pos })
		for i := end - 1; i >= 0; i-- {
			t := p.toks[i]
			if t.kind != word || t.quoted() || t.lw != head || i > 0 && p.toks[i-1].lw == "the" {
				continue
			}
			// the last name before it that a verb follows: "The Ledger said Vance sent
			// a written statement" is Vance's statement
			var who *mention
			for k := p.mentionsFrom(p.sent[i]); k < len(p.mentions) && p.mentions[k].b <= i; k++ {
				m := &p.mentions[k]
				if (m.kind == person || m.kind == organisation) && !m.possessive && m.b < len(p.toks) && (isVerbForm(p.toks[m.b]) || p.toks[m.b].kind == word && isCue(p.toks[m.b].lw)) {
					who = m
				}
			}
			if who == nil {
				who = sentenceSubject(p, p.sent[i], i)
			}
			if who != nil && who.kind != nominal && !(who.kind == pronoun && who.pron == "it") {
				name, _ := d.speakerOf(p, *who)
				return name
			}
			return ""
		}
	}
	return ""
}

// authorOf finds who a document described with its author speaks for: "a report by council
// officers" is the council named before, "a statement from the Harbour Authority" the
// authority; "" when the description names no author.
func (d *document) authorOf(p *paragraph, m mention, pos int) string {
	for k := m.a + 1; k+1 < m.b && k+1 < len(p.toks); k++ {
		if t := p.toks[k]; t.quoted() || t.lw != "by" && t.lw != "from" {
			continue
		}
		if n := mentionAt(p, k+1); n != nil && (n.kind == person || n.kind == organisation) {
			name, _ := d.speakerOf(p, *n)
			return name
		}
		for e := k + 1; e < m.b && e < len(p.toks); e++ {
			if head := p.toks[e].lw; orgHeads()[head] || genericOrgHeads()[head] {
				return d.orgNamed(head, pos)
			}
		}
		return ""
	}
	return ""
}

// titleAbbreviations are the short forms of titles used before names ("Gov. Ann Lee" is "the
// governor").
var titleAbbreviations = map[string]string{"governor": "gov.", "senator": "sen.", "representative": "rep.",
	"professor": "prof.", "general": "gen.", "lieutenant": "lt.", "captain": "capt.", "superintendent": "supt."}

// describedAs resolves a definite description to whom it stands for: "the hospital" to the
// latest organisation with that word in its name, "the company" to the latest organisation,
// "the governor" or "the retired welder" to the latest person given that title or
// description. An indefinite one ("a neighbour") is someone new: nobody named.
func (d *document) describedAs(p *paragraph, m mention, pos int) string {
	if m.pron != "the" || m.name == "" {
		return ""
	}
	head := m.name
	if statementWords()[head] {
		return d.statementOf(head, pos)
	}
	if orgHeads()[head] || genericOrgHeads()[head] {
		return d.orgNamed(head, pos)
	}
	var quals []string
	for k := m.a + 1; k < m.b && k < len(p.toks); k++ {
		if t := p.toks[k]; t.kind == word && t.isUpper() && !possessive(t.w) {
			quals = append(quals, t.lw)
		}
	}
	best, qualified := d.titled(head, quals, pos)
	if qualified != "" {
		best = qualified
	}
	if best == "" && !strings.HasSuffix(head, "s") {
		// "the retired welder said" of someone the text named without that description:
		// the person the text is about, as "he" or "she" would be
		best = d.antecedent(pos, "")
	}
	return best
}

// titled finds the latest person before pos given the title or description head ("senator",
// "welder"), and the latest of those whose title also has the words quals ("the Vermont
// senator" after "Vermont Sen. Ann Lee"); "" when there is none.
func (d *document) titled(head string, quals []string, pos int) (latest, qualified string) {
	abbr := titleAbbreviations[head]
	for _, ds := range d.described {
		if ds.pos >= pos {
			break
		}
		words := strings.Fields(ds.words)
		for _, w := range words {
			if w == head || abbr != "" && w == abbr {
				latest = ds.name
				if len(quals) > 0 && containsAll(words, quals) {
					qualified = ds.name
				}
			}
		}
	}
	return latest, qualified
}

// containsAll reports whether every word of want is among words.
func containsAll(words, want []string) bool {
	for _, w := range want {
		found := false
		for _, x := range words {
			if strings.Trim(x, ",.;()") == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// orgNamed is the latest organisation before pos that a head noun stands for: one with that
// word in its name ("the hospital"), or any business for a generic one ("the company").
func (d *document) orgNamed(head string, pos int) string {
	best := ""
	for _, o := range d.orgs {
		if o.pos >= pos {
			break
		}
		if genericOrgHeads()[head] && isBusiness(o.name) || strings.Contains(strings.ToLower(o.name), head) {
			best = o.name
		}
	}
	return best
}

// businessWords make an organisation's name a business's: what "the company" may stand for
// ("Corvane Waste Services", "Tidyline Robotics"), unlike a court or a council.
var businessWords = sync.OnceValue(func() map[string]bool {
	return setOf(`services service inc inc. corp corp. co co. company group partners robotics systems
	technologies labs laboratories airlines airways motors industries holdings media networks bank
	capital llc plc ltd ltd. gmbh railways railway metro transit foods brands energy utilities`)
})

// isBusiness reports whether a name says it is a business's.
func isBusiness(name string) bool {
	for _, w := range strings.Fields(name) {
		if businessWords()[strings.ToLower(w)] || isAcronym(w) {
			return true
		}
	}
	return false
}

// hasOrgWord reports whether a name says it is an organisation ("Tidyline Robotics",
// "Harbour Authority", "NATO"), not only by a "the" before it ("the Sable River").
func hasOrgWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if orgWords()[strings.ToLower(w)] || isAcronym(w) {
			return true
		}
	}
	return false
}

// resolveName returns the full name a person's or organisation's mention stands for.
func (d *document) resolveName(m mention, pos int) string {
	if m.kind == organisation {
		if !strings.Contains(m.name, " ") {
			for _, o := range d.orgs {
				if o.pos < pos && o.first == m.name && o.words <= 4 && orgWords()[strings.ToLower(o.last)] && !orgWords()[strings.ToLower(m.name)] {
					return o.name
				}
			}
		}
		return m.name
	}
	if strings.Contains(m.name, " ") {
		return m.name
	}
	// a surname: the first full name before it with that last word, else the first after.
	// Of a family the text names (Donald and Ivanka Trump), the surname alone is the person
	// it introduced first, its main one; the others go by their first or full names. An
	// honorific picks the one of its gender (Mrs. Lee after Tom Lee and Ann Lee).
	best := ""
	for _, k := range d.byLast[m.name] {
		n := d.people[k]
		if n.pos < pos {
			if g := d.gender[n.name]; best == "" && (m.gender == 0 || g == 0 || g == m.gender) {
				best = n.name
			}
		} else if best == "" {
			best = n.name
			break
		}
	}
	if best == "" {
		// a first name: "Eleni" for "Eleni Papadakis"
		for _, k := range d.byFirst[m.name] {
			if n := d.people[k]; n.pos < pos {
				best = n.name
			}
		}
	}
	if best == "" {
		return m.name
	}
	return best
}

// lastOrg is the latest organisation named before pos.
func (d *document) lastOrg(pos int) string {
	name := ""
	for _, o := range d.orgs {
		if o.pos < pos {
			name = o.name
		}
	}
	return name
}

// antecedent finds the person "he" or "she" at pos stands for: the last person named before
// it in its own sentence, else the first person named in the nearest sentence before that
// names one (its subject, most often), looking back a few paragraphs.
func (d *document) antecedent(pos int, pron string) string {
	// "he" is not a woman the text calls Mrs. or Ms., "she" not a man it calls Mr.
	fits := func(p *paragraph, m mention) bool {
		if m.kind != person || !d.known(p, m) {
			return false
		}
		g := d.gender[d.resolveName(m, p.toks[m.a].s)]
		return !(pron == "he" && g == 'f' || pron == "she" && g == 'm')
	}
	last := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].from > pos }) - 1
	for pi := last; pi >= 0 && pi > last-4; pi-- {
		p := d.paras[pi]
		// the token of the pronoun, or the end of the paragraph
		at := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].s >= pos })
		// same sentence first, then the sentences before
		end := at
		for end > 0 {
			ss := p.sent[end-1]
			var inSentence []mention
			for k := p.mentionsFrom(ss); k < len(p.mentions) && p.mentions[k].a < end; k++ {
				if m := p.mentions[k]; m.b <= end && fits(p, m) {
					inSentence = append(inSentence, m)
				}
			}
			if len(inSentence) > 0 {
				m := inSentence[0]
				if s := sentenceSubject(p, ss, end); s != nil && fits(p, *s) {
					// the subject after an opening phrase: "In Silver Bay, store owner
					// Doug Rautio said …"
					m = *s
				}
				if end == at && pos >= p.from && pos <= p.to {
					// in the pronoun's own sentence: its subject ("Cross said he …, whom
					// he called"), else the last person before it
					m = inSentence[len(inSentence)-1]
					if s := sentenceSubject(p, ss, at); s != nil && fits(p, *s) {
						m = *s
					}
				}
				return d.resolveName(m, p.toks[m.a].s)
			}
			end = ss
		}
	}
	return ""
}

// isSpeech tells speech from the other uses of quotation marks: markup values, handles and
// numbers, so-called terms and nicknames, titles of works and shows, headlines in capitals,
// and short scare quotes that no speech verb in their sentence attributes.
func (d *document) isSpeech(p *paragraph, k int, att attribution) bool {
	sp := p.spans[k]
	if sp.attribute {
		return false
	}
	q := d.text[sp.s:sp.e]
	if !hasLetters(q) || strings.HasPrefix(q, "@") || strings.HasPrefix(q, "http") || strings.HasPrefix(q, "#") {
		return false
	}
	n := wordCount(q)
	o, c := p.openTok[k], p.closeTok[k]
	if labelled(p, o) {
		return false
	}
	if sp.single && d.doubleMarks && len(p.spans) == 1 && o == 0 && onlyPunctAfter(p, c) {
		// a paragraph that is one single-quoted line, in a text that quotes speech in
		// double marks, is a subheading in headline style: ‘A fight to the finish.’
		return false
	}
	if o > 0 && p.toks[o-1].kind == word && wordMarkers()[p.toks[o-1].lw] || o > 1 && p.toks[o-1].is(",") && wordMarkers()[p.toks[o-2].lw] {
		return att.found && !att.right || d.someoneIn(p, p.sent[o], c)
	}
	adjacent := att.found && att.right
	if isAllCaps(q) && n >= 2 {
		return false
	}
	if dated(p, c) {
		// a slogan or a title with its year: “No to Schengen” (2005)
		return false
	}
	if (namedWork(p, o) || byAuthor(p, c)) && isTitleCase(q) {
		// a work of any length: the book “Backfire: A Battle for the Soul of a Company”,
		// “Perfect Enough: The Reinvention of a Firm” by Ann Lee
		return false
	}
	if isTitleCase(q) && n <= 8 && (namedWork(p, o) || !adjacent && (!att.found || att.callCue && thingCalled(p, att.cueTok, o) || isNickname(q))) && !(n >= 2 && opensSentence(p, k) && endsSentence(q) && !isAllCaps(q)) {
		return false
	}
	if c+1 < len(p.toks) && n <= 8 {
		if t := p.toks[c+1]; t.kind == word && !t.quoted() && showWords()[t.lw] && !adjacent {
			return false
		}
	}
	if att.callCue && n <= 6 && strings.HasPrefix(q, "the ") && thingCalled(p, att.cueTok, o) {
		// calling the line “the tram to nowhere”: a nickname for a thing; calling a
		// person “the champion …” is speech about them
		return false
	}
	if n <= 3 && !att.found {
		r, _ := utf8.DecodeRuneInString(q)
		if unicode.IsUpper(r) {
			// a short sentence: “They see that.”
			return strings.ContainsAny(q[len(q)-1:], ".!?,")
		}
		// a single word in quotes with nobody in its sentence is a scare quote (the
		// “new” Nixon); two or three words are a phrase someone used
		return n >= 2 || d.someoneIn(p, p.sent[o], c)
	}
	return true
}

// someoneIn reports whether the sentence around a short quote, from token ss, names a person
// or an organisation or has a personal pronoun: someone the words could be from.
func (d *document) someoneIn(p *paragraph, ss, c int) bool {
	for k := p.mentionsFrom(ss); k < len(p.mentions); k++ {
		m := p.mentions[k]
		if m.a > c && p.sent[m.a] != ss {
			break
		}
		if m.kind == pronoun && m.pron == "it" || !d.solid(p, m) {
			continue
		}
		return true
	}
	return false
}

// known reports whether a person's mention is a full name, an honorific and a name, or a
// word that an earlier full name explains: what a pronoun may stand for.
func (d *document) known(p *paragraph, m mention) bool {
	return m.honorific || strings.Contains(m.name, " ") || d.resolveName(m, p.toks[m.a].s) != m.name
}

// solid reports whether a mention surely names someone. A single capitalised word opening a
// sentence ("Results vary", "Critics say") that no earlier full name explains and no
// honorific marks may be a common word.
func (d *document) solid(p *paragraph, m mention) bool {
	if m.kind != person || m.honorific || strings.Contains(m.name, " ") || m.a > p.sent[m.a] {
		return true
	}
	return d.resolveName(m, p.toks[m.a].s) != m.name
}

// isNickname reports whether a quote in title case starts with a lower-case "the": “the
// Wall”, “the Mud Bowl”.
func isNickname(q string) bool { return strings.HasPrefix(q, "the ") }

// thingCalled reports whether the object of "call" between the verb at token v and the
// quote at token o is a thing: "calling the extension", "call this"; a person ("called
// Trump", "calling her") or nothing ("what Mr. Hedge called") is not.
func thingCalled(p *paragraph, v, o int) bool {
	for i := v + 1; i < o; i++ {
		t := p.toks[i]
		if t.kind != word || t.quoted() || t.isUpper() {
			return false
		}
		switch t.lw {
		case "her", "him", "them", "me", "us", "you", "himself", "herself", "themselves":
			return false
		case "it", "this", "that", "itself":
			return true
		}
		if !determiners()[t.lw] {
			return true
		}
	}
	return false
}

// dated reports whether a parenthesis with a year follows the closing mark at token c:
// “Yes to the ban” (2009), a slogan or a work cited with its year, not speech.
func dated(p *paragraph, c int) bool {
	if c+2 >= len(p.toks) || !p.toks[c+1].is("(") {
		return false
	}
	for i := c + 2; i < len(p.toks) && i < c+10 && !p.toks[i].is(")"); i++ {
		if w := p.toks[i].w; len(w) == 4 && isDigit(w[0]) && isDigit(w[1]) && isDigit(w[2]) && isDigit(w[3]) {
			return true
		}
	}
	return false
}

// namedWork reports whether the words before a quote in title case present it as a work or a
// show: a possessive ("NBC's “Meet the Press”", "television's “Scandal”"), "on" ("said on
// “Face the Nation”") or a kind of work ("his memoir, “Tough Choices”", "the podcast “So, That
// Happened”").
func namedWork(p *paragraph, o int) bool {
	for i := o - 1; i >= 0 && i >= o-2; i-- {
		t := p.toks[i]
		if t.is(",") {
			continue
		}
		if t.kind != word || t.quoted() {
			return false
		}
		lw := t.lw
		if lw == "of" && i > 0 && creatorWords()[p.toks[i-1].lw] && !p.toks[i-1].quoted() {
			// "host of “The Press Hour”", "author of “Silent Rivers”"
			return true
		}
		return showWords()[lw] || lw == "on" || possessive(t.w) && !possessiveDeterminers()[lw]
	}
	return false
}

// onlyPunctAfter reports whether nothing but punctuation follows token c in its paragraph.
func onlyPunctAfter(p *paragraph, c int) bool {
	for i := c + 1; i < len(p.toks); i++ {
		if p.toks[i].kind == word {
			return false
		}
	}
	return true
}

// byAuthor reports whether "by" and a person's name follow the closing mark at token c, past
// a comma: “The Long Road Home,” by Ann Lee — a work and its author.
func byAuthor(p *paragraph, c int) bool {
	i := c + 1
	if i < len(p.toks) && p.toks[i].is(",") {
		i++
	}
	if i+1 >= len(p.toks) || p.toks[i].lw != "by" || p.toks[i].quoted() {
		return false
	}
	m := mentionAt(p, i+1)
	return m != nil && m.kind == person
}

// labelled reports whether the words before the opening mark at token o name what follows
// as a label, not speech: "so-called “rebels”", "nicknamed “Roadrunner”", "known as “the
// Wall”", "the term “kitchen sink”".
func labelled(p *paragraph, o int) bool {
	for i := o - 1; i >= 0 && i >= o-2; i-- {
		t := p.toks[i]
		if t.kind != word || t.quoted() {
			if t.is(",") || t.is(":") {
				continue
			}
			return false
		}
		lw := t.lw
		if namingMarkers()[lw] {
			return true
		}
		if lw == "as" && i > 0 {
			// known as, known locally as, known on the tour as
			for j := i - 1; j >= 0 && j >= i-5; j-- {
				if w := p.toks[j].lw; w == "known" {
					return true
				}
			}
		}
		if i == o-1 {
			continue
		}
		return false
	}
	return false
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isAllCaps reports whether s has no lower-case letter and at least two upper-case ones: a
// headline or a sign.
func isAllCaps(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 2
}

// isTitleCase reports whether every word of s that is not a short function word starts with
// a capital: a title or a name ("Meet the Press", "The Art of the Deal", "Old Faithful").
// A quote that ends a sentence with ! or ? is speech, and so is one with a comma inside
// ("Normally, we win").
func isTitleCase(s string) bool {
	t := strings.TrimRight(s, ".,;:")
	if strings.ContainsAny(t, "!?") {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 1 && words[0] == "the" {
		// a nickname: “the Chute”, “the Great Escape”
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	for k, w := range words {
		w = strings.Trim(w, "()[]-–—:,'’\"“”")
		if w == "" {
			continue
		}
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if k > 0 && len(w) <= 4 && functionWords()[strings.ToLower(w)] {
			continue
		}
		return false
	}
	// "I", "I'm", "OK" alone are speech more often than titles
	switch strings.ToLower(strings.Trim(words[0], ".,!?")) {
	case "i", "i'm", "i’m", "yes", "no", "ok", "okay", "thank", "thanks":
		return len(words) > 2
	}
	return true
}
