package dates

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ledeparse/lede/pkg/article"
)

// Pieces of the patterns. Each takes the name of its group.
func monP(n string) string {
	return `(?P<` + n + `>(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)`
}

func monFullP(n string) string {
	return `(?P<` + n + `>january|february|march|april|may|june|july|august|september|october|november|december)\b`
}

func wdFullP(n string) string {
	return `(?P<` + n + `>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`
}

func dayP(n string) string { return `(?P<` + n + `>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\b` }

func yearP(n string) string { return `(?P<` + n + `>1[0-9]{3}|20[0-9]{2}|2100)\b` }

// numP is a count in digits or words: "24", "2.5", "1,000", "2 1/2", "twenty-five", "a few".
func numP(n string) string {
	return `(?P<` + n + `>(?:\d+(?:[.,]\d+)*(?:\s+1/2|½)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a|one)\s+hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|several|a\s+few|few|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+number\s+of|dozens\s+of|hundreds\s+of|an|a)(?:\s+and\s+a\s+half)?)`
}

const unitWords = `(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|fortnights?|quarters?|hrs?|mins?|secs?)\b`

// durationMods are the modifiers TimeBank keeps inside a duration: "about two weeks", "more
// than four hours", "at least 72 hours", "nearly a decade". "only" and "just" stay out.
// They are found before a match in code rather than in the pattern, which keeps it cheap.
var durationMods = []string{
	"about", "around", "approximately", "roughly", "nearly", "almost", "more than", "less than",
	"fewer than", "at least", "at most", "up to", "no more than", "no less than", "over",
	"under", "barely", "a full", "well over",
}

// durationDets are the determiners kept in a duration: "the past two months", "the first
// nine months", "another three years".
var durationDets = []string{
	"the past", "the last", "the next", "the first", "the coming", "the previous",
	"the following", "the final", "the latest", "the remaining", "the initial", "the same",
	"the entire", "the full", "the whole", "the other", "the ensuing", "the intervening",
	"the year-earlier", "the year-ago", "the comparable", "the",
	"another", "those", "these", "per",
}

// phraseBefore finds the longest of phrases (lower case, single spaces) that ends right before
// byte offset s, apart from white space, and starts a word. It returns where the phrase
// starts and the phrase, or s and "".
func phraseBefore(text string, s int, phrases []string) (int, string) {
	j := s
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	if j == s {
		return s, ""
	}
	bestAt, best := s, ""
	for _, p := range phrases {
		at := j
		ok := true
		for k := len(p) - 1; k >= 0 && ok; k-- {
			switch {
			case p[k] == ' ':
				if at == 0 || !isSpace(text[at-1]) {
					ok = false
				}
				for at > 0 && isSpace(text[at-1]) {
					at--
				}
				continue
			case at == 0 || text[at-1]|0x20 != p[k]:
				ok = false
			}
			at--
		}
		if ok && (at == 0 || !isLetter(text[at-1])) && len(p) > len(best) {
			bestAt, best = at, p
		}
	}
	return bestAt, best
}

// lowerPattern lowers the letters of a pattern, but not the "P" of its group names.
func lowerPattern(p string) string {
	return strings.ReplaceAll(strings.ToLower(p), "(?p<", "(?P<")
}

// countBefore finds the count written right before the unit word at byte offset at, apart
// from white space or a hyphen: the longest run of up to four final words that parseNumber
// reads ("over the past two weeks" gives "two", "a couple of years" "a couple of",
// "twenty-five years" "twenty-five"). A word such as "more" between the count and the unit
// is passed over ("two more weeks"). It returns where the count starts and ends and the count
// in lower case with single spaces, or at, at and "" when there is none.
func countBefore(text string, at int) (int, int, string) {
	// The words before at, nearest first: runs of letters, digits and ".,/½", apart by
	// white space or hyphens.
	type word struct{ s, e int }
	var buf [5]word
	ws := buf[:0]
	i := at
	for len(ws) < 5 {
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n' || text[j-1] == '-') {
			j--
		}
		if j == i && len(ws) > 0 || j == 0 {
			break
		}
		k := j
		for k > 0 && countByte(text, k-1) {
			k--
		}
		if k == j {
			break
		}
		ws = append(ws, word{k, j})
		i = k
	}
	if len(ws) > 1 && countFillers[strings.ToLower(text[ws[0].s:ws[0].e])] {
		ws = ws[1:]
	}
	for n := min(len(ws), 4); n >= 1; n-- {
		phrase := lowerWords(text[ws[n-1].s:ws[0].e])
		if _, _, ok := parseNumber(phrase); ok {
			return ws[n-1].s, ws[0].e, phrase
		}
	}
	return at, at, ""
}

// countByte reports whether text[i] may be part of a count: letters, digits, ".", ",", "/"
// and the bytes of "½".
func countByte(text string, i int) bool {
	b := text[i]
	return isLetter(b) || isDigit(b) || b == '.' || b == ',' || b == '/' || b == 0xc2 || b == 0xbd
}

// countFillers may stand between a count and its unit: "two more weeks", "three straight
// years", "five consecutive quarters", "eight trading days".
var countFillers = wordSet(`more additional straight consecutive full long further extra previous past
	trading business working`)

// numericDate is the numeric date shape, also used to tell day-first texts.
var numericDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})[/.](\d{4}|\d{2})\b`)
})

// rules is the table of patterns, built once. Earlier rules win ties of length.
var rules = sync.OnceValue(func() []rule {
	// ci compiles a pattern to run on the text folded to lower case (see folded).
	ci := func(p string) *regexp.Regexp { return regexp.MustCompile(lowerPattern(p)) }
	return []rule{
		// "Friday, August 8", "Aug. 7, 2025", "Thu August 7, 2025", "August 8th".
		{ci(`\b` + monP("mon") + `\s+` + dayP("day") + `(?:(?:\s*,\s*|\s+)` + yearP("year") + `)?`), buildMonthDay, monthTriggers},
		// "8 August 2025", "Thursday 13 March 2025", "the 8th of August".
		{ci(`\b(?:the\s+)?` + dayP("day") + `(?:\s+of)?\s+` + monP("mon") + `(?:,?\s+` + yearP("year") + `)?`), buildMonthDay, monthTriggers},
		// The second day of a range: "April 24 and 25", "Sept. 19 to 21", "March 20-21".
		{ci(`\b` + monP("mon") + `\s+` + dayP("day") + `(?:\s+(?:and|to|through|or)\s+|-)` + dayP("day2") + `(?:,?\s+` + yearP("year") + `)?`), buildSecondDay, monthTriggers},
		// "March 2024", "July of 1997", "mid-March 2024".
		{ci(`\b(?:(?P<mod>early|mid|late)[-\s]+)?` + monP("mon") + `,?\s+(?:of\s+)?` + yearP("year")), buildMonthYear, monthTriggers},
		// "2025-08-08", "2026-01-14T09:00".
		{ci(`\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?`), buildISO, `#4`},
		// "08/08/2025", "8/8/25", "24.06.2025".
		{numericDate(), buildNumeric, `#/`},
		// "April", "last April", "early December", "mid-July".
		{ci(`\b(?:(?P<rel>last|next|this|that|early|late|mid|earlier|later)[-\s]+)?` + monFullP("mon") + `(?:\b|\.)`), buildMonth, monthTriggers},
		// Spoken years in transcripts: "nineteen ninety-six", "January nineteen ninety-seven",
		// "the year two thousand".
		{ci(`\b(?:` + monFullP("mon") + `\s+)?(?P<spoken>nineteen[-\s](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine))?)\b`), buildSpokenYear, `nineteen thousand`},
		// "early October this year", "April next year".
		{ci(`\b(?:(?P<mod>early|mid|late)[-\s]+)?` + monFullP("mon") + `\s+(?P<rel>this|next|last)\s+year\b`), buildMonthRelYear, monthTriggers},
		// "year-end", "year end", "year's end", "around year end".
		{ci(`\b(?:the\s+)?(?P<w>year[-\s]end|year['’]s\s+end)\b`), buildYearEnd, `year`},
		// "year-ago", "year-earlier" as adjectives: "year-earlier profit".
		{ci(`\b(?P<w>year-ago|year-earlier)\b`), buildYearAgo, `year`},
		// "the latest period", "the year-ago period", "the 1988 period".
		{ci(`\bthe\s+(?:(?P<det>latest|year-ago|year-earlier|comparable|same|comparable\s+year-ago)|(?P<year>(?:19|20)\d\d))\s+(?:period|quarter)\b(?P<ago>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?`), buildPeriod, `period quarter`},
		// "the fiscal year": a year-long duration.
		{ci(`\bthe\s+(?:fiscal|calendar)\s+year\b`), buildFiscalYear, `year`},
		// "the near term", "the short term".
		{ci(`\bthe\s+(?P<w>near\s+term|short\s+term)\b`), buildFutureWord, `term`},
		// "recent" before a noun, "a recent filing", and "the then current price" (PAST_REF).
		{regexp.MustCompile(`\b(?P<w>recent|then[\s-]+current)\s+[a-z]+\b`), buildVagueAdjective, `recent then+current`},
		// "the current weakness", "the current number of shares" (PRESENT_REF).
		{regexp.MustCompile(`\b[Tt]he\s+(?P<w>current)\s+(?P<n>[a-z]+)\b`), buildTheCurrent, `the+current`},
		// "2024", "fiscal 1989", "early 2025", "the year 2000", "FY2025".
		{ci(`\b(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<pre>fiscal(?:\s+year)?|fy|the\s+year|calendar(?:\s+year)?)\s*)?` + yearP("year")), buildYear, `#4`},
		// "the 1990s", "the '90s", "the early 1980s", "the nineties".
		{ci(`\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<dec>1[0-9]{2}|20[0-9])0['’]?s\b`), buildDecade, `#s twenties thirties forties fifties sixties seventies eighties nineties`},
		{ci(`(?:\bthe\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?['’](?P<yy>\d)0s\b`), buildDecade, `#s twenties thirties forties fifties sixties seventies eighties nineties`},
		{ci(`\bthe\s+(?:(?P<mod>early|mid|late)[-\s]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`), buildDecade, `#s twenties thirties forties fifties sixties seventies eighties nineties`},
		// "the 20th century", "the nineteenth century", "this century".
		{ci(`\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|this|last|next|twentieth|nineteenth|eighteenth|twenty-first|21st)[-\s]+century\b`), buildCentury, `century`},
		// "this week", "last month", "next year", "earlier this year", "last fall", "next
		// Saturday", "this morning", "that day", "the same week", "the following year".
		{ci(`\b(?:(?P<mod>early|earlier|late|later|mid)[-\s]+)?(?P<rel>this|last|next|past|coming|previous|current|that|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|the\s+current|the\s+same|that\s+same|the\s+prior)\s+(?P<what>week|weekend|month|year|fiscal\s+year|decade|century|summer|spring|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|day)\b`), buildRelative, relativeTriggers()},
		// "today", "yesterday morning", "tomorrow", "tonight", "overnight", "late yesterday", "mid-afternoon
		// yesterday".
		{ci(`\b(?:(?P<mod>early|earlier|late|later)\s+|(?P<pre>mid-?morning|mid-?afternoon)\s+)?(?P<w>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b`), buildDayWord, `today yesterday tomorrow tonight overnight`},
		// "the day before yesterday", "the day after tomorrow".
		{ci(`\bthe\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b`), buildDayWord, `today yesterday tomorrow tonight`},
		// "Thursday", "Friday morning", "early Tuesday", "Sunday night".
		{ci(`\b(?:(?P<mod>early|earlier|late|later)\s+)?` + wdFullP("wd") + `(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?`), buildWeekday, `monday tuesday wednesday thursday friday saturday sunday`},
		// "Saturdays", "on Sundays": a weekly set.
		{ci(`\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b`), buildWeekdays, `mondays tuesdays wednesdays thursdays fridays saturdays sundays`},
		// "two days ago", "a year earlier", "three weeks later", "more than four decades ago",
		// "two weeks from now", "years ago".
		{ci(`\b(?P<unit>` + unitWords + `)\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b`), buildAgo, `ago earlier later now hence`},
		// "at a later date" (FUTURE_REF), "at an earlier stage" (PAST_REF), "will one day be"
		// (FUTURE_REF).
		{ci(`\b(?:an?\s+(?P<w>later|earlier)\s+(?:date|stage|time)|one\s+day)\b`), buildSomeDay, `one+day later+date later+stage later+time earlier+date earlier+stage earlier+time`},
		// Durations: "24 hours", "a decade", "the past two months", "six-hour", "2 hours 51
		// minutes", "an hour and a half", "8-month-old"; rates "$6 a month" give a set.
		{ci(`\b(?P<unit>` + unitWords + `)(?P<old>-olds?)?(?:(?:,?\s+|\s+and\s+)(?P<num2>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)\s+(?P<unit2>minutes?|seconds?|months?|days?|hours?|weeks?))?(?P<half>\s+and\s+a\s+half)?`), buildDuration, `year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries fortnight fortnights quarter quarters hr hrs min mins sec secs`},
		// "for a while", "in a while": a duration of no stated length.
		{ci(`\ba\s+(?:(?P<adj>long|short|little)\s+)?while\b`), buildWhile, `while`},
		// "for years", "in decades", "decades-long", "months of": a vague duration.
		{ci(`\b(?P<unit>years|decades|months|weeks|days|hours)(?P<long>-long)?\b`), buildVagueDuration, `years decades months weeks days hours`},
		// Sets: "every Friday", "each year", "every two hours", "every summer", "each evening".
		{ci(`\b(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:` + numP("num") + `\s+)?(?P<what>` + unitWords + `|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|weekend|january|february|march|april|may|june|july|august|september|october|november|december)\b`), buildSet, `every each per`},
		// "daily", "weekly", "annually", "hourly", "nightly".
		{regexp.MustCompile(`\b(?P<w>daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly|annually)\b`), buildSetAdverb, `daily weekly monthly yearly hourly nightly biweekly fortnightly annually`},
		// Clock times: "3 p.m.", "3 p.m. ET", "10:30 a.m. Friday", "9am Wednesday", "7:40 a.m.
		// Sunday", "10 p.m. on Aug. 5".
		{ci(`\b(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>a\.\s?m\.|p\.\s?m\.|a\.m\b|p\.m\b|am\b|pm\b)(?:\s+(?P<zone>` + zones + `))?(?:\s+` + wdFullP("wd") + `|\s+(?P<dw>today|tomorrow|yesterday|tonight)\b|,?\s+` + monP("mon") + `\s+` + dayP("day") + `)?`), buildClock, `#ap #:`},
		// "19:40 CEST", "at 15:30".
		{regexp.MustCompile(`\b(?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d)(?:\s+(?P<zone>` + zones + `)\b)?`), buildClock24, `#:`},
		// "noon", "midnight Friday", "midday".
		{ci(`\b(?:(?P<mod>about|around|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?(?P<w>noon|midnight|midday)(?:\s+` + wdFullP("wd") + `|\s+(?P<dw>today|tomorrow|yesterday)\b)?`), buildNoon, `noon midnight midday`},
		// "three in the morning", "two o'clock".
		{ci(`\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+o['’]clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)\b`), buildWordClock, `clock morning afternoon evening`},
		{ci(`\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o['’]clock\b`), buildWordClock, `clock morning afternoon evening`},
		// Seasons: "this summer", "last fall", "the spring of 2026", "summer 2025".
		{ci(`\b(?:(?P<det>the|this|last|next|that|early|late|mid|the\s+early|the\s+late|the\s+coming|the\s+past)[-\s]+)?(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?` + yearP("year") + `)?`), buildSeason, `spring summer fall autumn winter`},
		// Quarters and halves: "the third quarter", "third-quarter", "the same quarter of 2024",
		// "the fiscal first quarter", "the first half of 2024", "last year's fourth quarter",
		// "the final quarter of the year", "the second half of next year", and a quarter
		// named by the month that ends it, "the June quarter".
		{ci(`\b(?:(?P<det>the\s+same|the\s+(?:latest|current|previous|prior|past|last|comparable|year-ago|year-earlier|fiscal|latest\s+fiscal|company['’]s|firm['’]s|bank['’]s)|the|this|last|next|that|its|their|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)[-\s]+)?(?:(?P<year1>1[0-9]{3}|20[0-9]{2})\s+)?(?:(?P<fiscal>fiscal)[-\s]+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)|(?P<qmon>march|june|september|december))[-\s]+(?P<unit>quarter|half)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?` + yearP("year2") + `|\s+of\s+(?P<rel>the|this|last|next)\s+year\b)?`), buildQuarter, `quarter half q1 q2 q3 q4`},
		// "Q3", "Q4 2025".
		{regexp.MustCompile(`\bQ(?P<q>[1-4])(?:\s+(?P<year2>(?:19|20)\d\d))?\b`), buildQuarter, `quarter half q1 q2 q3 q4`},
		// Anaphoric quarters: "the quarter", "the latest quarter", "the year-ago quarter",
		// "the same quarter a year ago".
		{ci(`\b(?P<det>the\s+(?:latest|current|previous|prior|comparable|year-ago|year-earlier|same|recent|just-ended|just-completed)(?:\s+(?:fiscal|calendar))?|the|that)[-\s]+quarter\b(?:(?P<ago>\s+a\s+year\s+(?:ago|earlier))|\s+of\s+` + yearP("year") + `)?`), buildQuarterRef, `quarter`},
		// Holidays: "Christmas", "Memorial Day", "Thanksgiving", "New Year's Day"; "Easter
		// week" is the week of the holiday.
		{regexp.MustCompile(`\b(?P<h>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Palm\s+Sunday|Maundy\s+Thursday|Ash\s+Wednesday|Black\s+Friday|Cyber\s+Monday|Memorial\s+Day|Labou?r\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Presidents['’]?\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day|Election\s+Day|Remembrance\s+Day|Canada\s+Day|Bastille\s+Day|Anzac\s+Day|St\.?\s+Patrick['’]s\s+Day)(?:\s+(?P<year>(?:19|20)\d\d))?(?P<week>\s+week)?\b`), buildHoliday, `Christmas Thanksgiving Easter Halloween Valentine Veterans Boxing Memorial Labor Labour Independence Bastille Anzac Remembrance Patrick good+friday palm+sunday maundy+thursday ash+wednesday black+friday cyber+monday new+year Fourth Mother Father Presidents President election+day canada+day King MLK`},
		// Vague references: "now", "currently", "recently", "soon", "shortly".
		{ci(`\b(?P<w>now|currently|nowadays|recently|lately|soon|shortly|presently|these\s+days|right\s+now)\b`), buildVague, `now currently nowadays recently lately soon shortly presently days`},
		// "the past", "the future", "the near future", "the recent past".
		{ci(`\bthe\s+(?:(?P<adj>near|distant|recent|immediate|foreseeable|not-too-distant)\s+)?(?P<w>past|future)\b`), buildPastFuture, `past future`},
		// "recent years", "the coming days", "the months and years to come", "the weeks ahead".
		{ci(`\b(?:(?P<the>the)\s+)?(?P<w>recent|coming|upcoming|past\s+few|last\s+few|past)\s+(?P<u>days|weeks|months|years|decades)(?:\s+and\s+(?:days|weeks|months|years))?\b`), buildVaguePlural, `days weeks months years decades`},
		{ci(`\b(?:the\s+)?(?:days|weeks|months|years)(?:\s+and\s+(?:days|weeks|months|years))?\s+(?P<w>to\s+come|ahead)\b`), buildToCome, `days weeks months years`},
		// "for the year", "output over the first five months of the year" (the year in
		// focus); "the year ending June 30" (a year's length).
		{regexp.MustCompile(`\bthe\s+year\b`), buildTheYear, `the+year`},
		// "in a year or two", "in a week or two": some time to come.
		{ci(`\b(?:a|one)\s+(?:day|week|month|year)\s+or\s+two\b`), buildOrTwo, `two`},
		// "later in the week", "earlier in the month", "later in the year": the one ref is
		// in. ("Later in the day" is left out, as TimeBank mostly leaves it.)
		{ci(`\b(?:earlier|later)\s+in\s+the\s+(?P<u>week|month|year)\b`), buildLaterInThe, `earlier+in later+in`},
		// "For the week, the index fell", "the week's busiest session": a week in focus.
		{ci(`\bthe\s+week\b`), buildTheWeek, `the+week`},
		// "the weekend", "this weekend", "over the weekend".
		{ci(`\bthe\s+weekend\b`), buildWeekend, `weekend`},
		// "the end of 1990", "the end of the year", "the beginning of next month", "the end of
		// this week": the wrapper joins the date inside.
		{ci(`\bthe\s+(?P<w>end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?(?P<what>year|month|week|decade|century|quarter)\b`), buildEndOf, `year month week decade century quarter`},
	}
})

// relativeTriggers are the pairs that start buildRelative: "this week", "last fall", "the
// past year", "next Saturday".
func relativeTriggers() string {
	var b strings.Builder
	for _, rel := range strings.Fields("this last next past coming previous current that following same prior") {
		for _, what := range strings.Fields("week weekend month year fiscal decade century summer spring fall autumn winter monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night day") {
			b.WriteString(rel + "+" + what + " ")
		}
	}
	return b.String()
}

// monthTriggers are the month words that start the month rules; "May" and "March" only
// capitalised, since "may" and "march" are mostly verbs.
const monthTriggers = `january february March MARCH april May MAY june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec`

// zones are the time-zone names a clock time may carry ("3 p.m. ET").
const zones = `ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|HKT|SGT|WIB|Eastern(?:\s+[Tt]ime)?|Pacific(?:\s+[Tt]ime)?|Central(?:\s+[Tt]ime)?`

// prepositions that put a month name alone in its date sense: "in May", "since March".
var monthPreps = wordSet(`
	in since until till by from through thru of during before after between and to early
	late mid last next this that or on throughout starting beginning into around for
	as - mid- late- the
`)

// nameVerbs after a month name alone show it names a person: "April said", "May told".
var nameVerbs = wordSet(`said says told asked added wrote explained argued replied recalled noted
	who`)

// monthSurePreps put a month name in its date sense even before a capitalised word: "in June
// Smith left" is rare, "to April Ryan" is not.
var monthSurePreps = wordSet(`
	in since until by during through early late mid last next this before after from mid-
`)

// buildMonthDay covers "August 8", "Aug. 7, 2025", "Friday, August 8", "8 August 2025" and
// "the 8th of August". The month must be capitalised, so "may 5" is not a date.
func buildMonthDay(m match) (cand, bool) {
	if !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	mon := monthOf[strings.TrimSuffix(m.low("mon"), ".")]
	d, _ := strconv.Atoi(strings.TrimRight(m.get("day"), "stndrh"))
	y := m.num("year")
	s, e := m.whole()
	if y == 0 {
		// The first day of a range takes the year written after the second: "March 3-5,
		// 2024", "April 24 and 25, 2024".
		if loc := dayRangeYear().FindStringSubmatchIndex(m.text[e:min(len(m.text), e+24)]); loc != nil {
			y, _ = strconv.Atoi(m.text[e+loc[2] : e+loc[3]])
		}
	}
	if !validDay(y, mon, d) {
		return cand{}, false
	}
	// A weekday before the date belongs to it: "Friday, August 8", "Thu Aug. 7", and so
	// does a weekday with a part of the day, which makes a time: "Tuesday afternoon, March
	// 12" is 2013-03-12TAF.
	wdAt, wd := weekdayBefore(m.text, s)
	typ, part := article.Date, ""
	if wd == 0 {
		if at, w, code := weekdayPartBefore(m.text, s); w != 0 {
			wdAt, wd, typ, part = at, w, article.Time, "T"+code
		}
	}
	if y == 0 && e+1 < len(m.text) && (m.text[e] == ':' || m.text[e] == '-' && !dayRange(m.text, e, d)) && isDigit(m.text[e+1]) {
		// "May 5-3" and "June 4:30" are not dates; "March 20-21" is a range of days.
		return cand{}, false
	}
	return cand{s: wdAt, e: e, typ: typ, value: func(r *resolver, c *cand) string {
		if y != 0 {
			return strconv.Itoa(y) + "-" + two(mon) + "-" + two(d) + part
		}
		if wd != 0 && !r.hasRef {
			if yy := weekdayYear(r.present, mon, d, wd); yy != 0 {
				return strconv.Itoa(yy) + "-" + two(mon) + "-" + two(d) + part
			}
		}
		return r.monthDay(c, mon, d) + part
	}}, true
}

// dayRangeYear is the rest of a range of days after its first: "-5, 2024", " and 25, 2024".
var dayRangeYear = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\s+(?:and|to|through|or)\s+|\s*(?:-|–|—)\s*)(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+((?:1[0-9]|20)[0-9]{2})\b`)
})

// dayRange reports whether text[e:] after day d goes on with a later day of the same month
// after a hyphen: "-21" in "March 20-21", not "-3" in "May 5-3" (a score) nor "-2024".
func dayRange(text string, e, d int) bool {
	if e >= len(text) || text[e] != '-' {
		return false
	}
	k := e + 1
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k-e-1 < 1 || k-e-1 > 2 {
		return false
	}
	d2, _ := strconv.Atoi(text[e+1 : k])
	return d2 > d && d2 <= 31
}

// buildSecondDay covers the second day of a range written with its month once: "25" in
// "April 24 and 25", resolved as that month's day. The first day is buildMonthDay's.
func buildSecondDay(m match) (cand, bool) {
	if !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	mon := monthOf[strings.TrimSuffix(m.low("mon"), ".")]
	d1, _ := strconv.Atoi(strings.TrimRight(m.get("day"), "stndrh"))
	d, _ := strconv.Atoi(strings.TrimRight(m.get("day2"), "stndrh"))
	y := m.num("year")
	if d <= d1 || !validDay(y, mon, d) {
		return cand{}, false
	}
	e := m.end("day2")
	if y != 0 {
		// "25, 2013" in "April 24 and 25, 2013".
		e = m.loc[1]
	}
	return cand{s: m.at("day2"), e: e, typ: article.Date, value: func(r *resolver, c *cand) string {
		if y != 0 {
			return strconv.Itoa(y) + "-" + two(mon) + "-" + two(d)
		}
		return r.monthDay(c, mon, d)
	}}, true
}

// weekdayPartBefore finds a capitalised weekday and a part of the day right before byte
// offset s, apart from a comma and white space: "Tuesday afternoon, " before "March 12". It
// returns where the weekday starts, its ISO number and the part's code ("AF"), or s, 0, "".
func weekdayPartBefore(text string, s int) (int, int, string) {
	j := s
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	if j == 0 || text[j-1] != ',' {
		return s, 0, ""
	}
	j--
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	code, ok := partCode[strings.ToLower(text[k:j])]
	if !ok || k == 0 || !isSpace(text[k-1]) {
		return s, 0, ""
	}
	at, wd := weekdayBefore(text, k)
	if wd == 0 || strings.TrimSpace(text[at:k]) == "" || strings.ContainsRune(text[at:k], ',') {
		return s, 0, ""
	}
	return at, wd, code
}

// weekdayBefore finds a capitalised weekday, full or abbreviated ("Thu", "Wed."), right
// before byte offset s, apart from white space and one comma. It returns where the weekday
// starts and its ISO number, or s and 0.
func weekdayBefore(text string, s int) (int, int) {
	j := s
	for j > 0 && isSpace(text[j-1]) {
		j--
	}
	if j > 0 && text[j-1] == ',' {
		j--
	}
	if j == s {
		return s, 0
	}
	if j > 0 && text[j-1] == '.' {
		j--
	}
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	if k == j || k > 0 && isLetter(text[k-1]) || !isUpperStart(text[k:j]) {
		return s, 0
	}
	wd := weekdayOf[strings.ToLower(text[k:j])]
	if wd == 0 {
		return s, 0
	}
	return k, wd
}

// weekdayYear is the latest year not after present in which month/day falls on weekday wd,
// or 0 when present is unknown.
func weekdayYear(present, month, d, wd int) int {
	if present == 0 {
		return 0
	}
	for y := present; y > present-40; y-- {
		t := time.Date(y, time.Month(month), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && isoWeekday(t) == wd {
			return y
		}
	}
	return 0
}

// buildMonthYear covers "March 2024", "July of 1997" and "mid-March 2024".
func buildMonthYear(m match) (cand, bool) {
	if !isUpperStart(m.get("mon")) {
		return cand{}, false
	}
	mon := monthOf[strings.TrimSuffix(m.low("mon"), ".")]
	v := m.get("year") + "-" + two(mon)
	return mk(m, article.Date, fixed(v))
}

// buildISO covers "2025-08-08" and the machine stamp "2026-01-14T09:00".
func buildISO(m match) (cand, bool) {
	y := m.num("y")
	mo := m.num("m")
	d := m.num("d")
	if y < 1000 || !validDay(y, mo, d) {
		return cand{}, false
	}
	v := m.get("y") + "-" + m.get("m") + "-" + m.get("d")
	if m.get("hh") != "" {
		return mk(m, article.Time, fixed(v+"T"+m.get("hh")+":"+m.get("mm")))
	}
	return mk(m, article.Date, fixed(v))
}

// buildNumeric covers "08/08/2025" (US order), "14/10/2025" (day first, as is every numeric
// date of a text that has one whose first number exceeds 12), "8/8/25" and "24.06.2025".
func buildNumeric(m match) (cand, bool) {
	a, _ := strconv.Atoi(m.text[m.loc[2]:m.loc[3]])
	sep := m.text[m.loc[4]:m.loc[5]]
	b, _ := strconv.Atoi(m.text[m.loc[6]:m.loc[7]])
	ys := m.text[m.loc[8]:m.loc[9]]
	if sep == "." && len(ys) != 4 {
		return cand{}, false
	}
	y, _ := strconv.Atoi(ys)
	if len(ys) == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	if !validDay(y, a, b) && !validDay(y, b, a) {
		return cand{}, false
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		mo, d := a, b
		if r.dayFirst || sep == "." || !validDay(y, a, b) {
			mo, d = b, a
		}
		if !validDay(y, mo, d) {
			return ""
		}
		return strconv.Itoa(y) + "-" + two(mo) + "-" + two(d)
	})
}

// buildMonth covers a month named alone: "in April", "last April", "early December",
// "mid-July". "May" and "March" need a preposition or modifier before them (so the verbs
// "may" and "march" stay out), and "April", "June" or "August" followed by a capitalised word
// is taken for a name ("April Ryan").
func buildMonth(m match) (cand, bool) {
	name := m.get("mon")
	if !isUpperStart(name) {
		return cand{}, false
	}
	mon := monthOf[strings.ToLower(name)]
	rel := m.low("rel")
	s, e := m.whole()
	if m.text[e-1] == '.' {
		e--
	}
	pw := prevWord(m.text, m.at("mon"))
	if rel == "" {
		nw := nextWord(m.text, e)
		switch mon {
		case 5, 3:
			if !monthPreps[pw] && !strings.HasSuffix(m.text[:m.at("mon")], "-") {
				return cand{}, false
			}
		}
		if nw != "" && isUpperStart(nw) && !monthSurePreps[pw] {
			return cand{}, false
		}
		if mon == 5 && (strings.HasPrefix(strings.ToLower(nw), "be") || strings.HasPrefix(strings.ToLower(nw), "have")) {
			return cand{}, false
		}
		if nameVerbs[strings.ToLower(nw)] && !monthSurePreps[pw] {
			// "April said", "June told reporters": a person.
			return cand{}, false
		}
		if nameBefore(m.text, m.at("mon")) && !monthSurePreps[pw] && weekdayOf[strings.ToLower(pw)] == 0 {
			// "police Lt. Dennis June", "the singer Mary May": the end of a name.
			return cand{}, false
		}
	}
	return cand{s: s, e: e, typ: article.Date, value: func(r *resolver, c *cand) string {
		if y := yearAfterRange(r.text, c.e); y != "" {
			return y + "-" + two(mon)
		}
		if !r.hasRef {
			return "XXXX-" + two(mon)
		}
		y := r.ref.Year()
		switch rel {
		case "last":
			if mon >= int(r.ref.Month()) {
				y--
			}
		case "next":
			if mon <= int(r.ref.Month()) {
				y++
			}
		case "this", "that":
		default:
			y = r.nearestYear(c, mon, 0)
		}
		return strconv.Itoa(y) + "-" + two(mon)
	}}, true
}

// yearAfterRange finds the year of a range whose first month is written without it:
// "between August and October 2024" gives "2024" for "August".
var rangeYear = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:and|to|through|until|-|–|or)\s+(?:(?:early|mid|late)[-\s]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+((?:19|20)\d\d)\b`)
})

func yearAfterRange(text string, e int) string {
	rest := text[e:min(len(text), e+40)]
	if m := rangeYear().FindStringSubmatch(rest); m != nil {
		return m[1]
	}
	return ""
}

// yearStopBefore are words after which four digits are not a year: "No. 1989", "Flight 2024".
var yearStopBefore = wordSet(`
	no number flight route room page pages highway interstate model boeing airbus chapter
	section rule code item bill resolution version release suite box unit precinct district
	ward lot gate exit bus train line apartment about some nearly approximately roughly than
	only just least total
`)

// vehicleMakes are makers whose name after a year makes it a model year, no date: "a 1987
// Chevrolet", "her 1966 Ford Mustang".
var vehicleMakes = wordSet(`
	chevrolet chevy ford toyota honda buick cadillac chrysler dodge pontiac oldsmobile nissan
	volkswagen mercedes bmw jeep plymouth mazda subaru hyundai kia lincoln volvo audi porsche
	datsun saab jaguar ferrari harley-davidson gmc mitsubishi
`)

// yearPreps are the prepositions that keep a year before a maker's name a date: "in 1994
// Toyota opened a plant", but "the 1994 Toyota" is a car.
var yearPreps = wordSet(`in since until till by from through during before after between around throughout`)

// yearStopAfter are words after which four digits are a count: "1990 votes", "2000 people".
var yearStopAfter = wordSet(`
	people percent per votes students troops men women jobs workers members points units
	cars vehicles homes houses feet miles meters metres km kilometers kilometres kilograms
	kg tons tonnes pounds dollars euros yen shares acres square residents employees seats
	times calories copies deaths cases patients children officers soldiers passengers dead
	barrels hours minutes days years beds rooms words pages plants stores sites votes,
	million billion hectares mph ft m cc gallons liters litres yards signatures applications
	others more fans
`)

// buildYear covers a year written alone: "2024", "in 1894", "fiscal 1989", "early 2025", "the
// year 2000". Years before 1900 need a preposition before them; counts ("2000 people",
// "No. 1989") are refused.
func buildYear(m match) (cand, bool) {
	y := m.num("year")
	_, e := m.whole()
	pre := m.low("pre")
	mod := m.low("mod")
	pw := prevWord(m.text, m.at("year"))
	nw := strings.ToLower(nextWord(m.text, e))
	if pre == "" && mod == "" {
		if yearStopBefore[pw] || yearStopAfter[nw] || vehicleMakes[nw] && !yearPreps[pw] {
			return cand{}, false
		}
		if c := prevChar(m.text, m.at("year")); c == '$' || c == '#' {
			return cand{}, false
		}
		if digitsBefore(m.text, m.at("year")) >= 3 {
			// Four digits after a group of three or more are the end of a phone number
			// or a code: "0844 847 2012", "ref 48213 1999". A day has one or two.
			return cand{}, false
		}
		if y < 1900 && !monthPreps[pw] && pw != "circa" && pw != "c" {
			return cand{}, false
		}
		if y > 2060 && !yearPreps[pw] && pw != "for" {
			// A far year needs its preposition: "by 2100", "projections for 2100".
			return cand{}, false
		}
		if nameBefore(m.text, m.at("year")) && !monthPreps[pw] {
			// A year right after a name inside a sentence is part of the name: "a joint
			// venture called Orion 1980", "Windows 2000".
			return cand{}, false
		}
	}
	return mk(m, article.Date, fixed(m.get("year")))
}

// digitsBefore counts the digits of the number that ends one space before byte offset s.
func digitsBefore(text string, s int) int {
	if s < 2 || text[s-1] != ' ' {
		return 0
	}
	k := s - 1
	for k > 0 && isDigit(text[k-1]) {
		k--
	}
	return s - 1 - k
}

// nameBefore reports whether a capitalised word that does not start a sentence stands right
// before byte offset s, one space apart: "Orion 1980" but not "In 1980" at a sentence start.
func nameBefore(text string, s int) bool {
	j := s - 1
	if j < 1 || text[j] != ' ' {
		return false
	}
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	if k == j || !isUpperStart(text[k:j]) || k < 2 || text[k-1] != ' ' {
		return false
	}
	// Not after the end of a sentence, but after an abbreviation: "Lt. Dennis June".
	return !strings.ContainsRune("!?\"“\n", rune(text[k-2])) && !endsSentence(text, k-1)
}

// decadeWords maps "nineties" and its kin to the decade's digit.
var decadeWords = map[string]string{
	"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
	"seventies": "7", "eighties": "8", "nineties": "9",
}

// buildDecade covers "the 1990s" (value "199"), "the '90s", "the early 1980s" and "the
// nineties".
func buildDecade(m match) (cand, bool) {
	switch {
	case m.get("dec") != "":
		return mk(m, article.Date, fixed(m.get("dec")))
	case m.get("yy") != "":
		return mk(m, article.Date, fixed("19"+m.get("yy")))
	}
	return mk(m, article.Date, fixed("19"+decadeWords[m.low("w")]))
}

// centuryWords maps a written century to its value's two digits.
var centuryWords = map[string]string{
	"twentieth": "19", "nineteenth": "18", "eighteenth": "17", "twenty-first": "20", "21st": "20",
}

// buildCentury covers "the 20th century" ("19"), "the nineteenth century" and "last
// century"; TimeBank writes "the disasters of this century" as a century's length (P100Y).
func buildCentury(m match) (cand, bool) {
	if strings.HasSuffix(m.text[:m.loc[1]], "Century") && isUpperStart(nextWord(m.text, m.loc[1])) {
		// "21st Century Fox", "20th Century Limited": a name in Title Case.
		return cand{}, false
	}
	ord := m.low("ord")
	if ord == "this" && m.get("mod") == "" {
		return mk(m, article.Duration, fixed("P100Y"))
	}
	return mk(m, article.Date, func(r *resolver, c *cand) string {
		switch ord {
		case "this", "last", "next":
			if !r.hasRef {
				return "XX"
			}
			n := r.ref.Year() / 100
			if ord == "last" {
				n--
			} else if ord == "next" {
				n++
			}
			return strconv.Itoa(n)
		}
		if v, ok := centuryWords[ord]; ok {
			return v
		}
		n, err := strconv.Atoi(strings.TrimRight(ord, "stndrh"))
		if err != nil || n < 1 {
			return ""
		}
		return two(n - 1)
	})
}
