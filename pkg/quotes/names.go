package quotes

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// mentionKind says what a mention names.
type mentionKind uint8

const (
	person mentionKind = iota
	organisation
	pronoun
	// nominal is a description of someone not named: "a spokesman", "the judge".
	nominal
)

// mention is a name, a pronoun or a description in the writer's text (outside quotes).
type mention struct {
	a, b int // token range [a, b)
	kind mentionKind
	// name is the name as written without titles, honorifics, "the" and a possessive 's:
	// "Vladimir Putin" for "Russian President Vladimir Putin's".
	name string
	// title is the job title written before the name ("Russian President").
	title string
	// pron is the pronoun in lower case.
	pron string
	// honorific is set when Mr., Mrs., Dr. and the like precede a single name: a surname.
	honorific  bool
	possessive bool
	// gender is 'm' after Mr., 'f' after Mrs., Ms. or Miss, 0 when the text does not say.
	gender byte
}

// standaloneTitles are titles that, alone and capitalised, name no one ("Former", "Sen.");
// others are also surnames ("King", "Major", "Judge").
var standaloneTitles = sync.OnceValue(func() map[string]bool {
	return setOf(`former president senator sen sen. rep rep. representative gov gov. governor
	mayor secretary minister chancellor chairman chairwoman director professor prof prof. dr dr. mr mr.
	mrs mrs. ms ms. gen gen. general lt lt. col col. capt capt. sgt sgt. vice prime deputy chief
	commissioner coach attorney ambassador speaker candidate nominee`)
})

// nameParticles join the parts of a name ("Charles de Gaulle", "Ursula von der Leyen").
var nameParticles = sync.OnceValue(func() map[string]bool {
	return setOf(`de van von der den ter bin ibn al el la le da du del dos das di`)
})

// connectors join the words of an organisation's name ("Department of Justice", "Campaign for
// Affordable College", "Cider and Perry Producers’ Guild").
var connectors = sync.OnceValue(func() map[string]bool { return setOf(`of for and & on`) })

// findMentions returns the mentions of the paragraph's tokens outside quotes, in order.
// A name is a run of capitalised words: leading sentence words ("But", "The") and calendar
// words are left out, titles and honorifics are split off ("Sen. Ted Cruz" → "Ted Cruz",
// title "Sen."), a run with an organisation word is an organisation ("Ashgrove City
// Council", "the Kremlin"), and a person's run stops at "of" or "and" ("Joel Pollak of
// Breitbart" → "Joel Pollak").
func findMentions(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != word || t.quoted() {
			continue
		}
		lw := t.lw
		if personPronouns()[lw] || otherPronouns()[lw] {
			if lw == "i" && t.w != "I" {
				continue
			}
			out = append(out, mention{a: i, b: i + 1, kind: pronoun, pron: lw})
			continue
		}
		if !t.isUpper() {
			continue
		}
		j := i
		for j < len(toks) && !toks[j].quoted() {
			if toks[j].kind == punct && j > i && (toks[j].w == "’" || toks[j].w == "'") && toks[j-1].e == toks[j].s &&
				strings.HasSuffix(toks[j-1].w, "s") && j+1 < len(toks) && toks[j+1].kind == word && orgWords()[toks[j+1].lw] {
				// "Producers’ Guild": a plural possessive inside an organisation's name
				j++
				continue
			}
			if toks[j].kind != word {
				break
			}
			w := toks[j].w
			lwj := strings.ToLower(w)
			if !toks[j].isUpper() && !(j > i && (nameParticles()[lwj] || connectors()[lwj]) && j+1 < len(toks) && toks[j+1].kind == word && toks[j+1].isUpper() && !toks[j+1].quoted()) {
				break
			}
			if j > i && calendarWords()[lwj] {
				break
			}
			j++
			if possessive(w) && !(strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")) {
				break
			}
			if possessive(w) && !(j < len(toks) && toks[j].kind == word && orgWords()[toks[j].lw]) {
				// a plural possessive goes on only inside an organisation's name:
				// "Cider and Perry Producers’ Guild"
				break
			}
		}
		if j > i+1 && isCue(t.lw) {
			// "Said Agnes Whitcombe, …": a verb opening the sentence
			i++
		}
		m, ok := nameMention(toks, i, j)
		if ok && m.kind == person && m.title == "" {
			m.title = roleBefore(toks, m.a, m.b)
		}
		if ok {
			out = append(out, m)
			if m.b < j {
				// a person's name cut at "of" or "and": read on from there
				j = m.b
			}
		}
		i = j - 1
	}
	return out
}

// possessive reports whether a word ends with 's or s' (Trump’s, the Clintons').
func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'")
}

func stripPossessive(w string) string {
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, s) {
			return strings.TrimSuffix(w, s)
		}
	}
	return w
}

// monthName reports whether the month word at token a is a first name: "Jan Vos", "April
// Rowe", "May Lin", followed by a capitalised word of the run toks[a:b] that is no calendar
// word ("May Day" stays a date's word: "Day" is no name alone, but "May 5" has no capital).
func monthName(toks []token, a, b int) bool {
	switch toks[a].w {
	case "Jan", "April", "May", "June", "August":
	default:
		return false
	}
	return a+2 == b && toks[a+1].kind == word && toks[a+1].isUpper() && !calendarWords()[toks[a+1].lw] &&
		!functionWords()[toks[a+1].lw] && !orgWords()[toks[a+1].lw]
}

// isMannerAdverb reports whether a lower-case word is an adverb by its ending
// ("interestingly", "ultimately", "hastily" is not caught): endings no first name has, unlike
// the plain -ly of Kelly, Emily or Beverly.
func isMannerAdverb(lw string) bool {
	for _, suf := range []string{"ingly", "ately", "ously", "ently", "antly", "edly", "ically", "ively", "fully", "ably", "ibly", "ially"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+1 {
			return true
		}
	}
	return false
}

// nameMention makes a mention of the capitalised run toks[a:b].
func nameMention(toks []token, a, b int) (mention, bool) {
	the := a > 0 && strings.EqualFold(toks[a-1].w, "the") && !toks[a-1].quoted()
	for a < b {
		lw := toks[a].lw
		if !functionWords()[lw] && (!calendarWords()[lw] || monthName(toks, a, b)) {
			break
		}
		if lw == "the" {
			the = true
		}
		a++
	}
	for b > a && calendarWords()[toks[b-1].lw] {
		b--
	}
	if b-a >= 2 && isMannerAdverb(toks[a].lw) {
		// "Interestingly Blocher, an industrialist, …": an adverb opening the sentence
		a++
	}
	if a >= b {
		return mention{}, false
	}
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		if toks[k].kind == punct && len(words) > 0 {
			// an apostrophe that closes a plural possessive: "Producers’"
			words[len(words)-1] += toks[k].w
			continue
		}
		words = append(words, toks[k].w)
	}
	poss := possessive(words[len(words)-1])
	words[len(words)-1] = stripPossessive(words[len(words)-1])
	// titles and honorifics before the name; after a title, an organisation's words are
	// part of the role: "Secretary of State John F. Kerry", "New York City Mayor Rudy
	// Giuliani", "Democratic National Committee Chairman Ed Rendell"
	cut, titled, hon, inRole := -1, false, false, false
	var gender byte
	if len(words) >= 3 && jobNouns()[strings.ToLower(words[0])] {
		// a job word opening the sentence in capitals: "Owner Petra Vance, who opened
		// the shop, said" is Petra Vance, the owner
		cut, titled, inRole = 0, true, true
	}
	for k := 0; k < len(words)-1; k++ {
		lw := strings.ToLower(words[k])
		if lw == "and" && cut >= 0 && !inRole && k > cut+1 {
			// two titled people: "Vermont Sen. Ann Lee and Sen. Tom Berg" names Ann Lee
			// first; the second is read on from "and"
			b -= len(words) - k
			words = words[:k]
			poss = false
			break
		}
		switch {
		case honorifics()[lw]:
			cut, titled, hon, inRole = k, true, true, true
			switch strings.TrimSuffix(lw, ".") {
			case "mr", "sir", "lord":
				gender = 'm'
			case "mrs", "ms", "miss", "dame", "lady":
				gender = 'f'
			}
		case titles()[lw] || titles()[strings.TrimSuffix(lw, ".")]:
			cut, titled, inRole = k, true, true
		case inRole && (connectors()[lw] || orgWords()[lw]):
			cut = k
		default:
			inRole = false
		}
	}
	for _, w := range words[cut+1:] {
		if cut >= 0 && orgWords()[strings.ToLower(w)] {
			// a title word inside an organisation's name: "Brayford General Hospital"
			cut, titled, hon = -1, false, false
			break
		}
	}
	m := mention{a: a, b: b, possessive: poss, gender: gender}
	if cut >= 0 {
		var title []string
		for _, w := range words[:cut+1] {
			if !honorifics()[strings.ToLower(w)] {
				title = append(title, w)
			}
		}
		m.title = strings.Join(title, " ")
		if orig := m.a; orig > 0 && m.title != "" {
			// "former U.S. President Donald Trump": the lower-case qualifier belongs to
			// the role
			switch prev := toks[orig-1]; prev.lw {
			case "former", "late", "acting", "interim", "outgoing", "incoming", "retired", "then":
				if !prev.quoted() {
					m.title = prev.lw + " " + m.title
				}
			}
		}
		words = words[cut+1:]
		m.honorific = hon && len(words) == 1
	}
	org := false
	for _, w := range words {
		if orgWords()[strings.ToLower(w)] {
			org = true
		}
	}
	if !org {
		// a person's name stops at "of" or "and": "Joel Pollak of Breitbart"
		for k, w := range words {
			if k > 0 && connectors()[strings.ToLower(w)] {
				m.b, m.possessive = m.b-(len(words)-k), false
				words = words[:k]
				break
			}
		}
	}
	allTitles := true
	for _, w := range words {
		if lw := strings.ToLower(w); !titles()[lw] && !titles()[strings.TrimSuffix(lw, ".")] && !honorifics()[lw] {
			allTitles = false
		}
	}
	if allTitles && (hon || len(words) > 1 || standaloneTitles()[strings.ToLower(words[0])]) && !(hon && len(words) == 1) {
		// "Former", "President", "Prime Minister": a title alone names no one
		return mention{}, false
	}
	if len(words) == 1 && cut < 0 && b < len(toks) {
		// "Speaking on Sunday, ...", "Hastily, ...": a participle before a preposition, an
		// adverb before a comma
		next := toks[b].lw
		if strings.HasSuffix(words[0], "ing") && functionWords()[next] || strings.HasSuffix(words[0], "ly") && next == "," ||
			isMannerAdverb(strings.ToLower(words[0])) {
			return mention{}, false
		}
		if strings.HasSuffix(words[0], ".") && !isAcronym(words[0]) {
			// "Calif.", "Mass.": an abbreviated state or title alone is no one's name
			return mention{}, false
		}
	}
	m.name = strings.Join(words, " ")
	switch {
	case org && !titled:
		m.kind = organisation
	case len(words) == 1 && isAcronym(words[0]):
		m.kind = organisation
	case the && !titled:
		m.kind = organisation
	default:
		m.kind = person
	}
	if m.kind == person {
		for _, w := range words {
			if functionWords()[strings.ToLower(w)] || !startsUpper(w) && !nameParticles()[strings.ToLower(w)] {
				return mention{}, false
			}
		}
	}
	return m, true
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is in capitals: FBI, NATO, U.S.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// jobNouns are lower-case words for what a person does, written before a name as a title
// ("shop owner Petra Vance", "Owner Petra Vance"): unlike the titles, none of them is also a
// common surname (Baker, Farmer and Cook are left out).
var jobNouns = sync.OnceValue(func() map[string]bool {
	return setOf(`owner co-owner boss manager forecaster meteorologist founder co-founder proprietor farmer teacher nurse physician
	surgeon driver worker resident student scientist engineer researcher organizer organiser
	volunteer chef consultant entrepreneur investor developer designer photographer filmmaker
	producer musician singer actor actress comedian artist writer broadcaster journalist
	publisher landlord tenant shopkeeper retailer firefighter paramedic trustee treasurer
	vice-president chairperson negotiator mediator lobbyist prosecutor barrister solicitor
	advocate accountant partner operator commentator pundit podcaster`)
})

// roleModifiers may stand before a title word in a role: "chief executive", "senior adviser",
// "longtime resident".
var roleModifiers = sync.OnceValue(func() map[string]bool {
	return setOf(`chief senior junior deputy assistant associate executive managing general
	longtime long-time veteran lead head principal acting interim former retired local campaign
	communications press policy political national state city county shop store restaurant
	business school hospital union party finance foreign defence defense health`)
})

// roleBefore returns the role written in lower case right before a person's name toks[a:b]:
// a title ("chief executive Jonas Berg", "co-host Dana Pike", "shop owner Petra Vance"), or
// a description set off by a comma ("the mayor, Ana Ruiz, said" gives "mayor"; "the
// company's chief executive, Jonas Berg," gives "company's chief executive"). The word next
// to the name must be a title or a job word; it returns "" when there is none.
func roleBefore(toks []token, a, b int) string {
	isRole := func(t token) bool {
		return t.kind == word && !t.quoted() && !t.isUpper() && (titles()[t.lw] || jobNouns()[t.lw])
	}
	end := a - 1
	appos := false
	if end >= 1 && toks[end].is(",") && !toks[end].quoted() {
		// an appositive name: the description before the comma, closed by a comma or
		// a verb after the name
		if b < len(toks) && !(toks[b].is(",") || toks[b].kind == word && isCue(toks[b].lw)) {
			return ""
		}
		end, appos = end-1, true
	}
	if end < 0 || !isRole(toks[end]) {
		return ""
	}
	start := end
	for k := end - 1; k >= 0 && k > end-4; k-- {
		t := toks[k]
		// in a description set off by commas, any lower-case word may qualify the title
		// ("the opposition leader, Tom Reed"): its determiner is checked below
		free := appos && !functionWords()[t.lw] && !isCue(t.lw)
		if t.kind != word || t.quoted() || t.isUpper() || !(isRole(t) || roleModifiers()[t.lw] || appos && possessive(t.w) || free) {
			break
		}
		start = k
	}
	if appos {
		// the description must open with a determiner or a possessive: "the mayor",
		// "its chairman", "the company's chief executive"
		k := start - 1
		if k < 0 || toks[k].kind != word || toks[k].quoted() {
			return ""
		}
		switch {
		case toks[k].lw == "the" || possessiveDeterminers()[toks[k].lw]:
			// "the mayor", "its chairman": the title alone
		case possessive(toks[k].w):
			start = k
		default:
			return ""
		}
	}
	ws := make([]string, 0, end-start+1)
	for k := start; k <= end; k++ {
		ws = append(ws, toks[k].w)
	}
	return strings.Join(ws, " ")
}
