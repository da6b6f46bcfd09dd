package dates

import (
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
// "is expected to close in June", "plans to vote next month", "would resume Monday".
var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "would": true, "wo": true, "going": true,
	"upcoming": true, "tomorrow": true, "until": true, "opens": true, "payable": true,
	"scheduled": true, "due": true,
	"effective": true,
	"begins":    true, "starts": true, "runs": true, "takes": true, "ends": true, "expires": true,
	"falls": true, "resume": true, "resumes": true, "can": true, "must": true, "should": true,
	"could": true, "may": true, "might": true, "next": true, "forecast": true,
	"starting": true, "beginning": true, "go": true, "goes": true,
}

// beforeTo are words that point to the future only before an infinitive: "plans to vote
// Friday", "is expected to close in June", "was scheduled to expire at midnight Friday"; "the
// plan" or "as expected" do not.
var beforeTo = map[string]bool{
	"plans": true, "plan": true, "planned": true, "planning": true, "supposed": true,
	"scheduled": true, "expected": true, "expects": true, "expect": true, "due": true,
	"intends": true, "intend": true, "aims": true, "hopes": true, "set": true, "agreed": true,
	"likely": true, "ready": true, "prepared": true, "decided": true, "vowed": true,
	"promised": true, "have": true, "has": true, "wants": true, "want": true, "asked": true, "is": true, "are": true,
	"was": true, "were": true, "going": true, "able": true, "needs": true, "need": true,
	"seeks": true, "sought": true, "tried": true, "try": true, "trying": true, "attempt": true,
	"agreement": true, "proposal": true, "bid": true, "offer": true, "deal": true,
}

// pastCues are words of a report of the past besides regular "-ed" forms: "said Thursday",
// "met on Wednesday", "has agreed", "two days ago".
var pastCues = map[string]bool{
	"said": true, "says": true, "was": true, "were": true, "had": true, "did": true,
	"been": true, "told": true, "begun": true, "gone": true, "done": true, "seen": true,
	"taken": true, "given": true, "known": true, "shown": true, "fallen": true, "risen": true,
	"written": true, "spoken": true, "chosen": true, "broken": true, "driven": true, "ago": true, "yesterday": true,
	"met": true, "began": true, "came": true, "went": true, "took": true, "made": true,
	"gave": true, "saw": true, "left": true, "won": true, "lost": true, "fell": true,
	"rose": true, "held": true, "led": true, "got": true, "found": true, "sent": true,
	"spent": true, "paid": true, "ran": true, "sold": true, "thought": true, "brought": true,
	"bought": true, "fought": true, "struck": true, "became": true, "broke": true,
	"chose": true, "drew": true, "drove": true, "flew": true, "grew": true, "kept": true,
	"knew": true, "meant": true, "rode": true, "shot": true, "slept": true, "spoke": true,
	"stood": true, "stole": true, "swore": true, "taught": true, "threw": true,
	"understood": true, "wrote": true, "felt": true, "heard": true, "built": true,
	"sought": true, "fled": true, "stuck": true, "withdrew": true, "hit": true, "beat": true,
	"quit": true, "cut": true, "shut": true, "hurt": true, "upheld": true, "overtook": true,
	"forgot": true, "froze": true, "hid": true, "hung": true, "lent": true, "tore": true,
	"woke": true, "wore": true, "ate": true, "sank": true, "sang": true, "swept": true,
	"earlier": true, "previously": true,
}

// notPast are "-ed" words that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "seed": true, "feed": true, "bed": true, "red": true,
	"shed": true, "hundred": true, "indeed": true, "proceed": true, "succeed": true,
	"exceed": true, "weed": true, "breed": true, "greed": true, "deed": true, "creed": true,
	"embed": true, "ted": true, "fred": true, "ned": true, "med": true, "wed": true,
	"united": true, "limited": true, "scheduled": true, "expected": true,
	"anticipated": true, "intended": true, "supposed": true,
}

// sentenceAround returns the byte bounds of the sentence holding text[s:e]: it ends at a line
// break or at ".", "!" or "?" followed by space, unless the word before a period is an
// abbreviation ("Aug.", "Mr.", "U.S.") or a single letter.
func sentenceAround(text string, s, e int) (int, int) {
	start := 0
	for i := s - 1; i > 0; i-- {
		if text[i] == '\n' {
			start = i + 1
			break
		}
		if isSpace(text[i]) && endsSentence(text, i) {
			start = i + 1
			break
		}
	}
	end := len(text)
	for i := e; i < len(text); i++ {
		if text[i] == '\n' {
			end = i
			break
		}
		if isSpace(text[i]) && endsSentence(text, i) {
			end = i
			break
		}
	}
	return start, end
}

// endsSentence reports whether the white space at text[i] follows the end of a sentence.
func endsSentence(text string, i int) bool {
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
	if text[j] != '.' {
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

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "st": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"prof": true, "col": true, "lt": true, "sgt": true, "capt": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true, "mt": true,
	"ft": true, "rev": true, "sen.": true, "approx": true, "est": true,
}

// tenseAt judges the tense of the sentence around text[s:e] from the cue word nearest to it
// on its left, within twelve words ("announced Thursday" is past, "will meet Friday"
// future), else from the nearest on its right ("On Wednesday, the board voted").
func tenseAt(text string, s, e int) tense {
	ss, se := sentenceAround(text, s, e)
	left := words(text[ss:s])
	for i := len(left) - 1; i >= 0 && i >= len(left)-12; i-- {
		if t := cueAt(left, i); t != unknownTense {
			return t
		}
	}
	right := words(text[e:se])
	for i := 0; i < len(right) && i < 12; i++ {
		// A time before its verb dates that verb: "On Friday, the government planned to
		// send aid" is past, whatever the infinitive.
		t := cueTense(right[i])
		if beforeTo[right[i]] && t == futureTense {
			t = unknownTense
		}
		if t != unknownTense {
			return t
		}
	}
	return unknownTense
}

// cueAt is the tense ws[i] signals; a participle after a form of "be" ("will be repatriated",
// "was supposed") leaves the judgement to the auxiliary.
func cueAt(ws []string, i int) tense {
	w := ws[i]
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	if beforeTo[w] && next == "to" {
		return futureTense
	}
	t := cueTense(w)
	if t == pastTense && i > 0 {
		switch ws[i-1] {
		case "be", "been", "being", "is", "are", "am":
			return unknownTense
		}
	}
	return t
}

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

// words splits s into lower-case words, keeping "'ll" as its own word.
func words(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		f = strings.ToLower(strings.ReplaceAll(f, "’", "'"))
		if i := strings.Index(f, "'ll"); i > 0 {
			out = append(out, f[:i], "'ll")
			continue
		}
		if i := strings.Index(f, "n't"); i > 0 {
			out = append(out, f[:i])
			continue
		}
		out = append(out, strings.Trim(f, "'"))
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
