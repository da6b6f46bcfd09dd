// Package quotes finds the quotations of English news prose and attributes them to their
// speakers.
//
// A quotation is a stretch of text between quotation marks (curly, straight, guillemets, the
// Penn Treebank “ ” and the ” ” of New York Times archives) that is speech: attributed by
// a speech verb ("said", "told reporters", "according to") or a colon, or long enough to be
// speech on its own. Scare quotes, so-called terms, nicknames and titles are left out. The
// speaker is resolved to the full name the text introduces: "Dorin" and "he" become "Pavel
// Dorin", and titles ("President") go to the role.
package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledeparse/lede/pkg/article"
)

// Options tune Find. The zero value is the default.
type Options struct {
	// KnownNames are people the article names outside its text (the authors, say), used to
	// resolve surnames to full names.
	KnownNames []string
}

// Find returns the quotations of text in the order they start, each with its span in code
// points of text. Paragraphs are separated by blank lines; a quotation that runs over several
// paragraphs gives one item per paragraph, all in one group. It returns nil for text with no
// quotation.
func Find(text string, opts Options) []article.Quote {
	d := newDocument(text, opts)
	items := d.quotations()
	if len(items) == 0 {
		return nil
	}
	out := make([]article.Quote, 0, len(items))
	runes, bytePos := 0, 0
	for _, it := range items {
		// spans in code points, counted incrementally: items are in text order
		runes += utf8.RuneCountInString(text[bytePos:it.sp.s])
		start := runes
		runes += utf8.RuneCountInString(text[it.sp.s:it.sp.e])
		bytePos = it.sp.e
		q := article.Quote{
			Text:        text[it.sp.s:it.sp.e],
			SpeakerRole: it.role,
			Cue:         it.cue,
			Kind:        article.Partial,
			Group:       it.group,
			Span:        article.Span{Start: start, End: runes},
		}
		if it.direct {
			q.Kind = article.Direct
		}
		if it.speaker != "" {
			s := it.speaker
			q.Speaker = &s
		}
		out = append(out, q)
	}
	return out
}

// paragraph is one stretch of text between blank lines, with its quotes and tokens.
type paragraph struct {
	src string // the whole text
	// surnames are the last words of the full names the document gives, shared by its
	// paragraphs.
	surnames map[string]bool
	from, to int
	spans    []span
	toks     []token
	// sent[i] is the index of the first token of token i's sentence.
	sent     []int
	mentions []mention
	// startAt and endAt give, for each token, the index+1 of the mention starting or
	// ending there, 0 for none.
	startAt, endAt []int32
	// openTok and closeTok are the token indexes of each span's marks; closeTok is
	// len(toks) for a span running to the paragraph's end.
	openTok, closeTok []int
}

// document holds the paragraphs of a text and the people it names.
type document struct {
	text  string
	paras []*paragraph
	// people are the persons named in full (two words or more), in order of appearance,
	// each with the byte offset of its first mention; KnownNames come first.
	people []named
	orgs   []named
	// roles are the first role the text gives each person ("a senior adviser to the governor").
	roles map[string]string
	// surnames are the last words of people's full names.
	surnames map[string]bool
	// byLast and byFirst index people by the last and first words of their names.
	byLast, byFirst map[string][]int
	// gender is what honorifics tell of people: 'm' (Mr.) or 'f' (Mrs., Ms.).
	gender map[string]byte
	// described are the titles and descriptions given to people, in order, for "the
	// governor" and "the retired welder" to find them.
	described []described
	// doubleMarks is set when the text quotes in double marks: its speech is in double
	// marks, and a single-quoted paragraph is a subheading.
	doubleMarks bool
}

type described struct {
	name  string
	pos   int
	words string // lower case
}

type named struct {
	name        string
	pos         int
	first, last string // the first and last words of name
	words       int    // how many words name has
}

// newNamed records a name met at byte pos.
func newNamed(name string, pos int) named {
	f := strings.Fields(name)
	n := named{name: name, pos: pos, words: len(f)}
	if len(f) > 0 {
		n.first, n.last = f[0], f[len(f)-1]
	}
	return n
}

func newDocument(text string, opts Options) *document {
	d := &document{text: text, roles: map[string]string{}, surnames: map[string]bool{},
		byLast: map[string][]int{}, byFirst: map[string][]int{}, gender: map[string]byte{}}
	for _, n := range opts.KnownNames {
		if n = strings.TrimSpace(n); len(strings.Fields(n)) >= 2 {
			d.addPerson(newNamed(n, -1))
		}
	}
	for _, r := range paragraphRanges(text) {
		p := &paragraph{src: text, from: r[0], to: r[1], surnames: d.surnames}
		p.spans = paragraphSpans(text, r[0], r[1])
		for _, sp := range p.spans {
			if !sp.single {
				d.doubleMarks = true
			}
		}
		p.toks = tokenize(text, r[0], r[1], p.spans)
		p.sent = make([]int, len(p.toks))
		start := 0
		openAt := map[int]int{} // span index -> token of its opening mark
		for i, t := range p.toks {
			if t.kind == openMark {
				openAt[t.q] = i
			}
		}
		for i, t := range p.toks {
			p.sent[i] = start
			if sentenceEnd(p.toks, p.spans, text, i) || t.kind == closeMark && partialEnd(p, text, i, openAt[t.q], start) {
				start = i + 1
			}
		}
		p.openTok = make([]int, len(p.spans))
		p.closeTok = make([]int, len(p.spans))
		for k := range p.spans {
			p.closeTok[k] = len(p.toks)
		}
		for i, t := range p.toks {
			switch t.kind {
			case openMark:
				p.openTok[t.q] = i
			case closeMark:
				p.closeTok[t.q] = i
			}
		}
		p.mentions = findMentions(p.toks)
		p.startAt = make([]int32, len(p.toks))
		p.endAt = make([]int32, len(p.toks))
		for k, m := range p.mentions {
			p.startAt[m.a] = int32(k + 1)
			p.endAt[m.b-1] = int32(k + 1)
		}
		for _, m := range p.mentions {
			switch {
			case m.kind == person && strings.Contains(m.name, " "):
				d.addPerson(newNamed(m.name, p.toks[m.a].s))
			case m.kind == organisation:
				d.orgs = append(d.orgs, newNamed(m.name, p.toks[m.a].s))
			}
			if m.kind != person {
				continue
			}
			full := d.resolveName(m, p.toks[m.a].s)
			if m.gender != 0 {
				d.gender[full] = m.gender
			} else if _, known := d.gender[full]; !known && strings.Contains(m.name, " ") {
				// only a full name: a surname alone may stand for another of the family
				if g := reportedGender(p.toks, m.b); g != 0 {
					d.gender[full] = g
				}
			}
			role := appositive(p, m.b)
			if role != "" || m.title != "" {
				d.described = append(d.described, described{full, p.toks[m.a].s, strings.ToLower(m.title + " " + role)})
			}
			if _, seen := d.roles[full]; seen {
				continue
			}
			if role != "" {
				d.roles[full] = role
			} else if m.title != "" {
				d.roles[full] = m.title
			}
		}
		d.paras = append(d.paras, p)
	}
	return d
}

// reportedGender tells a person's gender from the pronoun that opens the words the person
// reports: "Ann Lee said she would stay", "Lee added that he was tired" ('f', 'm'). A
// pronoun after an object ("Lee told him", "Lee asked her") may be someone else, so only
// verbs that take the clause straight after them count. It returns 0 when there is none.
func reportedGender(toks []token, b int) byte {
	j := b
	for j < len(toks) && toks[j].kind == word && !toks[j].quoted() && (fillers()[toks[j].lw] || isAdverb(toks[j].w)) {
		j++
	}
	if j >= len(toks) || toks[j].kind != word || toks[j].quoted() || !isCue(toks[j].lw) {
		return 0
	}
	switch toks[j].lw {
	case "told", "tell", "tells", "telling", "asked", "ask", "asks", "according", "called", "calls":
		return 0
	}
	j++
	if j < len(toks) && toks[j].lw == "that" {
		j++
	}
	if j >= len(toks) || toks[j].kind != word || toks[j].quoted() {
		return 0
	}
	switch toks[j].lw {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// partialEnd reports whether the closing mark at token i ends the sentence of a fragment
// quoted inside the writer's words: “… a failed candidate.” Romney fired back. Only a
// quote that opens its sentence may have its speaker after it (“Really?” Ann asked).
func partialEnd(p *paragraph, text string, i, open, start int) bool {
	sp := p.spans[p.toks[i].q]
	if !endsSentence(text[sp.s:sp.e]) || i+1 >= len(p.toks) || p.toks[i+1].kind != word || !p.toks[i+1].isUpper() {
		return false
	}
	for k := start; k < open; k++ {
		if !p.toks[k].quoted() && p.toks[k].kind == word {
			return true
		}
	}
	return false
}

// addPerson records a person named in full.
func (d *document) addPerson(n named) {
	d.byLast[n.last] = append(d.byLast[n.last], len(d.people))
	d.byFirst[n.first] = append(d.byFirst[n.first], len(d.people))
	d.surnames[n.last] = true
	d.people = append(d.people, n)
}

// paragraphRanges returns the byte ranges of the paragraphs of text, split at blank lines
// (a line break, white space, a line break).
func paragraphRanges(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			out = append(out, [2]int{start, i})
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			start = j
			i = j - 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// item is a quotation found, before it becomes an article.Quote.
type item struct {
	sp      span
	para    int
	k       int // index of the span in its paragraph
	att     attribution
	direct  bool
	group   int
	speaker string
	role    string
	cue     string
}

// quotations finds, attributes and groups the quotations of the document.
func (d *document) quotations() []item {
	var items []item
	lastSpeaker, lastRole, lastPara := "", "", -10
	group := 0
	for pi, p := range d.paras {
		for k, sp := range p.spans {
			if sp.e <= sp.s {
				continue
			}
			att := d.attribute(p, k)
			if !d.isSpeech(p, k, att) {
				continue
			}
			it := item{sp: sp, para: pi, k: k, att: att}
			it.direct = d.isDirect(p, k, att)
			// one utterance: a split quote around its attribution, or a quote going on
			// into the next paragraph
			cont := false
			if n := len(items); n > 0 {
				prev := items[n-1]
				pp := d.paras[prev.para]
				switch {
				case prev.para == pi && att.cueTok >= 0 && prev.att.cueTok == att.cueTok && prev.att.right && !att.right:
					cont = true
				case prev.para == pi-1 && !prev.sp.closed && p.openTok[k] == 0 && prev.k == len(pp.spans)-1:
					cont = true
				}
				if cont && prev.direct {
					it.direct = true
				}
			}
			if !cont {
				group++
			}
			it.group = group
			it.cue = att.cue
			if att.who != nil {
				it.speaker, it.role = d.speakerOf(p, *att.who)
			}
			if att.who == nil && !att.found {
				d.fallbackSpeaker(&it, p, pi, k, lastSpeaker, lastRole, lastPara)
			}
			if cont && it.speaker == "" {
				prev := items[len(items)-1]
				it.speaker, it.role, it.cue = prev.speaker, prev.role, prev.cue
			}
			items = append(items, it)
			if it.speaker != "" {
				lastSpeaker, lastRole, lastPara = it.speaker, it.role, pi
			} else if att.found {
				lastSpeaker, lastPara = "", pi
			}
		}
	}
	// the earlier pieces of an utterance take the speaker named at a later one
	for i := len(items) - 2; i >= 0; i-- {
		if items[i].group == items[i+1].group && items[i].speaker == "" {
			items[i].speaker, items[i].role = items[i+1].speaker, items[i+1].role
			if items[i].cue == "" {
				items[i].cue = items[i+1].cue
			}
		}
	}
	return items
}

// fallbackSpeaker names the speaker of a quote that no speech verb attributes. A fragment
// inside the writer's sentence goes to that sentence's subject, as news attributes a
// stance ("Clinton supports “appropriate pay raises”"), else to the speaker of the quote
// before in its paragraph. A quote standing as its own sentence goes on with the speaker of
// the quote before in its paragraph, else takes the subject of the sentence before, the
// speaker of the paragraph before, a credit line after it ("— Ann Lee, commuter"), the
// subject of the paragraph before, or the speaker a colon introduced there.
func (d *document) fallbackSpeaker(it *item, p *paragraph, pi, k int, lastSpeaker, lastRole string, lastPara int) {
	o := p.openTok[k]
	if !opensSentence(p, k) {
		if m := d.subjectBefore(p, k); m != nil {
			it.speaker, it.role = d.speakerOf(p, *m)
		} else if lastSpeaker != "" && pi == lastPara {
			// “Q1,” Trump said. Instead, “Q2.”
			it.speaker, it.role = lastSpeaker, lastRole
		}
		return
	}
	if !it.direct {
		return
	}
	if lastSpeaker != "" && pi == lastPara {
		// “Q1,” said Ann Lee. “Q2.”
		it.speaker, it.role = lastSpeaker, lastRole
		return
	}
	if m := d.previousSubject(p, k); m != nil {
		it.speaker, it.role = d.speakerOf(p, *m)
		if it.speaker != "" {
			return
		}
	}
	if lastSpeaker != "" && (pi-lastPara <= 1 || pi-lastPara <= 3 && d.nobodyBetween(lastPara, pi)) {
		// the speaker of the quote a paragraph or two before, when the paragraphs between
		// name nobody ("She pauses.")
		it.speaker, it.role = lastSpeaker, lastRole
		return
	}
	if pi+1 < len(d.paras) && o == 0 {
		// a credit line after the quote: "— Michelle Marks, Philadelphia"
		next := d.paras[pi+1]
		if len(next.toks) > 1 && (next.toks[0].is("-") || next.toks[0].is("—") || next.toks[0].is("–")) {
			if m := mentionAt(next, 1); m != nil && m.kind != pronoun {
				it.speaker, it.role = d.speakerOf(next, *m)
				return
			}
		}
	}
	if pi > 0 && o == 0 && len(d.paras[pi-1].spans) == 0 {
		// Viguerie is upbeat about Cruz. / “Not only can Ted Cruz win …”
		prev := d.paras[pi-1]
		if n := len(prev.toks); n > 0 {
			if m := sentenceSubject(prev, prev.sent[n-1], n); m != nil && (m.kind == person && d.solid(prev, *m) || m.kind == pronoun && personPronouns()[m.pron]) {
				it.speaker, it.role = d.speakerOf(prev, *m)
				if prev.toks[n-1].is(":") {
					// "superintendent Gloria Mendez wrote:" introduces the paragraph
					it.cue = ":"
					if v := prev.toks[max(n-2, 0)]; v.kind == word && !v.quoted() && isCue(v.lw) {
						it.cue = v.lw
					}
				}
				return
			}
		}
	}
	if pi > 0 && o == 0 {
		if s, r, ok := d.colonIntro(d.paras[pi-1]); ok {
			it.speaker, it.role, it.cue = s, r, ":"
		}
	}
}

// nobodyBetween reports whether the paragraphs strictly between a and b hold no quote and
// name no person or organisation.
func (d *document) nobodyBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if len(d.paras[i].spans) > 0 {
			return false
		}
		for _, m := range d.paras[i].mentions {
			if m.kind == person && d.solid(d.paras[i], m) || m.kind == organisation {
				return false
			}
		}
	}
	return true
}

// colonIntro finds the speaker of a paragraph that ends with a colon and introduces the
// quotation of the next paragraph: "From Andrea Peyser writing at The Post:".
func (d *document) colonIntro(p *paragraph) (speaker, role string, ok bool) {
	n := len(p.toks)
	if n == 0 || !p.toks[n-1].is(":") {
		return "", "", false
	}
	ss := p.sent[n-1]
	if m := sentenceSubject(p, ss, n-1); m != nil {
		s, r := d.speakerOf(p, *m)
		return s, r, s != ""
	}
	return "", "", false
}

// isDirect tells a whole sentence of speech from a fragment inside the writer's sentence:
// the quote opens its sentence, or follows a colon, or a speech verb and a comma ("said,
// “Q”"), and starts with a capital.
func (d *document) isDirect(p *paragraph, k int, att attribution) bool {
	sp := p.spans[k]
	o := p.openTok[k]
	r, _ := utf8.DecodeRuneInString(d.text[sp.s:])
	upper := unicode.IsUpper(r) || unicode.IsDigit(r) || r == '['
	ss := p.sent[o]
	before := -1
	for i := o - 1; i >= ss; i-- {
		if t := p.toks[i]; t.kind == punct && strings.ContainsAny(t.w, "\"“”'") {
			// a stray mark typed against this one
			continue
		}
		if !p.toks[i].quoted() && p.toks[i].kind != closeMark {
			before = i
			break
		}
		if p.toks[i].kind == closeMark {
			break
		}
	}
	if before < 0 {
		// the quote opens its sentence; a short lower-case fragment there is still a
		// fragment ("“moaning” is not a crime")
		if !upper && !endsSentence(d.text[sp.s:sp.e]) && wordCount(d.text[sp.s:sp.e]) < 4 {
			return false
		}
		return upper || endsSentence(d.text[sp.s:sp.e])
	}
	t := p.toks[before]
	switch {
	case t.is(":"):
		return true
	case t.is(",") && before > 0 && (isCue(p.toks[before-1].lw) || att.found && !att.right && att.cueTok >= before-2):
		// "said, “Q”", "as Ann Lee puts it, “Q”"
		return upper
	case t.kind == word && isCue(t.lw) && !isBelief(t.lw):
		return upper && endsSentence(d.text[sp.s:sp.e])
	case t.is(",") || t.is("—") || t.is("–"):
		// “Q1,” S said. Later: — “Q2”
		return upper && endsSentence(d.text[sp.s:sp.e]) && att.right
	}
	return false
}

// text returns the document's text from byte s to e.
func (p *paragraph) text(s, e int) string { return p.src[s:e] }

func wordCount(s string) int { return len(strings.Fields(s)) }
