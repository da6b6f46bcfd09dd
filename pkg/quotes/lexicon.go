package quotes

import (
	"strings"
	"sync"
)

// setOf builds a lookup set from space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs attribute words to a speaker in all their forms (say, says, said, saying):
// reporting (told, wrote, added), manner (joked, shouted, tweeted), stance (argued, warned,
// insisted, vowed) and judgement (blasted, praised, described), as news attributes speech.
const speechVerbs = `say tell add ask write explain argue insist declare announce confirm deny
	warn urge acknowledge admit complain suggest conclude observe remark tweet describe joke quip
	predict vow concede caution emphasize emphasise stress contend testify shout chant yell
	whisper boast lament scream exclaim pledge thunder scoff muse mutter recount wonder pronounce
	proclaim assert allege criticize criticise accuse hail tout dismiss reiterate characterize
	characterise mock ridicule grumble vent gush rave fret opine reply respond recall continue
	elaborate retort protest interject interrupt chime plead beg lecture blast slam praise
	maintain marvel sneer concur caution implore apologize apologise announce insist admonish
	scold rail rant decry deride lambaste chide tease taunt bemoan recollect reminisce express
	sing`

// speechNouns are verbs that are also nouns (a call, the state, a claim, a post): they
// attribute only in their -ed and -ing forms (called, stated, claimed, posting).
const speechNouns = `call note state claim post report promise counter question demand offer
	label brand echo repeat quote cite signal hint refer sigh snap cry reason warn comment
	email text message phone point reference`

// beliefVerbs attribute a partial quote inside their clause ("she believes the plan is “a
// mistake”") but are weak evidence alone.
const beliefVerbs = `think believe feel know realize realise hope fear worry figure`

// irregularPasts are the past forms the inflection rule misses, by base form.
var irregularPasts = map[string]string{
	"say": "said", "tell": "told", "write": "wrote", "think": "thought", "feel": "felt",
	"know": "knew", "admit": "admitted", "quip": "quipped", "snap": "snapped", "refer": "referred",
	"figure": "figured", "rail": "railed", "chat": "chatted", "sing": "sang",
}

// cueForm is what a speech verb form tells: whether it is only a belief.
type cueForm struct{ belief bool }

// cueForms is the table of speech verb forms, built once.
var cueForms = sync.OnceValue(func() map[string]cueForm {
	m := map[string]cueForm{}
	add := func(list string, nouns, belief bool) {
		for _, base := range strings.Fields(list) {
			for i, f := range inflect(base) {
				if nouns && i < 2 {
					continue
				}
				m[f] = cueForm{belief: belief}
			}
		}
	}
	add(speechVerbs, false, false)
	add(speechNouns, true, false)
	add(beliefVerbs, false, true)
	m["according"] = cueForm{}
	m["written"] = cueForm{}
	return m
})

// inflect returns base, its third person, its past and its -ing form.
func inflect(base string) []string {
	third, past, ing := base+"s", base+"ed", base+"ing"
	switch {
	case strings.HasSuffix(base, "y") && !strings.ContainsAny(base[len(base)-2:len(base)-1], "aeiou"):
		stem := base[:len(base)-1]
		third, past = stem+"ies", stem+"ied"
	case strings.HasSuffix(base, "e"):
		past, ing = base+"d", base[:len(base)-1]+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x"):
		third = base + "es"
	}
	if p, ok := irregularPasts[base]; ok {
		past = p
		if strings.HasSuffix(p, "ed") && len(p) > len(base)+2 {
			ing = p[:len(p)-2] + "ing"
		}
	}
	return []string{base, third, past, ing}
}

// thirdPersonNouns are the -s forms of the speech verbs that are also nouns ("calls",
// "refers", "notes"): verbs only after a name.
var thirdPersonNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, base := range strings.Fields(speechNouns) {
		m[inflect(base)[1]] = true
	}
	return m
})

// isThirdPersonNoun reports whether w is the -s form of a speech verb that is also a noun.
func isThirdPersonNoun(w string) bool { return thirdPersonNouns()[w] }

// isCue reports whether w (lower case) is a form of a speech verb.
func isCue(w string) bool {
	_, ok := cueForms()[w]
	return ok
}

// isBelief reports whether w is a verb of belief, not of speech.
func isBelief(w string) bool { return cueForms()[w].belief }

// isParticiple reports whether a cue is an -ing form, whose subject is the clause's subject,
// not the words before it: “S confirmed it, saying, ‘Q’”.
func isParticiple(w string) bool { return strings.HasSuffix(w, "ing") }

// honorifics are courtesy titles: left out of the name, not a role.
var honorifics = sync.OnceValue(func() map[string]bool {
	return setOf(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady messrs messrs.
	mx mx. rev rev. fr fr.`)
})

// titles are job titles written before a name ("President Vladimir Putin", "Sen. Ted Cruz"):
// left out of the name, kept as the speaker's role.
var titles = sync.OnceValue(func() map[string]bool {
	return setOf(`president vice prime minister chancellor secretary senator sen sen.
	representative rep rep. governor gov gov. mayor judge justice gen gen. general col col. colonel
	lt lt. lieutenant capt capt. captain sgt sgt. sergeant adm adm. admiral maj maj. major cmdr
	commander chief officer detective det det. inspector supt supt. superintendent councillor cllr
	cllr. councilman councilwoman councilmember alderman speaker ambassador king queen prince
	princess pope bishop archbishop cardinal rabbi imam pastor coach professor sheriff attorney
	commissioner chairman chairwoman chair director dean deputy assistant leader minority majority
	whip premier emir sheikh sultan ayatollah president-elect candidate nominee founder ceo cfo
	coo executive editor correspondent analyst spokesman spokeswoman spokesperson
	economist sen.-elect gov.-elect rep.-elect former anchor co-anchor host co-host reporter
	columnist strategist pollster adviser advisor aide delegate activist historian curator critic
	architect author novelist poet lawyer principal pastor priest ag`)
})

// orgWords make a capitalised name an organisation ("Corvane Waste Services", "the Kremlin").
var orgWords = sync.OnceValue(func() map[string]bool {
	return setOf(`kremlin house council ministry department office agency commission committee
	party campaign association union trust society institute university college school hospital
	health services service inc inc. corp corp. co co. company group partners railways railway metro
	transit guild court board bank foundation center centre times post news journal network police
	army navy administration government parliament congress senate assembly cabinet league club
	federation alliance coalition organization organisation authority bureau fund council
	county city state commission corporation robotics systems technologies labs laboratories
	airlines airways motors industries holdings media press television radio magazine tribune
	herald gazette review daily weekly insights institute project initiative network networks
	program programme forum caucus pac movement church cathedral museum gallery library academy
	force forces guard command unit secretariat embassy consulate mission tribunal supreme federal
	reserve exchange capital partners llc plc ltd ltd. gmbh`)
})

// functionWords start sentences in capitals but never start a name.
var functionWords = sync.OnceValue(func() map[string]bool {
	return setOf(`the a an and but or nor so yet for in on at by to of from with without
	after before during since until while when whenever where wherever if unless although though
	because as than that this these those there here it its it's his her their our my your we they
	he she i you who whom whose which what why how some many most all both each every no not one
	two three four five six seven eight nine ten any another other such still however meanwhile
	instead also then now later earlier last next first second third once even just only
	indeed perhaps maybe yes asked according like unlike despite beyond among between through
	about above below under over into onto upon within against toward towards across along around
	behind beside besides near off out up down more less few several much very too again
	already always never often sometimes today tonight yesterday tomorrow thus likewise moreover
	furthermore nonetheless nevertheless hence accordingly amid amidst neither either`)
})

// calendarWords are capitalised but name no one.
var calendarWords = sync.OnceValue(func() map[string]bool {
	return setOf(`monday tuesday wednesday thursday friday saturday sunday january
	february march april may june july august september october november december jan jan. feb
	feb. mar mar. apr apr. jun jul aug aug. sept sept. sep sep. oct oct. nov nov. dec dec.
	christmas easter thanksgiving`)
})

// pronouns that stand for a speaker.
var personPronouns = sync.OnceValue(func() map[string]bool { return setOf(`he she`) })
var otherPronouns = sync.OnceValue(func() map[string]bool { return setOf(`they we i it`) })

// fillers may stand between a speaker and the speech verb: "Trump has repeatedly said",
// "she later told", "the Kremlin also announced".
var fillers = sync.OnceValue(func() map[string]bool {
	return setOf(`has have had was were is are be been being also later then again once
	would will could can may might should must did does do not never ever already still just
	simply first previously recently frequently often once publicly privately reportedly
	had has later earlier initially subsequently further further then quickly immediately
	only even had finally long`)
})

// determiners start a description of a speaker who is not named: "a spokesman", "the
// judge", "one resident".
var determiners = sync.OnceValue(func() map[string]bool {
	return setOf(`a an the one another his her its their our some several many two three
	this that these those`)
})

// namingMarkers come right before a quoted label that is not speech: a so-called term, a
// nickname, a title ("so-called “rebels”", "nicknamed “Roadrunner”", "titled “…”", "known as
// “the Wall”", "the term “kitchen sink”").
var namingMarkers = sync.OnceValue(func() map[string]bool {
	return setOf(`so-called so–called dubbed nicknamed titled entitled named
	label nickname moniker hashtag motto headline title banner sign signs`)
})

// wordMarkers come before a quoted expression that someone used ("coined the phrase
// “undocumented Democrats”", "used the term “kitchen sink”"): speech when a speech verb or a
// speaker stands in the sentence, a label otherwise ("the word “establishment”").
var wordMarkers = sync.OnceValue(func() map[string]bool {
	return setOf(`term word phrase slogan catchphrase mantra buzzword expression words`)
})

// showWords follow a quoted title and say what it names ("“Meet the Press” program",
// "“Tin Roof Hymns” album").
var showWords = sync.OnceValue(func() map[string]bool {
	return setOf(`show program programme series podcast album book memoir novel film movie
	documentary song single episode segment column essay article report exhibition exhibit
	musical play opera campaign slogan video tape hashtag rally movement initiative forum
	newsletter website blog magazine paper study poll survey hat memo sign
	poster ad advertisement speech sitcom drama comedy thriller autobiography biography`)
})

// creatorWords name the maker or the face of a work before "of" and its title in title case:
// "host of “The Press Hour”", "author of “Silent Rivers”", "star of “Harbour Lights”".
var creatorWords = sync.OnceValue(func() map[string]bool {
	return setOf(`host co-host author co-author star creator director producer writer editor
	anchor presenter composer`)
})
