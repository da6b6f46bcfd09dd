package quotes_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/quotes"
)

// want is the part of a quote a table row checks: its words, speaker ("" for none), role,
// kind and group.
type want struct {
	Text, Speaker, Role string
	Kind                article.QuoteKind
	Group               int
}

const (
	D = article.Direct
	P = article.Partial
)

func summarise(qs []article.Quote) []want {
	var out []want
	for _, q := range qs {
		w := want{Text: q.Text, Role: q.SpeakerRole, Kind: q.Kind, Group: q.Group}
		if q.Speaker != nil {
			w.Speaker = *q.Speaker
		}
		out = append(out, w)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		known []string
		want  []want
	}{
		{
			name: "speaker after, curly marks",
			text: "Mara Quist runs the ferry.\n\n“The river is high today,” Quist said.",
			want: []want{{"The river is high today,", "Mara Quist", "", D, 1}},
		},
		{
			name: "verb before speaker, appositive role",
			text: "“We open at nine,” said Tomas Brel, a baker in Lund.",
			want: []want{{"We open at nine,", "Tomas Brel", "a baker in Lund", D, 1}},
		},
		{
			name: "speaker before with colon",
			text: "Ilse Varga put it plainly: “Nobody reads the manual.”",
			want: []want{{"Nobody reads the manual.", "Ilse Varga", "", D, 1}},
		},
		{
			name: "speaker before with comma",
			text: "Ilse Varga said, \"Nobody reads the manual.\"",
			want: []want{{"Nobody reads the manual.", "Ilse Varga", "", D, 1}},
		},
		{
			name: "split quote shares speaker and group",
			text: "Pavel Oduya chairs the board.\n\n“The vote was close,” Oduya said, “but it was fair.”",
			want: []want{
				{"The vote was close,", "Pavel Oduya", "", D, 1},
				{"but it was fair.", "Pavel Oduya", "", D, 1},
			},
		},
		{
			name: "title kept out of the name",
			text: "“Talks will resume,” President Anna Lindqvist said.",
			want: []want{{"Talks will resume,", "Anna Lindqvist", "President", D, 1}},
		},
		{
			name: "role in a description before the name",
			text: "“We will rebuild the bridge by spring,” the mayor, Ana Ruiz, said on Monday.",
			want: []want{{"We will rebuild the bridge by spring,", "Ana Ruiz", "mayor", D, 1}},
		},
		{
			name: "role in a possessive description before the name",
			text: "“Orders fell in March,” the bakery's head chef, Lia Moss, said.",
			want: []want{{"Orders fell in March,", "Lia Moss", "bakery's head chef", D, 1}},
		},
		{
			name: "role with its own qualifier in a description before the name",
			text: "The opposition leader, Tom Reed, said the plan was “a gimmick.”",
			want: []want{{"a gimmick.", "Tom Reed", "opposition leader", P, 1}},
		},
		{
			name: "an age before the description in an appositive",
			text: "“It has been a nightmare,” said Priya Das, 34, a nurse from Leeds.",
			want: []want{{"It has been a nightmare,", "Priya Das", "a nurse from Leeds", D, 1}},
		},
		{
			name: "a month word that is a first name",
			text: "„This is a cut by another name“, said councillor Jan Vos.\n\n“We'll see,” Vos replied.",
			want: []want{
				{"This is a cut by another name", "Jan Vos", "councillor", D, 1},
				{"We'll see,", "Jan Vos", "councillor", D, 2},
			},
		},
		{
			name: "the statement speaks for whoever issued it",
			text: "Brayton General Hospital will close its ward, the hospital said in a statement on Monday.\n\n“This was not an easy decision,” the statement said.",
			want: []want{{"This was not an easy decision,", "Brayton General Hospital", "", D, 1}},
		},
		{
			name: "an adverb opening the sentence is not part of the name",
			text: "Interestingly Ola Brandt, a retired judge, backed the plan. “It is overdue,” Brandt said.",
			want: []want{{"It is overdue,", "Ola Brandt", "a retired judge", D, 1}},
		},
		{
			name: "a report by the officers of an organisation speaks for it",
			text: "Marlow District Council will vote in May. A report by council staff said the scheme was “the cheapest option on the table.”",
			want: []want{{"the cheapest option on the table.", "Marlow District Council", "", P, 1}},
		},
		{
			name: "a statement from a named organisation speaks for it",
			text: "A statement from the Harbour Authority said the pier was “unsafe for now.”",
			want: []want{{"unsafe for now.", "Harbour Authority", "", P, 1}},
		},
		{
			name: "role after a possessive determiner",
			text: "The Ilsen Anglers Club praised the effort. “The water is clean again,” its chairman, Ravi Nair, said.",
			want: []want{{"The water is clean again,", "Ravi Nair", "chairman", D, 1}},
		},
		{
			name: "according to at the end of the sentence",
			text: "The campaign pays “dozens” of canvassers to knock on doors, according to campaign manager Rosa Vint.",
			want: []want{{"dozens", "Rosa Vint", "campaign manager", P, 1}},
		},
		{
			name: "the owner of a post before a colon speaks",
			text: "Ada Kell runs the shelter.\n\nFrom Kell's Facebook post: “We need blankets more than money.”",
			want: []want{{"We need blankets more than money.", "Ada Kell", "", D, 1}},
		},
		{
			name: "a description, a comma, an age and the name after the quote",
			text: "“It's our living room,” one regular, 81-year-old Stan Hewitt, said.",
			want: []want{{"It's our living room,", "Stan Hewitt", "", D, 1}},
		},
		{
			name: "a paragraph ending with a verb and a colon introduces the quote",
			text: "In a message to parents, superintendent Gloria Mendez wrote:\n\n“We will reopen as soon as the roads are clear.”",
			want: []want{{"We will reopen as soon as the roads are clear.", "Gloria Mendez", "superintendent", D, 1}},
		},
		{
			name: "lower-case title before the name",
			text: "“Our sales doubled this year,” chief executive Jonas Berg said.",
			want: []want{{"Our sales doubled this year,", "Jonas Berg", "chief executive", D, 1}},
		},
		{
			name: "hyphenated title before the name",
			text: "“Nobody saw this coming,” co-host Dana Pike told listeners.",
			want: []want{{"Nobody saw this coming,", "Dana Pike", "co-host", D, 1}},
		},
		{
			name: "capitalised job word opening the sentence is a role",
			text: "Owner Petra Vance, who opened the shop in 2009, said, “We never closed a single day.”",
			want: []want{{"We never closed a single day.", "Petra Vance", "Owner", D, 1}},
		},
		{
			name: "job word that is no title stays out of the role",
			text: "“The ice is thin,” angler Rob Tate said.",
			want: []want{{"The ice is thin,", "Rob Tate", "", D, 1}},
		},
		{
			name: "honorific surname resolved",
			text: "Donald Marsh spoke first.\n\n“I am ready,” Mr. Marsh said.",
			want: []want{{"I am ready,", "Donald Marsh", "", D, 1}},
		},
		{
			name: "pronoun resolved to the person",
			text: "Details of Karen Holt’s plan are thin. She has said it would take “a few weeks” to finish.",
			want: []want{{"a few weeks", "Karen Holt", "", P, 1}},
		},
		{
			name: "pronoun after quote",
			text: "Ravi Menon coached the team for years.\n\n“We lost our way,” he said.",
			want: []want{{"We lost our way,", "Ravi Menon", "", D, 1}},
		},
		{
			name: "organisation as speaker",
			text: "The Harbour Authority announced that the pier would close “until further notice.”",
			want: []want{{"until further notice.", "Harbour Authority", "", P, 1}},
		},
		{
			name: "according to",
			text: "The bridge will reopen in May, according to Lena Ortiz, who said it was “a long wait for everyone.”",
			want: []want{{"a long wait for everyone.", "Lena Ortiz", "", P, 1}},
		},
		{
			name: "partial quote with nobody named",
			text: "The reportedly “very tense” meeting ended early.",
			want: []want{{"very tense", "", "", P, 1}},
		},
		{
			name: "description is not a name",
			text: "“It was loud all night,” a neighbour said.",
			want: []want{{"It was loud all night,", "", "", D, 1}},
		},
		{
			name: "quote over two paragraphs",
			text: "Nadia Fell spoke after the verdict.\n\n“I waited ten years for this day.\n\n“Now I can rest,” Fell said.",
			want: []want{
				{"I waited ten years for this day.", "Nadia Fell", "", D, 1},
				{"Now I can rest,", "Nadia Fell", "", D, 1},
			},
		},
		{
			name: "quote in the paragraph after its attribution",
			text: "Omar Haddad wrote on his blog:\n\n“The season is over, and we have to rebuild.”",
			want: []want{{"The season is over, and we have to rebuild.", "Omar Haddad", "", D, 1}},
		},
		{
			name: "penn treebank and nyt two apostrophes",
			text: "''We will appeal,'' said Greta Lowe. ``It is not over,'' she added.",
			want: []want{
				{"We will appeal,", "Greta Lowe", "", D, 1},
				{"It is not over,", "Greta Lowe", "", D, 2},
			},
		},
		{
			name: "guillemets",
			text: "«Le pont est fermé,» said Luc Aubry.",
			want: []want{{"Le pont est fermé,", "Luc Aubry", "", D, 1}},
		},
		{
			name: "nested single quote stays inside",
			text: "“He told me ‘never again’ and left,” said Ada Kerr.",
			want: []want{{"He told me ‘never again’ and left,", "Ada Kerr", "", D, 1}},
		},
		{
			name: "single quotes at top level, apostrophes ignored",
			text: "‘We don’t know yet,’ said Ian Moss, the club’s secretary.",
			want: []want{{"We don’t know yet,", "Ian Moss", "the club’s secretary", D, 1}},
		},
		{
			name: "scare quote is not speech",
			text: "The so-called “reforms” were never passed.",
			want: nil,
		},
		{
			name: "nickname is not speech",
			text: "The hill, known locally as “the Wall,” is steep.",
			want: nil,
		},
		{
			name: "title of a show is not speech",
			text: "Dana Cole said on Channel Nine's “Morning Hour” that she would run.",
			want: nil,
		},
		{
			name: "title case name is not speech",
			text: "Her new album “Salt and Iron” came out in May.",
			want: nil,
		},
		{
			name: "quoted single word with no one around is not speech",
			text: "Results vary with whether the soil is “dry” at planting.",
			want: nil,
		},
		{
			name: "slogan with its year is not speech",
			text: "The posters read “No to the bridge” (2019) and “Yes to boats” (2021).",
			want: nil,
		},
		{
			name: "nickname for a thing after call",
			text: "Drivers call the bend “the Elbow,” and locals call the ferry “Old Grey.”",
			want: nil,
		},
		{
			name: "what a person is called is speech",
			text: "One councillor called Mayor Tran “the best listener in the county.”",
			want: []want{{"the best listener in the county.", "", "", P, 1}},
		},
		{
			name: "a phrase someone used is speech, a word alone is not",
			text: "Nora Hale coined the phrase “quiet quitting for towns” in May. The word “resilience” is everywhere.",
			want: []want{{"quiet quitting for towns", "Nora Hale", "", P, 1}},
		},
		{
			name: "title of a work after its kind",
			text: "Ben Ruiz, who wrote the memoir “Salt Roads,” said he was done.",
			want: nil,
		},
		{
			name: "a long title after its kind is a work",
			text: "Ben Ruiz, who wrote the book “Low Water: How a River Town Learned to Live With Floods,” said he was done.",
			want: nil,
		},
		{
			name: "a title followed by its author is a work",
			text: "According to “The Quiet Harbour: Three Families and Their Boats,” by Mina Sato, the yard closed in 1971.",
			want: nil,
		},
		{
			name: "a title after host of is a show",
			text: "The rules are clear, said Ivo Grant, host of “The Morning Ledger” on local radio.",
			want: nil,
		},
		{
			name: "a single-quoted line between paragraphs quoted in double marks is a subheading",
			text: "“We kept the doors open,” Ada Pole said.\n\n‘A long winter.’\n\nThe ferry stopped running in December.",
			want: []want{{"We kept the doors open,", "Ada Pole", "", D, 1}},
		},
		{
			name: "a description naming an organisation stands for the speaker",
			text: "“The numbers are not final,” a Harbour Authority official said.",
			want: []want{{"The numbers are not final,", "a Harbour Authority official", "", D, 1}},
		},
		{
			name: "a description naming a person's camp stands for the speaker",
			text: "One Varga aide said the plan was “dead on arrival.”",
			want: []want{{"dead on arrival.", "One Varga aide", "", P, 1}},
		},
		{
			name: "a name after the head noun does not make the description a speaker",
			text: "A leaflet handed out at the Town Hall called the scheme “a waste of money.”",
			want: []want{{"a waste of money.", "", "", P, 1}},
		},
		{
			name: "a pronoun and a speech verb set off by commas after a fragment",
			text: "Lars Eng runs the depot. The promise of “cheaper fares” won him over, he said, because buses cost too much.",
			want: []want{{"cheaper fares", "Lars Eng", "", P, 1}},
		},
		{
			name: "a fragment before another quote that a pronoun attributes",
			text: "Lars Eng runs the depot.\n\n“Night buses” are “not a luxury,” he said.",
			want: []want{
				{"Night buses", "Lars Eng", "", D, 1},
				{"not a luxury,", "Lars Eng", "", P, 2},
			},
		},
		{
			name: "she skips a man the text showed saying he",
			text: "Robin Hale said she would keep the library open.\n\nSam Ortiz said he disagreed.\n\n“We cannot close it,” she said.",
			want: []want{{"We cannot close it,", "Robin Hale", "", D, 1}},
		},
		{
			name: "he skips a woman the text showed saying that she",
			text: "Sam Ortiz said he would vote no.\n\nRobin Hale said that she disagreed.\n\n“It costs too much,” he said.",
			want: []want{{"It costs too much,", "Sam Ortiz", "", D, 1}},
		},
		{
			name: "a surname alone is the family member introduced first",
			text: "Vera Holm runs the mill. Her son, Eric Holm, joined in May.\n\n“We will hire again,” Holm said.",
			want: []want{{"We will hire again,", "Vera Holm", "", D, 1}},
		},
		{
			name: "an honorific picks the family member of its gender",
			text: "Vera Holm runs the mill. Her son, Eric Holm, joined in May, and Ms. Holm gave him the books.\n\n“We will hire again,” Mr. Holm said.",
			want: []want{{"We will hire again,", "Eric Holm", "", D, 1}},
		},
		{
			name: "two titled people joined by and",
			text: "Vermont Sen. Ann Lee and Sen. Tom Berg of Ohio met on Monday.\n\n“We have a deal,” the Vermont senator said.",
			want: []want{{"We have a deal,", "Ann Lee", "Vermont Sen.", D, 1}},
		},
		{
			name: "split quote with verb first and appositive",
			text: "“We tried,” said Ola Berg, the club’s coach. “We will try again.”",
			want: []want{
				{"We tried,", "Ola Berg", "the club’s coach", D, 1},
				{"We will try again.", "Ola Berg", "the club’s coach", D, 2},
			},
		},
		{
			name: "speaker after a title chain",
			text: "“Prices will rise,” said former Finance Minister Ada Voss.",
			want: []want{{"Prices will rise,", "Ada Voss", "former Finance Minister", D, 1}},
		},
		{
			name: "attribution at the end of the sentence",
			text: "“We will build it” and open it by spring, Lars Dahl said.",
			want: []want{{"We will build it", "Lars Dahl", "", D, 1}},
		},
		{
			name: "definite description of an organisation named before",
			text: "Brayford General Hospital will close its ward.\n\nIn a notice to staff, the hospital said it saw “no other choice.”",
			want: []want{{"no other choice.", "Brayford General Hospital", "", P, 1}},
		},
		{
			name: "definite description of a person given that title",
			text: "Gov. Rosa Lind presented the budget.\n\n“We cannot pay for empty buildings,” the governor said.",
			want: []want{{"We cannot pay for empty buildings,", "Rosa Lind", "Gov.", D, 1}},
		},
		{
			name: "credit line after a quote",
			text: "“Nobody asked the riders.”\n\n— Tamsin Cole, commuter",
			want: []want{{"Nobody asked the riders.", "Tamsin Cole", "", D, 1}},
		},
		{
			name: "speaker after a description and a comma",
			text: "“It was loud,” his neighbour, Arno Vik, told the paper.",
			want: []want{{"It was loud,", "Arno Vik", "", D, 1}},
		},
		{
			name: "appositive with commas inside",
			text: "“We were lucky,” Mr. Osei, now 81 and retired in Accra, Ghana, said by phone.",
			want: []want{{"We were lucky,", "Osei", "", D, 1}},
		},
		{
			name: "programme name and title before the speaker",
			text: "“That was the first time,” Morning Report co-host Dana Pike said.",
			want: []want{{"That was the first time,", "Dana Pike", "co-host", D, 1}},
		},
		{
			name: "any past-tense verb after a quote and its speaker",
			text: "“Go back to your seat,” Ilse Moor snapped back, and left.",
			want: []want{{"Go back to your seat,", "Ilse Moor", "", D, 1}},
		},
		{
			name: "the pronoun's own sentence subject",
			text: "Aron Pell met Mara Quist on Friday. Quist said she would vote for Pell, whom she called “a steady hand.”",
			want: []want{{"a steady hand.", "Mara Quist", "", P, 1}},
		},
		{
			name: "opening phrase before the subject",
			text: "After the storm in Dover, Kent, Lena Fry said the harbour was “a mess.”",
			want: []want{{"a mess.", "Lena Fry", "", P, 1}},
		},
		{
			name: "speaker in the sentence before",
			text: "Pia Holm praised the plan. “It will save lives.”",
			want: []want{{"It will save lives.", "Pia Holm", "", D, 1}},
		},
		{
			name: "the company is the business named before, not a court",
			text: "Corvane Waste Services lost in the Supreme Court.\n\n“We will appeal,” the company said.",
			want: []want{{"We will appeal,", "Corvane Waste Services", "", D, 1}},
		},
		{
			name: "title chain opening the sentence",
			text: "Council member Yolanda Brisco, who wrote the plan, called it “a start.”",
			want: []want{{"a start.", "Yolanda Brisco", "", P, 1}},
		},
		{
			name: "speaker with an affiliation",
			text: "Lucian Kaye of Halvard & Pryce said the pots were “the product to copy.”",
			want: []want{{"the product to copy.", "Lucian Kaye", "", P, 1}},
		},
		{
			name: "a description the text did not give before",
			text: "Reggie Tolliver got a bill last year.\n\n“Nobody told me,” the retired welder said.",
			want: []want{{"Nobody told me,", "Reggie Tolliver", "", D, 1}},
		},
		{
			name: "a verb is no title",
			text: "Ann Vik repeatedly attacked Ola Berg, calling him “a fraud.”",
			want: []want{{"a fraud.", "Ann Vik", "", P, 1}},
		},
		{
			name: "a straight mark typed against a curly one",
			text: "\"“We will win,” Ada Lund said.",
			want: []want{{"We will win,", "Ada Lund", "", D, 1}},
		},
		{
			name: "she is not the man the text calls Mr.",
			text: "Ruth Ames ran against Tom Hale. Mr. Hale beat Mrs. Ames by ten votes.\n\n“It was rigged,” she said.",
			want: []want{{"It was rigged,", "Ruth Ames", "", D, 1}},
		},
		{
			name: "he is not the woman the text calls Mrs.",
			text: "Ruth Ames ran against Tom Hale. Mr. Hale beat Mrs. Ames by ten votes.\n\n“It was fair,” he said.",
			want: []want{{"It was fair,", "Tom Hale", "", D, 1}},
		},
		{
			name: "as someone puts it",
			text: "As the columnist Dana Mill puts it, “Nobody is moved.”",
			want: []want{{"Nobody is moved.", "Dana Mill", "columnist", D, 1}},
		},
		{
			name: "a quote after a paragraph about its speaker",
			text: "“Hello, is this Mr. Roe?” Eva Lind asked.\n\nShe pauses.\n\n“Well, thank you.”",
			want: []want{
				{"Hello, is this Mr. Roe?", "Eva Lind", "", D, 1},
				{"Well, thank you.", "Eva Lind", "", D, 2},
			},
		},
		{
			name: "the person right before a colon",
			text: "The result did not surprise pollster Dara Shaw: “Late deciders break for the challenger.”",
			want: []want{{"Late deciders break for the challenger.", "Dara Shaw", "pollster", D, 1}},
		},
		{
			name: "a show after a possessive",
			text: "Ann Lee, star of television’s “Harbor Lights,” thanked the crowd.",
			want: nil,
		},
		{
			name: "a clause after the quote, then its speaker",
			text: "“It seems unlikely” that Sam Lee can win, said Ola Berg, an analyst.",
			want: []want{{"It seems unlikely", "Ola Berg", "an analyst", D, 1}},
		},
		{
			name: "a quote after short paragraphs that name nobody",
			text: "“Is this the Ruiz home?” Eva Lind asked.\n\nA pause.\n\nSilence.\n\n“Well, thank you anyway.”",
			want: []want{
				{"Is this the Ruiz home?", "Eva Lind", "", D, 1},
				{"Well, thank you anyway.", "Eva Lind", "", D, 2},
			},
		},
		{
			name: "a colon after a name that is an object",
			text: "Lena Holt left a note repeating the favour she kept asking Marsh: “Pls print.”",
			want: []want{{"Pls print.", "Lena Holt", "", D, 1}},
		},
		{
			name: "a name inside the subject's phrase is not the subject",
			text: "A leaflet left on the ferry called the fare rise “greedy and sudden.”",
			want: []want{{"greedy and sudden.", "", "", P, 1}},
		},
		{
			name: "a plural possessive inside an organisation's name",
			text: "The Cider Makers’ Guild called the sale “a loss for the valley.”",
			want: []want{{"a loss for the valley.", "Cider Makers’ Guild", "", P, 1}},
		},
		{
			name: "a job title opening the sentence",
			text: "Curator Ines Roy said: “The paintings are back.”",
			want: []want{{"The paintings are back.", "Ines Roy", "Curator", D, 1}},
		},
		{
			name: "markup attribute is not speech",
			text: "<tweet author=\"someone\" id=\"12\">Hello there</tweet>",
			want: nil,
		},
		{
			name:  "known names resolve a surname",
			text:  "“Fine,” Okafor said.",
			known: []string{"Chidi Okafor"},
			want:  []want{{"Fine,", "Chidi Okafor", "", D, 1}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quotes.Find(tc.text, quotes.Options{KnownNames: tc.known})
			if g := summarise(got); !reflect.DeepEqual(g, tc.want) {
				t.Errorf("Find(%q)\n got %+v\nwant %+v", tc.text, g, tc.want)
			}
			checkSpans(t, tc.text, got)
		})
	}
}

// checkSpans asserts that every quote's span holds its text and that quotes are in order.
func checkSpans(t *testing.T, text string, qs []article.Quote) {
	t.Helper()
	runes := []rune(text)
	last := -1
	for i, q := range qs {
		if q.Start < 0 || q.End < q.Start || q.End > len(runes) {
			t.Fatalf("quote %d: span %d:%d outside text of %d runes", i, q.Start, q.End, len(runes))
		}
		if got := string(runes[q.Start:q.End]); got != q.Text {
			t.Errorf("quote %d: text[span] = %q, want %q", i, got, q.Text)
		}
		if q.Start < last {
			t.Errorf("quote %d starts at %d, before the previous one at %d", i, q.Start, last)
		}
		last = q.Start
		if q.Kind != article.Direct && q.Kind != article.Partial {
			t.Errorf("quote %d: kind %q", i, q.Kind)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“Yes,” she said.",
		"''Maybe,'' said Mr. Lee. ``No.''",
		"‘It’s the ’90s,’ he said",
		"«Oui» » « \"",
		"A \"half\n\n\"open quote",
		"Sen. Jo Ray, the chair, said: “Q” and “R”",
		"\"\"''''``‘’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 || !utf8.ValidString(s) {
			return
		}
		qs := quotes.Find(s, quotes.Options{KnownNames: []string{"Jo Ray"}})
		checkSpans(t, s, qs)
		for i, q := range qs {
			if !utf8.ValidString(q.Text) || q.Speaker != nil && *q.Speaker == "" {
				t.Errorf("quote %d: bad text or empty speaker: %+v", i, q)
			}
		}
	})
}

func ExampleFind() {
	text := "Yuri Vance, a spokesman for the port, confirmed the closure.\n\n" +
		"“The cranes stop at noon,” Vance said, “and restart on Monday.”"
	for _, q := range quotes.Find(text, quotes.Options{}) {
		fmt.Printf("%s | %s | %s | %s | group %d\n", q.Text, *q.Speaker, q.SpeakerRole, q.Kind, q.Group)
	}
	// Output:
	// The cranes stop at noon, | Yuri Vance | a spokesman for the port | direct | group 1
	// and restart on Monday. | Yuri Vance | a spokesman for the port | direct | group 1
}

func BenchmarkFind(b *testing.B) {
	para := "Mara Quist, a senior engineer at the port, said the cranes would stop. " +
		"“We have never seen a tide like this,” Quist said, “and we are not taking chances.” " +
		"The so-called “king tide” arrives on Friday, according to the harbour office. " +
		"She said the closure was “a precaution, nothing more.”\n\n"
	text := strings.Repeat(para, 40)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var n int
	for b.Loop() {
		n++
		quotes.Find(text, quotes.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/(float64(len(text))/1024), "ns/KB")
}
