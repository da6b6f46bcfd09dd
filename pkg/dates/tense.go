package dates

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tense is the time a sentence speaks of, as far as its verbs tell.
type tense int8

const (
	unknownTense tense = iota
	pastTense
	futureTense
)

// futureCues are words that put an event after the time of writing: "will meet Friday",
// "is expected to close in June", "plans to vote next month", "would resume Monday",
// "planned a rally on Friday" (a plan made in the past for a day to come).
var futureCues = wordSet(`
	will 'll shall would wo going upcoming tomorrow until opens payable scheduled due
	effective begins starts runs takes ends expires falls resume resumes can must should
	could may might next forecast starting beginning go goes meets meet holds hosts visits
	faces plays travels heads arrives returns votes launches planned
`)

// weakFuture are the future cues that only bound a span ("until Saturday", "starting Jan.
// 1"): the verb of their clause says whether the span is past.
var weakFuture = wordSet(`until starting beginning`)

// clauseTense is the tense of the first cue before left[i], the words of text[ss:s], within
// its clause: the words after the last comma, semicolon or dash before s. A comma ends the
// clause so that "a rival flew a crew, and it plans flights starting in the spring" is not
// past.
func clauseTense(text string, ss, s, i int, left []string) tense {
	n := len(words(text[clauseStart(text, ss, s):s]))
	for k := i - 1; k >= 0 && k >= len(left)-n && k >= i-12; k-- {
		if t := cueAt(left, k); t != unknownTense {
			if t == pastTense && (k > 0 && (left[k-1] == "has" || left[k-1] == "have") || deadlineVerbs[left[k]]) {
				// "has given them until Tuesday": a present perfect speaks of now; "extended
				// its warning until 6 p.m. Wednesday": a deadline set in the past may lie
				// ahead.
				return unknownTense
			}
			return t
		}
	}
	return unknownTense
}

// deadlineVerbs set the end or start of a span that may lie after the time they were done:
// "extended the warning until Wednesday", "adjourned the trial until Monday".
var deadlineVerbs = wordSet(`
	extended postponed delayed deferred adjourned suspended halted closed banned barred gave
	granted pushed moved set
`)

// clauseStart is where the clause holding offset s starts: after the last comma, semicolon or
// dash before s in the sentence starting at ss.
func clauseStart(text string, ss, s int) int {
	// The last of the three, as strings.LastIndexAny(text[ss:s], ",;—") finds it without
	// decoding every character on the way.
	x := text[ss:s]
	k := max(strings.LastIndexByte(x, ','), strings.LastIndexByte(x, ';'), strings.LastIndex(x, "—"))
	if k < 0 {
		return ss
	}
	_, size := utf8.DecodeRuneInString(text[ss+k:])
	return ss + k + size
}

// beforeTo are words that point to the future only before an infinitive: "plans to vote
// Friday", "is expected to close in June", "was due to close at midnight Sunday"; "the
// plan" or "as expected" do not.
var beforeTo = wordSet(`
	plans plan planned planning supposed scheduled expected expects expect due intends
	intend aims hopes set agreed likely ready prepared decided vowed promised have has wants
	want asked is are was were going able needs need seeks sought tried try trying attempt
	agreement proposal bid offer deal
`)

// presentForms are the present-tense forms among beforeTo: "plans to", "is expected to".
var presentForms = wordSet(`
	plans plan intends intend aims hopes expects expect wants want needs need seeks is are
`)

// relativePronouns open a clause whose verbs speak of something else than the time before.
var relativePronouns = wordSet(`which who whose whom`)

// pastCues are words of a report of the past besides regular "-ed" forms of five letters
// or more: "said Thursday", "met on Wednesday", "has agreed", "two days ago", "died Saturday".
var pastCues = wordSet(`
	said says was were had did been told begun gone done seen taken given known shown fallen
	risen written spoken chosen broken driven ago yesterday met began came went took made
	gave saw left won lost fell rose held led got found sent spent paid ran sold thought
	brought bought fought struck became broke chose drew drove flew grew kept knew meant
	rode shot slept spoke stood stole swore taught threw understood wrote felt heard built
	sought fled stuck withdrew hit beat quit cut shut hurt upheld overtook forgot froze hid
	hung lent tore woke wore ate sank sang swept earlier previously died sued tied owed
`)

// notPast are "-ed" words that are not past-tense verbs.
var notPast = wordSet(`
	need speed seed feed bed red shed hundred indeed proceed succeed exceed weed breed greed
	deed creed embed ted fred ned med wed united limited scheduled expected anticipated
	intended supposed
`)

// sentenceReach bounds the search for a sentence's ends, in bytes.
const sentenceReach = 600

// sentenceAround returns the byte bounds of the sentence holding text[s:e]: it ends at a line
// break or at ".", "!" or "?" followed by space, unless the word before a period is an
// abbreviation ("Aug.", "Mr.", "U.S.") or a single letter.
func sentenceAround(text string, s, e int) (int, int) {
	// A sentence longer than sentenceReach either side is cut there.
	start := max(0, s-sentenceReach)
	for i := s - 1; i > start; i-- {
		if text[i] == '\n' {
			start = i + 1
			break
		}
		if isSpace(text[i]) && closesSentence(text[i-1]) && endsSentence(text, i) {
			start = i + 1
			break
		}
	}
	end := min(len(text), e+sentenceReach)
	for i := e; i < end; i++ {
		if text[i] == '\n' {
			end = i
			break
		}
		if isSpace(text[i]) && i > 0 && closesSentence(text[i-1]) && endsSentence(text, i) {
			end = i
			break
		}
	}
	return start, end
}

// endsSentence reports whether the white space at text[i] follows the end of a sentence.
func endsSentence(text string, i int) bool {
	if i == 0 || !closesSentence(text[i-1]) {
		// Most white space follows a word, and ends no sentence.
		return false
	}
	j := i - 1
	for j >= 0 && strings.IndexByte("\"')]”’", text[j]) >= 0 {
		j--
	}
	for j >= 2 && text[j] >= 0x80 && (text[j-2:j+1] == "”" || text[j-2:j+1] == "’") {
		j -= 3
	}
	if j < 0 || (text[j] != '.' && text[j] != '!' && text[j] != '?') {
		return false
	}
	if text[j] != '.' || j > 0 && (isDigit(text[j-1]) || text[j-1] == '%') {
		// "!", "?", and a period after a number ("until 2031. In 2024", "to 0.6%. In
		// December").
		return true
	}
	k := j
	for k > 0 && (isLetter(text[k-1]) || text[k-1] == '.') {
		k--
	}
	word := strings.ToLower(text[k:j])
	if len(word) <= 1 || strings.Contains(word, ".") || abbreviations[word] {
		return false
	}
	return true
}

// closesSentence reports whether the byte c may be the last of a sentence, before the white
// space after it: ".", "!", "?", a closing quote or bracket, or a byte of "”" or "’".
func closesSentence(c byte) bool {
	switch c {
	case '.', '!', '?', '"', '\'', ')', ']', 0xe2, 0x80, 0x9d, 0x99:
		return true
	}
	return false
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet(`
	jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen gov sen rep prof
	col lt sgt capt jr sr inc corp co ltd no vs mt ft rev sen. approx est
`)

// tenseAt judges the tense of the sentence around text[s:e] from the cue word nearest to it
// on its left, within twelve words ("announced Thursday" is past, "will meet Friday"
// future), else from the nearest on its right ("On Wednesday, the board voted").
func tenseAt(text string, s, e int) tense {
	ss, se := sentenceAround(text, s, e)
	left := words(text[ss:s])
	if n := len(left); n > 0 && left[n-1] == "set" && (n == 1 || !futureCues[left[n-2]] && left[n-2] != "to") {
		// "set" with the time as its object is a finite verb, and in a report the past
		// one ("and set Friday as the deadline"); "will set Friday" and "set for Friday"
		// are left to the other words.
		return pastTense
	}
	if copulaBefore(left) {
		// "The general election is Nov. 5", "The deadline is in March": a date as the
		// predicate of a present "be" is to come.
		return futureTense
	}
	for i, bound := len(left)-1, len(left)-12; i >= 0 && i >= bound; i-- {
		if t := cueAt(left, i); t != unknownTense {
			if t == futureTense && strings.HasSuffix(left[i], "ed") && (i+1 == len(left) || left[i+1] != "to") {
				// A participle that modifies a noun leaves the tense to the main verb
				// right after the time: "a service planned for Saturday was canceled".
				if mt := mainVerbAfter(text[e:se]); mt != unknownTense {
					return mt
				}
			}
			if t == futureTense && weakFuture[left[i]] && clauseTense(text, ss, s, i, left) == pastTense {
				// "seemed in good spirits until Saturday", "the law, which cut the
				// rate starting Jan. 1": a span that ends or starts on the day is as
				// past as the verb of its clause.
				return pastTense
			}
			return t
		}
		if i > 0 && passiveAux[left[i-1]] && cueTense(left[i]) == pastTense {
			// A passive leaves the tense to the word before its "be", which the bound
			// must not cut off: "will be named commander of the shuttle for a mission in
			// December".
			bound -= 2
		}
	}
	right := words(text[e:se])
	for i := 0; i < len(right) && i < 12; i++ {
		// A time before its verb dates that verb: "On Friday, the government planned to
		// send aid" is past, whatever the infinitive.
		if relativePronouns[right[i]] {
			// "Tuesday's declaration by Ford, which holds a stake": the verbs of a
			// relative clause do not date the time before it.
			break
		}
		t := cueTense(right[i])
		if beforeTo[right[i]] && t == futureTense {
			t = unknownTense
		}
		if t == unknownTense && beforeTo[right[i]] && i+1 < len(right) && right[i+1] == "to" && presentForms[right[i]] {
			// "On Tuesday, the union plans to hold a rally": a plan in the
			// present tense is for the day named.
			t = futureTense
		}
		if t != unknownTense {
			if reporting[right[i]] && i <= 3 && len(left) >= 3 && !slices.Contains(right[:i], "and") && !slices.Contains(right[:i], "but") && strings.HasPrefix(strings.TrimLeft(text[e:se], " "), ",") {
				// "The first trip abroad is in May, officials said": a report after the
				// comma dates the saying, not the clause the time ends; "On Wednesday,
				// officials said" opens the sentence with the time of the saying.
				return unknownTense
			}
			return t
		}
	}
	return unknownTense
}

// reporting are the verbs of a report's attribution: ", officials said".
var reporting = wordSet(`said says told reported announced added`)

// cueAt is the tense ws[i] signals; a participle after a form of "be" ("will be repatriated",
// "was supposed") leaves the judgement to the auxiliary.
func cueAt(ws []string, i int) tense {
	w := ws[i]
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	if beforeTo[w] && next == "to" {
		if i > 0 && (ws[i-1] == "had" || ws[i-1] == "been" && i > 1 && ws[i-2] == "had") {
			// "had been due to close at midnight Sunday": a plan already past.
			return pastTense
		}
		return futureTense
	}
	if i > 0 && (ws[i-1] == "is" || ws[i-1] == "are") && settled[w] {
		// "is set for March 25", "is expected in May", "are slated for June".
		return futureTense
	}
	t := cueTense(w)
	if t == pastTense && i > 0 {
		if passiveAux[ws[i-1]] {
			return unknownTense
		}
		if linking[ws[i-1]] || i > 1 && linking[ws[i-2]] {
			// A participle after "stay" or "keep them" is an adjective: "will stay
			// shut", "keep the parks closed".
			return unknownTense
		}
		if modals[ws[i-1]] {
			// A past form that is also the plain verb is the plain verb after a modal:
			// "will shut", "would cut".
			return futureTense
		}
	}
	return t
}

// settled are the participles that, after a present "be", put a plan on a date: "is set
// for trial on March 25", "is expected in May".
var settled = wordSet(`set expected slated poised`)

// copulaBefore reports whether the words before a date end with a present "be" of which the
// date is the predicate: "the election is", "the deadline is in", "the talks are on".
func copulaBefore(left []string) bool {
	n := len(left)
	if n > 0 && (left[n-1] == "on" || left[n-1] == "in") {
		n--
	}
	return n >= 2 && (left[n-1] == "is" || left[n-1] == "are") && !relativePronouns[left[n-2]] && left[n-2] != "it" && left[n-2] != "there"
}

// modals are the auxiliaries before a plain verb that put it ahead of the time of writing.
var modals = wordSet(`will 'll shall would can could may might must should`)

// linking are the verbs whose complement may be a participle used as an adjective.
var linking = wordSet(`stay stays remain remains keep keeps`)

// passiveAux are the forms of "be" before a participle that leave the tense to the word
// before them: "will be repatriated", "is scheduled".
var passiveAux = wordSet(`be been being is are am`)

// cueTense is the tense a single word signals.
func cueTense(w string) tense {
	if futureCues[w] {
		return futureTense
	}
	if pastCues[w] {
		return pastTense
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
		return pastTense
	}
	return unknownTense
}

// words splits s into lower-case words, keeping "'ll" as its own word: the runs of letters,
// digits and apostrophes, straight or curly.
func words(s string) []string {
	out := make([]string, 0, len(s)/5+1)
	start, plain, quoted := -1, true, false
	for i := 0; i < len(s); {
		if start >= 0 && byteKind[s[i]] == lowerByte {
			// Most of a word: a lower-case letter after its first.
			i++
			continue
		}
		r, size := rune(s[i]), 1
		var in bool
		if r < utf8.RuneSelf {
			in = byteKind[r] != 0 || r == '\''
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			in = isWordRune(r)
		}
		if in {
			if start < 0 {
				start, plain, quoted = i, true, false
			}
			// A word of ASCII without capitals is its own lower case, and one without
			// apostrophes needs no more than that.
			plain = plain && byteKind[s[i]] != upperByte && r < utf8.RuneSelf
			quoted = quoted || r == '\'' || r == '’'
		} else if start >= 0 {
			out = appendWord(out, s[start:i], plain, quoted)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = appendWord(out, s[start:], plain, quoted)
	}
	return out
}

// isWordRune reports whether r belongs to a word: a letter, a digit or an apostrophe.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || isDigit(byte(r)) || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// appendWord appends the word f of a text to ws in lower case, keeping "'ll" as its own
// word, dropping "n't" and the apostrophes at either end. plain says f is already lower
// case, quoted that it holds an apostrophe, straight or curly.
func appendWord(ws []string, f string, plain, quoted bool) []string {
	if !quoted {
		if !plain {
			f = strings.ToLower(f)
		}
		return append(ws, f)
	}
	if !plain {
		f = strings.ToLower(strings.ReplaceAll(f, "’", "'"))
	}
	if i := strings.Index(f, "'ll"); i > 0 {
		return append(ws, f[:i], "'ll")
	}
	if i := strings.Index(f, "n't"); i > 0 {
		return append(ws, f[:i])
	}
	return append(ws, strings.Trim(f, "'"))
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// presentPerfect reports whether the nearest tense cue left of offset s in its sentence is a
// participle after "has" or "have": "has extended the loans through January" speaks of now.
func presentPerfect(text string, s int) bool {
	ss, _ := sentenceAround(text, s, s)
	left := words(text[ss:s])
	for i := len(left) - 1; i >= 0 && i >= len(left)-12; i-- {
		if cueTense(left[i]) == unknownTense {
			continue
		}
		return i > 0 && (left[i-1] == "has" || left[i-1] == "have" || left[i-1] == "been" && i > 1 && (left[i-2] == "has" || left[i-2] == "have"))
	}
	return false
}

// mainVerbAfter is the tense of a finite "be", "have" or "will" that starts s, the main verb
// of a subject that ends with a time: "for Saturday was canceled" is past, "for Monday is
// off" and "for Monday will go ahead" future.
func mainVerbAfter(s string) tense {
	ws := words(s)
	if len(ws) == 0 || strings.TrimLeft(s, " ")[0] == ',' {
		return unknownTense
	}
	switch ws[0] {
	case "was", "were", "had":
		return pastTense
	case "is", "are", "will", "has", "have":
		return futureTense
	}
	return unknownTense
}
