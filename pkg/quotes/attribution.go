package quotes

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// attribution is what the writer's words around a quote say about who spoke it.
type attribution struct {
	// found is set when a speech verb, "according to" or a colon attributes the quote, even
	// to nobody named ("a spokesman said").
	found bool
	// right is set when the attribution follows the quote (“Q,” S said).
	right bool
	// cueTok is the token index of the speech verb, -1 for none or a colon.
	cueTok int
	cue    string
	// belief is set when the cue is a verb of belief ("thinks").
	belief bool
	// callCue is set when the cue is a form of "call" ("calling it “the Chute”").
	callCue bool
	// who is the speaker's mention, nil when nobody is named.
	who *mention
}

// attribute finds the attribution of span k of p: first after the quote (“Q,” Dorin said;
// “Q,” said Tobias Lund; “Q,” according to the ministry), then before it in its sentence (S
// said, “Q”; S said the plan was “a disaster”; according to S, “Q”; S described it: “Q”).
func (d *document) attribute(p *paragraph, k int) attribution {
	if a, ok := d.rightAttribution(p, k); ok {
		return a
	}
	if a := d.leftAttribution(p, k); a.found {
		return a
	}
	if a, ok := d.trailingAttribution(p, k); ok {
		return a
	}
	return attribution{cueTok: -1}
}

// trailingAttribution finds an attribution closing the quote's sentence after more of the
// writer's words: “Q” and against the law, Clinton said.
func (d *document) trailingAttribution(p *paragraph, k int) (attribution, bool) {
	toks := p.toks
	c := p.closeTok[k]
	crossed := false // a later quote stands between
	for v := c + 1; v < len(toks) && p.sent[v] == p.sent[min(c, len(toks)-1)]; v++ {
		t := toks[v]
		if t.kind == openMark {
			crossed = true
		}
		lw := t.lw
		if lw == "according" && !t.quoted() && v+1 < len(toks) && toks[v+1].lw == "to" && !crossed {
			// “Q” …, according to campaign manager Jeff Weaver.
			if m, _, ok := speakerAfter(p, v+2); ok && m != nil && m.kind != pronoun {
				return attribution{found: true, cueTok: v, cue: "according to", who: m}, true
			}
			continue
		}
		if t.kind != word || t.quoted() || t.isUpper() || !isCue(lw) || isBelief(lw) || isParticiple(lw) {
			continue
		}
		// ", Clinton said" / ", Republican pollster Bill McInturff said"; ", he said" closing
		// the sentence, which may hold another quote: “Q1” are “Q2,” he said.
		j := v - 1
		for j > c && toks[j].kind == word && (fillers()[toks[j].lw] || isAdverb(toks[j].w)) {
			j--
		}
		m := mentionEndingAt(p, j)
		if m != nil && m.kind == pronoun && (m.pron == "it" || m.pron == "i" || !sentenceTail(toks, v) && !(v+1 < len(toks) && toks[v+1].is(","))) {
			m = nil
		}
		if m != nil && m.kind != pronoun && crossed {
			m = nil
		}
		if m != nil {
			for e := m.a - 1; e > c; e-- {
				if toks[e].is(",") || crossed && e == m.a-1 && toks[e].kind == closeMark && toks[e-1].is(",") {
					// a comma, or a later quote that ends with its comma: “Q1” are “Q2,” he said
					return attribution{found: true, cueTok: v, cue: cueText(toks, v), who: m}, true
				}
				if toks[e].kind != word || toks[e].quoted() {
					break
				}
			}
		}
		if crossed {
			break
		}
		// ", said Clinton"
		if toks[v-1].is(",") {
			if m, e, ok := speakerAfter(p, v+1); ok && m != nil && (e >= len(toks) || toks[e].kind == punct) {
				return attribution{found: true, cueTok: v, cue: cueText(toks, v), who: m}, true
			}
		}
	}
	return attribution{}, false
}

// subjectBefore is the subject of the writer's words before a quote in its sentence, when
// no speech verb attributes it: Clinton supports “appropriate pay raises”.
func (d *document) subjectBefore(p *paragraph, k int) *mention {
	o := p.openTok[k]
	ss := p.sent[o]
	if m := sentenceSubject(p, ss, o); m != nil && d.solid(p, *m) {
		return m
	}
	return nil
}

// previousSubject is the subject of the sentence before the quote's own in its paragraph:
// Clinton touted her record. “We need to find ways …”
func (d *document) previousSubject(p *paragraph, k int) *mention {
	ss := p.sent[p.openTok[k]]
	if ss == 0 {
		return nil
	}
	pss := p.sent[ss-1]
	for v := ss - 1; v >= pss; v-- {
		// "…, Schiff said." The speaker of the sentence before
		t := p.toks[v]
		if lw := t.lw; t.kind == word && !t.quoted() && !t.isUpper() && isCue(lw) && !isBelief(lw) && !nounUse(p.toks, v) {
			if m := subjectOf(p, pss, v); m != nil && d.solid(p, *m) {
				return m
			}
			break
		}
	}
	if m := sentenceSubject(p, pss, ss); m != nil && d.solid(p, *m) {
		return m
	}
	return nil
}

// rightAttribution matches the words right after the closing mark: [,] S [, role,] [adverbs]
// VERB, or [,] VERB S, or [,] according to S.
func (d *document) rightAttribution(p *paragraph, k int) (attribution, bool) {
	c := p.closeTok[k]
	toks := p.toks
	i := c + 1
	if i < len(toks) && (toks[i].is(",") || toks[i].is("—") || toks[i].is("–")) {
		i++
	}
	if i >= len(toks) || toks[i].kind != word || toks[i].quoted() {
		return attribution{}, false
	}
	lw := toks[i].lw
	if endsSentence(p.text(p.spans[k].s, p.spans[k].e)) && (toks[i].isUpper() && functionWords()[lw] || !opensSentence(p, k)) {
		// the quote ended the writer's sentence: “… arbitrary.” Josh Hendler warned …
		return attribution{}, false
	}
	if lw == "according" && i+1 < len(toks) && strings.EqualFold(toks[i+1].w, "to") {
		a := attribution{found: true, right: true, cueTok: i, cue: "according to"}
		a.who = mentionAt(p, i+2)
		return a, true
	}
	q := p.spans[k]
	speechEnd := strings.ContainsAny(p.text(q.e-1, q.e), ",?!") || endsSentence(p.text(q.s, q.e))
	if isCue(lw) && !isBelief(lw) && !isParticiple(lw) || speechEnd && isVerbForm(toks[i]) {
		// “Q,” said Tobias Lund, a veteran commentator; “Q,” agrees Ann Lee
		if who, _, ok := speakerAfter(p, i+1); ok && (who != nil || isCue(lw)) && !(who != nil && who.kind == nominal && possessiveDeterminers()[who.pron]) {
			return attribution{found: true, right: true, cueTok: i, cue: cueText(toks, i), who: who}, true
		}
		if isCue(lw) {
			return attribution{}, false
		}
	}
	// S [, role,] [fillers] VERB
	m, j, ok := speakerAfter(p, i)
	if !ok {
		return attribution{}, false
	}
	if m == nil {
		// a description: "a spokesman for the ministry said", "one resident said"
		for j < len(toks) && j-i < 8 && toks[j].kind == word && !toks[j].quoted() && !isCue(toks[j].lw) {
			j++
		}
	}
	if m != nil && j+1 < len(toks) && (strings.EqualFold(toks[j].w, "of") || strings.EqualFold(toks[j].w, "at")) {
		// “Q,” Ms. Ferrante of the Tidewater Trust said
		if n := mentionAt(p, j+1); n != nil && n.kind != pronoun {
			j = n.b
		}
	}
	if j < len(toks) && toks[j].is("(") {
		// “Q,” Rep. Ann Lee (D-Ore.) said
		for e := j + 1; e < len(toks) && e-j < 8; e++ {
			if toks[e].is(")") {
				j = e + 1
				break
			}
		}
	}
	if (m == nil || m.kind == nominal || m.possessive) && j+1 < len(toks) && toks[j].is(",") {
		// “Q,” the assailant, John McGraw, told …; “Q,” Google's chief executive, Ann Lee, said
		if n := mentionAt(p, j+1); n != nil && n.kind == person && !n.possessive && n.b < len(toks) && toks[n.b].kind == punct {
			m, j = n, n.b
		}
	}
	if j+1 < len(toks) && toks[j].is(",") && toks[j+1].kind == word && isCue(toks[j+1].lw) {
		// the comma closing an appositive: “Q,” the assailant, John McGraw, told
		j++
	}
	if j < len(toks) && toks[j].is(",") {
		// appositive: “Q,” Kyle Branscombe, the driver, said
		// the appositive may hold commas of its own ("Mr. Varga, now 77 and living in
		// Bangor, Maine, said"): it ends at the comma before the first speech verb
		for e := j + 1; e < len(toks) && e-j < 30 && !(toks[e].is(".") && !toks[e].quoted()); e++ {
			if t := toks[e]; t.kind == word && !t.quoted() && !t.isUpper() && isCue(t.lw) && !isBelief(t.lw) {
				if toks[e-1].is(",") || sentenceTail(toks, e) {
					j = e
					if n := mentionEndingAt(p, e-1); n != nil && n.kind == person && (m == nil || m.kind == nominal) {
						// “Q,” the dawn of a movement, Bozell says.
						m = n
					}
				}
				break
			}
		}
	}
	for j < len(toks) && toks[j].kind == word && (fillers()[toks[j].lw] || isAdverb(toks[j].w)) {
		j++
	}
	if j >= len(toks) || toks[j].kind != word || toks[j].quoted() {
		return attribution{}, false
	}
	lv := toks[j].lw
	if isCue(lv) && !isBelief(lv) && !isParticiple(lv) || m != nil && speechEnd && isVerbForm(toks[j]) && (m.kind != pronoun || isCue(lv)) {
		return attribution{found: true, right: true, cueTok: j, cue: cueText(toks, j), who: m}, true
	}
	return attribution{}, false
}

// sentenceTail reports whether the speech verb at token e ends its sentence within a few
// words: "…, the polling guru who founded the site tweeted on Wednesday."
func sentenceTail(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		if toks[k].is(".") || toks[k].kind == openMark {
			return true
		}
		if toks[k].kind != word {
			return false
		}
	}
	return e+1 >= len(toks)
}

// isVerbForm reports whether a lower-case word looks like a verb in the past or the present
// tense ("barked", "agrees"): right after a quote and a name, it attributes the quote (“Go
// back,” Trump barked).
func isVerbForm(t token) bool {
	if t.kind != word || t.quoted() || t.isUpper() || len(t.w) < 4 {
		return false
	}
	lw := t.lw
	if functionWords()[lw] || fillers()[lw] {
		return false
	}
	return strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "es") || strings.HasSuffix(lw, "ks") || strings.HasSuffix(lw, "ts") || irregularVerbs()[lw]
}

// irregularVerbs are past tenses that follow a quote and its speaker: “…,” Trump went on.
var irregularVerbs = sync.OnceValue(func() map[string]bool {
	return setOf(`went spoke began came shot swore broke drew gave kept sang cried chimed
	shot struck threw rang`)
})

// possessiveDeterminers start an object, not a speaker: “…,” denounced her record.
var possessiveDeterminers = sync.OnceValue(func() map[string]bool { return setOf(`his her its their our my your`) })

// verbAfterName reports whether the word at token v follows a name or "he"/"she": "John
// Baick calls", where a word that is also a noun is a verb.
func verbAfterName(p *paragraph, v int) bool {
	m := mentionEndingAt(p, v-1)
	return m != nil && !m.possessive && (m.kind == person || m.kind == organisation || m.kind == pronoun && m.pron != "i")
}

// nominalMention makes a mention of the description toks[a:b] ("the retired welder", "a
// spokesman for the ministry"): its head noun is the last lower-case word before a
// preposition, and pron keeps the determiner.
func nominalMention(toks []token, a, b int) *mention {
	m := &mention{a: a, b: b, kind: nominal, pron: toks[a].lw}
	for i := a + 1; i < b; i++ {
		t := toks[i]
		lw := t.lw
		if t.kind != word || functionWords()[lw] && i > a+1 {
			break
		}
		if !t.isUpper() && !possessive(t.w) {
			m.name = lw
		}
	}
	return m
}

// titleChain reports whether lower-case words and then a name follow token j: "Cruz
// constituent Dan Golvach", where the first name qualifies a title.
func titleChain(p *paragraph, j int) bool {
	for e := j; e < len(p.toks) && e < j+3; e++ {
		t := p.toks[e]
		if t.kind != word || t.quoted() {
			return false
		}
		if t.isUpper() {
			return e > j && mentionAt(p, e) != nil
		}
		if lw := t.lw; functionWords()[lw] || fillers()[lw] || isCue(lw) || isAdverb(t.w) || isVerbForm(t) && !titles()[lw] {
			// a verb or an adverb: "Trump repeatedly attacked Clinton" is no title
			return false
		}
	}
	return false
}

// affiliated returns the person whose affiliation the mention m names: "Lucian Kaye of
// Halvard & Pryce said", "Ms. Ferrante of the Tidewater Trust said"; nil when m is not one.
func affiliated(p *paragraph, m *mention) *mention {
	for k := m.a - 1; k >= 0 && k >= m.a-6; k-- {
		t := p.toks[k]
		switch {
		case t.lw == "of" || t.lw == "at" || t.lw == "from":
			if n := mentionEndingAt(p, k-1); n != nil && n.kind == person && !n.possessive {
				return n
			}
			return nil
		case t.lw == "the" || t.lw == "&" || t.lw == "and" || t.kind == word && t.isUpper():
			continue
		default:
			return nil
		}
	}
	return nil
}

// inPhrase reports whether a mention is the object of a preposition: "at the Capitol",
// "in Ohio".
func inPhrase(p *paragraph, m *mention) bool {
	k := m.a - 1
	if k >= 0 && p.toks[k].lw == "the" {
		k--
	}
	return k >= 0 && p.toks[k].kind == word && !p.toks[k].quoted() && prepositions()[p.toks[k].lw]
}

// nextMentionStart is the token where the next name after token j starts, or len(toks).
func nextMentionStart(p *paragraph, j int) int {
	for k := p.mentionsFrom(j); k < len(p.mentions); k++ {
		return p.mentions[k].a
	}
	return len(p.toks)
}

// titleChainStart reports whether the words from token from up to a name at token a are a
// title chain that opens the sentence: "Council member Yolanda Brisco".
func titleChainStart(p *paragraph, from, a int) bool {
	if m := mentionAt(p, from); m != nil && m.b < a {
		return titleChain(p, m.b) && nextMentionStart(p, m.b) == a
	}
	return false
}

// opensSentence reports whether span k opens its sentence: no words of the writer's come
// before it.
func opensSentence(p *paragraph, k int) bool {
	o := p.openTok[k]
	for i := p.sent[o]; i < o; i++ {
		if !p.toks[i].quoted() && p.toks[i].kind != closeMark && p.toks[i].kind != openMark {
			return false
		}
	}
	return true
}

// pastForms are irregular past tenses of speech verbs: never nouns.
var pastForms = sync.OnceValue(func() map[string]bool { return setOf(`said told wrote thought felt knew`) })

// nounUse reports whether the speech verb at token v is used as a noun: after a possessive
// or a determiner ("Trump’s remarks", "the report").
func nounUse(toks []token, v int) bool {
	if v == 0 {
		return false
	}
	prev := toks[v-1]
	w := toks[v].lw
	base := !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && !pastForms()[w]
	if base && v >= 2 && prev.kind == word && !prev.quoted() && !prev.isUpper() && !functionWords()[prev.lw] &&
		!fillers()[prev.lw] && !isAdverb(prev.w) && !isCue(prev.lw) {
		// "a snappy retort", "her repeated remarks"
		prev = toks[v-2]
	}
	if prev.kind != word || prev.quoted() {
		return false
	}
	lw := prev.lw
	return possessive(prev.w) || lw == "the" || lw == "a" || lw == "an" || lw == "his" || lw == "her" ||
		lw == "their" || lw == "its" || lw == "our" || lw == "this" || lw == "these" || lw == "those"
}

// speakerAfter reads a speaker named from token i on: "Tobias Lund", "the Kremlin", "former
// Gov. Ada Brennick", "Lakeshore State University professor Omar Feld", "chief executive Nell
// Ashdown", "Marsh's campaign manager Ivo Kettering". It returns the mention (nil for a
// description such as "a spokesman"), the token after it, and whether a speaker stands there.
func speakerAfter(p *paragraph, i int) (*mention, int, bool) {
	toks := p.toks
	if i >= len(toks) || toks[i].kind != word || toks[i].quoted() {
		return nil, i, false
	}
	if m := mentionAt(p, i); m == nil && determiners()[toks[i].lw] && toks[i].lw != "that" && toks[i].lw != "this" {
		// "his oldest friend from Marlow, Piet Anders": a description, then the name
		for e := i + 1; e < len(toks) && e < i+9; e++ {
			t := toks[e]
			if t.is(",") {
				// the name may follow a few lower-case words: "one regular, 81-year-old
				// Stan Hewitt,", "a neighbour, retired teacher Ann Lee,"
				f := e + 1
				for f < len(toks) && f < e+4 && toks[f].kind == word && !toks[f].quoted() && !toks[f].isUpper() &&
					!functionWords()[toks[f].lw] && !isCue(toks[f].lw) {
					f++
				}
				if n := mentionAt(p, f); n != nil && n.kind == person && (n.b >= len(toks) || toks[n.b].kind == punct || isCue(toks[n.b].lw)) {
					return n, n.b, true
				}
				break
			}
			if t.kind != word || t.quoted() {
				break
			}
		}
		e := i + 1
		for e < len(toks) && e < i+8 && toks[e].kind == word && !toks[e].quoted() && !isCue(toks[e].lw) && !fillers()[toks[e].lw] {
			if n := mentionAt(p, e); n != nil && n.kind == person && !n.possessive && (n.b >= len(toks) || toks[n.b].kind != word || isCue(toks[n.b].lw) || isVerbForm(toks[n.b])) {
				// "his nephew Michery el Soheil": the name closes the description
				return n, n.b, true
			}
			e++
		}
		return nominalMention(toks, i, e), e, true
	} else if m != nil && m.kind == pronoun {
		return m, m.b, true
	}
	var best *mention
	j := i
	for j < len(toks) && j < i+10 {
		if m := mentionAt(p, j); m != nil && m.kind != pronoun {
			if best == nil || m.kind == person || best.possessive {
				best = m
			}
			j = m.b
			if m.kind == person && !m.possessive && !titleChain(p, j) {
				break
			}
			continue
		}
		t := toks[j]
		lw := t.lw
		if t.kind == word && !t.quoted() && !isCue(lw) && !calendarWords()[lw] && (t.isUpper() || !determiners()[lw] && !functionWords()[lw] && !isAdverb(t.w)) {
			// title words and names of programmes before the person: "Harbour Today
			// co-host Lena Marwick"
			j++
			continue
		}
		break
	}
	if best == nil {
		return nil, i, false
	}
	return best, j, true
}

// leftAttribution looks in the quote's sentence before its opening mark for the last speech
// verb and its subject, "according to S", or a colon.
func (d *document) leftAttribution(p *paragraph, k int) attribution {
	toks := p.toks
	o := p.openTok[k]
	ss := p.sent[o]
	last := o - 1
	for last >= ss && (toks[last].quoted() || toks[last].kind == closeMark || toks[last].kind == openMark) {
		last--
	}
	colon := last >= ss && last == o-1 && toks[last].is(":")
	if last >= ss && last == o-1 && toks[last].is(",") {
		// "Hillary shot back, “Q”": a name, one or two verb words, a comma
		for w := last - 1; w >= ss && w >= last-2; w-- {
			t := toks[w]
			if t.kind != word || t.quoted() || t.isUpper() || functionWords()[t.lw] && t.lw != "back" {
				break
			}
			if m := mentionEndingAt(p, w-1); m != nil && !m.possessive && (m.kind == person || m.kind == pronoun && m.pron != "it") {
				return attribution{found: true, cueTok: w, cue: strings.ToLower(p.text(toks[w].s, toks[last-1].e)), who: m}
			}
		}
	}
	for v := o - 1; v >= ss; v-- {
		t := toks[v]
		if t.kind != word || t.quoted() {
			continue
		}
		lw := t.lw
		if lw == "according" && v+1 < o && strings.EqualFold(toks[v+1].w, "to") {
			return attribution{found: true, cueTok: v, cue: "according to", who: mentionAt(p, v+2)}
		}
		if (lw == "put" || lw == "puts") && v+1 < o && toks[v+1].lw == "it" {
			// "As The Ledger's Ivo Brandt puts it, “Q”"
			return attribution{found: true, cueTok: v, cue: lw + " it", who: subjectOf(p, ss, v)}
		}
		if !isCue(lw) && !(verbAfterName(p, v) && isThirdPersonNoun(lw)) || lw == "according" || nounUse(toks, v) {
			continue
		}
		if t.isUpper() && v > ss {
			// a capitalised verb inside a sentence belongs to a headline in title case:
			// "Kremlin Confirms Meeting ‘In the Coming Days’"
			continue
		}
		a := attribution{found: true, cueTok: v, cue: cueText(toks, v), belief: isBelief(lw), callCue: strings.HasPrefix(lw, "call")}
		if v == ss && t.isUpper() || v > ss+1 && toks[v-1].is(",") && toks[v-2].kind == word && functionWords()[toks[v-2].lw] {
			// "Said Agnes Whitcombe, who lived next door to her, “Q”"; "But, said Okafor, “Q”"
			if m, e, ok := speakerAfter(p, v+1); ok && m != nil && m.kind == person && e < len(toks) && (toks[e].is(",") || toks[e].is(":") || e == o) {
				a.who = m
				return a
			}
		}
		if colon && v < last-1 {
			a.cue = cueText(toks, v)
		}
		a.who = subjectOf(p, ss, v)
		return a
	}
	if colon {
		if m := mentionEndingAt(p, last-1); m != nil && m.kind == person && !m.possessive && (m.a == 0 || !prepositions()[p.toks[m.a-1].lw]) {
			// "… doesn't surprise pollster Daron Shaw: “Q”": the person the colon follows
			return attribution{found: true, cueTok: -1, cue: ":", who: m}
		}
		return attribution{found: true, cueTok: -1, cue: ":", who: sentenceSubject(p, ss, o)}
	}
	// reportedly, allegedly: attributed to someone not named
	for v := o - 1; v >= ss; v-- {
		if t := toks[v]; t.kind == word && !t.quoted() {
			switch t.lw {
			case "reportedly", "allegedly", "purportedly", "supposedly":
				return attribution{found: true, cueTok: -1, cue: t.lw}
			}
		}
	}
	return attribution{cueTok: -1}
}

// cueText is the cue as written: the verb, with "reporters" after "told" and the like.
func cueText(toks []token, v int) string {
	c := toks[v].lw
	if v+1 < len(toks) && toks[v+1].kind == word && !toks[v+1].quoted() {
		switch toks[v+1].lw {
		case "reporters", "journalists", "me", "us", "him", "her", "them":
			if strings.HasPrefix(c, "tel") || c == "told" {
				return c + " " + toks[v+1].w
			}
		case "to":
			if c == "according" {
				return "according to"
			}
		}
	}
	return c
}

// mentionAt returns the mention starting at token i, after "the", or nil.
func mentionAt(p *paragraph, i int) *mention {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	if k := p.startAt[i]; k > 0 {
		return &p.mentions[k-1]
	}
	if i+1 < len(p.toks) && p.toks[i].lw == "the" {
		if k := p.startAt[i+1]; k > 0 {
			return &p.mentions[k-1]
		}
	}
	return nil
}

// mentionEndingAt returns the mention whose last token is i, or nil.
func mentionEndingAt(p *paragraph, i int) *mention {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	if k := p.endAt[i]; k > 0 {
		return &p.mentions[k-1]
	}
	return nil
}

// mentionsFrom returns the index of the first mention starting at token i or later.
func (p *paragraph) mentionsFrom(i int) int {
	return sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].a >= i })
}

// isAdverb reports whether a lower-case word is an -ly adverb ("repeatedly said").
func isAdverb(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.HasSuffix(w, "ly") && len(w) > 4
}

// subjectOf finds who speaks through the verb at token v of a sentence starting at ss: the
// mention right before it, past adverbs and an appositive ("Pavel Dorin, a senior adviser to
// the governor, said"); for a participle or when an object stands between ("S confirmed it,
// saying"), the sentence's subject. It returns nil for a speaker not named.
func subjectOf(p *paragraph, ss, v int) *mention {
	toks := p.toks
	if isParticiple(toks[v].lw) {
		// "Lewandowski added, saying …": the speaker of the verb before
		if w := v - 2; w >= ss && toks[v-1].is(",") {
			if lw := toks[w].lw; toks[w].kind == word && !toks[w].quoted() && isCue(lw) && !isParticiple(lw) && !nounUse(toks, w) {
				return subjectOf(p, ss, w)
			}
		}
		return sentenceSubject(p, ss, v)
	}
	j := v - 1
	for j >= ss && toks[j].kind == word && !toks[j].quoted() && (fillers()[toks[j].lw] || isAdverb(toks[j].w) || timeWord(toks, j)) {
		j--
	}
	if j < ss {
		return nil
	}
	if toks[j].is(",") || toks[j].is(")") {
		open := ","
		if toks[j].is(")") {
			open = "("
		}
		if open == "," {
			if m := sentenceSubject(p, ss, v); m != nil && m.kind != pronoun {
				// "Clinton, during a town hall in Columbus, Ohio, said": the subject, not
				// the last name inside the phrase
				return m
			}
		}
		for k := j - 1; k >= ss && j-k < 25; k-- {
			if toks[k].is(open) && !toks[k].quoted() {
				if m := mentionEndingAt(p, k-1); m != nil {
					return m
				}
				break
			}
		}
		return sentenceSubject(p, ss, v)
	}
	if m := mentionEndingAt(p, j); m != nil {
		if n := affiliated(p, m); n != nil {
			return n
		}
		if inPhrase(p, m) {
			// "A leaflet it gave out at the town hall called …": the name is inside a
			// prepositional phrase of the subject, not the subject
			if s := sentenceSubject(p, ss, v); s != nil && s != m && !inPhrase(p, s) {
				return s
			}
			if determiners()[toks[ss].lw] {
				return nominalMention(toks, ss, j+1)
			}
			return nil
		}
		return m
	}
	if lw := toks[j].lw; lw == "that" || lw == "which" {
		// "Trump released a video that said": the clause's subject
		return sentenceSubject(p, ss, v)
	}
	if toks[j].kind == word && !toks[j].isUpper() {
		// "a Kremlin spokesman said": a description, nobody named; the walk back stops at
		// a function word ("the footage ought to be shown but said")
		for k := j; k >= ss && j-k < 5; k-- {
			if toks[k].kind != word || toks[k].quoted() {
				break
			}
			lw := toks[k].lw
			if determiners()[lw] {
				return nominalMention(toks, k, j+1)
			}
			if (lw == "by" || lw == "from") && k > ss && statementWords()[toks[k-1].lw] {
				// "a report by council officers said": the document and its author
				continue
			}
			if functionWords()[lw] || fillers()[lw] || isCue(lw) {
				break
			}
		}
	}
	return sentenceSubject(p, ss, v)
}

// sentenceSubject is the first name or pronoun of the sentence before token v that starts a
// clause: at the sentence's start, after a comma, a conjunction, "that" or a quote.
func sentenceSubject(p *paragraph, ss, v int) *mention {
	var first *mention
	from := introEnd(p, ss, v)
	for k := p.mentionsFrom(from); k < len(p.mentions) && p.mentions[k].a < v; k++ {
		m := &p.mentions[k]
		if m.possessive && !ownsWords(p, m.b) {
			continue
		}
		if m.kind == person && !strings.Contains(m.name, " ") && !m.honorific && m.a == ss && m.b < len(p.toks) && p.toks[m.b].kind == word && prepositions()[p.toks[m.b].lw] && !p.surnames[m.name] {
			// "Early in his campaign", "Facing pressure": a sentence word, not a name
			continue
		}
		if m.kind == pronoun && m.pron == "it" {
			continue
		}
		if first == nil {
			first = m
		}
		if titleChain(p, m.b) {
			// "Council member Yolanda Brisco": the person after the title
			if n := mentionAt(p, nextMentionStart(p, m.b)); n != nil && n.kind == person {
				m = n
			}
		}
		if m.a == from || m.a > from && p.toks[m.a-1].kind == word && !p.toks[m.a-1].isUpper() && titleChainStart(p, from, m.a) {
			return m
		}
		prev := p.toks[m.a-1]
		if strings.EqualFold(prev.w, "the") && m.a-1 == ss {
			return m
		}
		if prev.is(",") || prev.kind == closeMark || prev.is(";") || prev.is("—") {
			return m
		}
		switch prev.lw {
		case "and", "but", "that", "as", "while", "when", "so", "yet":
			if !prev.quoted() {
				return m
			}
		}
	}
	return first
}

// ownsWords reports whether a possessive ending before token b owns words of its own: "Bush's
// Facebook post", "O'Reilly's aside", "the senator's remarks"; the possessor spoke them.
func ownsWords(p *paragraph, b int) bool {
	for i := b; i < len(p.toks) && i < b+3; i++ {
		t := p.toks[i]
		if t.kind != word || t.quoted() {
			return false
		}
		if !t.isUpper() && (statementWords()[t.lw] || spokenWords()[t.lw]) {
			return true
		}
	}
	return false
}

// spokenWords are nouns for what someone said or wrote, besides the documents of
// statementWords: "her remarks", "his aside", "Trump's tweet".
var spokenWords = sync.OnceValue(func() map[string]bool {
	return setOf(`aside remark remarks comment comments words tweet tweets speech interview essay
	column op-ed testimony message note`)
})

// introEnd skips an opening phrase of a sentence starting at ss, up to its comma: "After
// the Paris attacks, Trump …", "In an interview with CNN, she …". It returns ss when the
// sentence opens with its subject.
func introEnd(p *paragraph, ss, v int) int {
	if ss >= len(p.toks) || p.toks[ss].kind != word {
		return ss
	}
	lw := p.toks[ss].lw
	if !introWords()[lw] && !prepositions()[lw] && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ly") &&
		!(strings.HasSuffix(lw, "ed") && mentionAt(p, ss) == nil) {
		return ss
	}
	for i := ss + 1; i < v && i < ss+15; i++ {
		if p.toks[i].is(",") && !p.toks[i].quoted() {
			// "At a conference in Aspen, Colo., the graduate …": a place's state or
			// country set off by commas belongs to the opening phrase
			for k := 0; k < 2; k++ {
				if m := mentionAt(p, i+1); m != nil && m.kind != pronoun && m.b < v && p.toks[m.b].is(",") && m.b == i+2 {
					i = m.b
				}
			}
			return i + 1
		}
	}
	return ss
}

// timeWord reports whether token j belongs to a time between a speaker and the verb:
// "Obama on Friday declared", "Trump last week said".
func timeWord(toks []token, j int) bool {
	lw := toks[j].lw
	if calendarWords()[lw] || lw == "week" || lw == "month" || lw == "year" || lw == "night" || lw == "morning" ||
		lw == "afternoon" || lw == "evening" || lw == "weekend" || lw == "today" || lw == "yesterday" {
		return true
	}
	if (lw == "on" || lw == "last" || lw == "this" || lw == "late" || lw == "early") && j+1 < len(toks) && timeWord(toks, j+1) {
		return true
	}
	return false
}

// prepositions after a capitalised first word show it is not a name: "Early in …".
var prepositions = sync.OnceValue(func() map[string]bool {
	return setOf(`in on at of for with to after before during since from into by about`)
})

// introWords open a sentence with a phrase before its subject.
var introWords = sync.OnceValue(func() map[string]bool {
	return setOf(`early late following facing amid despite when while although though
	because as if unless since until once whenever like unlike without within under over through
	across throughout upon among between beyond inside outside yet still meanwhile however
	thus likewise moreover furthermore nonetheless nevertheless instead indeed`)
})

// isNumber reports whether w is all digits: an age, a count.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// appositive returns the description set off by commas after the mention ending before token
// b: "Pavel Dorin, a senior adviser to the governor, said" gives "a senior adviser to the
// governor". It must start with a determiner, a title or a possessive name; clauses ("who",
// "speaking") are not descriptions.
func appositive(p *paragraph, b int) string {
	toks := p.toks
	if b+3 < len(toks) && toks[b].is(",") && isNumber(toks[b+1].w) && toks[b+2].is(",") {
		// an age before the description: "Priya Das, 34, a nurse from Leeds"
		b += 2
	}
	if b >= len(toks) || !toks[b].is(",") || b+1 >= len(toks) {
		return ""
	}
	first := toks[b+1]
	if first.kind != word || first.quoted() {
		return ""
	}
	lw := strings.ToLower(first.w)
	ok := lw == "a" || lw == "an" || lw == "the" || lw == "his" || lw == "her" || lw == "its" || lw == "their" ||
		titles()[lw] || first.isUpper() && possessive(first.w) && !functionWords()[lw]
	if !ok {
		return ""
	}
	e := b + 1
	for e < len(toks) && e-b < 25 && !(toks[e].is(",") && !toks[e].quoted()) && !toks[e].is(".") && !toks[e].is(";") && !toks[e].is("(") {
		if toks[e].kind == word && !toks[e].quoted() && isCue(toks[e].lw) && e > b+2 {
			break
		}
		e++
	}
	if e-b >= 25 || e == b+1 {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(p.text(toks[b+1].s, toks[e-1].e), ",;"))
}
