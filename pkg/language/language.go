// Package language guesses the language of a text from its most common function words.
package language

import (
	"strings"
	"sync"
	"unicode"
)

// stopwords are the commonest short function words of each language guessed, chosen so that
// few of them are words of another language in the list.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "was", "for", "with", "on", "he", "she", "it", "his", "her", "have", "has", "are", "this", "from", "by", "at", "said", "which", "would"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "auch", "wird", "sie", "von", "zu", "im"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "qui", "pour", "pas", "sur", "avec", "du", "au", "sont", "il", "elle", "nous"},
	"es": {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "es", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha"},
	"it": {"il", "di", "che", "della", "per", "una", "sono", "con", "non", "gli", "nel", "alla", "anche", "come", "più", "dei", "delle", "è", "ha", "questo"},
	"pt": {"o", "os", "da", "do", "que", "uma", "com", "para", "não", "por", "mais", "das", "dos", "como", "mas", "foi", "ao", "ele", "ela", "são"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "ook", "als", "maar", "bij", "er", "worden", "wordt"},
}

// languagesOf maps each function word to the languages whose list holds it, built once.
var languagesOf = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for lang, list := range stopwords {
		for _, w := range list {
			m[w] = append(m[w], lang)
		}
	}
	return m
})

// Detect returns the ISO 639-1 code of the language whose function words are most frequent
// in text, or "" when the text is too short or holds too few of them to tell.
func Detect(text string) string {
	counts := map[string]int{}
	index := languagesOf()
	words := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		words++
		for _, lang := range index[w] {
			counts[lang]++
		}
		if words >= 2000 {
			break
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if words < 5 || bestN*10 < words {
		return ""
	}
	return best
}
