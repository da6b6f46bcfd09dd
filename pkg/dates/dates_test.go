package dates_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/dates"
)

// ref is a Thursday; oct27 a Monday after a quarter's end, when earnings are reported.
var (
	ref   = time.Date(2025, 8, 7, 0, 0, 0, 0, time.UTC)
	oct27 = time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC)
)

// item is a found expression without its span, for compact table rows.
type item struct {
	Text  string
	Type  article.TimexType
	Value string
}

func items(ts []article.Timex) []item {
	var out []item
	for _, t := range ts {
		out = append(out, item{t.Text, t.Type, t.Value})
	}
	return out
}

const (
	D = article.Date
	T = article.Time
	P = article.Duration
	S = article.Set
)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		ref  time.Time
		want []item
	}{
		{"month day", "The deadline falls on August 8.", ref, []item{{"August 8", D, "2025-08-08"}}},
		{"abbreviated month with year", "It opened on Aug. 7, 2025, in Kent.", ref, []item{{"Aug. 7, 2025", D, "2025-08-07"}}},
		{"day first", "The vote was held on 8 August 2025.", ref, []item{{"8 August 2025", D, "2025-08-08"}}},
		{"iso", "Filed 2025-08-08 by the clerk.", ref, []item{{"2025-08-08", D, "2025-08-08"}}},
		{"us numeric", "Signed 08/09/2025 in Ohio.", ref, []item{{"08/09/2025", D, "2025-08-09"}}},
		{"numeric day first when the text shows it", "Signed 14/10/2025 and 03/04/2025.", ref, []item{{"14/10/2025", D, "2025-10-14"}, {"03/04/2025", D, "2025-04-03"}}},
		{"weekday with date", "The filing is due on Friday, August 8.", ref, []item{{"Friday, August 8", D, "2025-08-08"}}},
		{"future years do not fix the present", "The plan will run until 2031. In 2024 he lost. The filing is due on Friday, August 8.", time.Time{}, []item{{"2031", D, "2031"}, {"2024", D, "2024"}, {"Friday, August 8", D, "2025-08-08"}}},
		{"weekday with date fixes the year without ref", "In 2024 he lost. The filing is due on Friday, August 8.", time.Time{}, []item{{"2024", D, "2024"}, {"Friday, August 8", D, "2025-08-08"}}},
		{"month and year", "The case was dismissed in March 2024.", ref, []item{{"March 2024", D, "2024-03"}}},
		{"decade", "The pier has stood since the 1960s.", ref, []item{{"the 1960s", D, "196"}}},
		{"year", "Sales fell in 2024.", ref, []item{{"2024", D, "2024"}}},
		{"mid month", "Work stops in mid-July.", ref, []item{{"mid-July", D, "2025-07"}}},
		{"early year", "It should open in early 2026.", ref, []item{{"early 2026", D, "2026"}}},
		{"quarter", "Profit rose in the third quarter.", ref, []item{{"the third quarter", D, "2025-Q3"}}},
		{"quarter not begun is last year's", "It reported fourth-quarter profit.", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), []item{{"fourth-quarter", D, "2025-Q4"}}},
		{"anaphoric quarter", "It reported fourth-quarter profit. It earned $58 million in the quarter.", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), []item{{"fourth-quarter", D, "2025-Q4"}, {"the quarter", D, "2025-Q4"}}},
		{"until after a past verb", "She felt well until Saturday evening.", ref, []item{{"Saturday evening", T, "2025-08-02TEV"}}},
		{"starting after a past verb", "The rule, which raised the fee starting Jan. 1, was popular.", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC), []item{{"Jan. 1", D, "2026-01-01"}}},
		{"starting in a present clause after a past one", "A rival flew a crew in July, and it plans flights starting in September.", ref, []item{{"July", D, "2025-07"}, {"September", D, "2025-09"}}},
		{"until after a deadline set in the past", "Forecasters extended the warning until Saturday.", ref, []item{{"Saturday", D, "2025-08-09"}}},
		{"until after a present perfect", "The court has given them until Tuesday to reply.", ref, []item{{"Tuesday", D, "2025-08-12"}}},
		{"until after stay and a participle", "The banks will stay shut until Monday.", ref, []item{{"Monday", D, "2025-08-11"}}},
		{"through after keep and a participle", "The city will close the parks Friday and keep them shut through Monday.", ref, []item{{"Friday", D, "2025-08-08"}, {"Monday", D, "2025-08-11"}}},
		{"is set for a date", "The retrial of the mayor, who resigned in 2019, is set for Dec. 1.", ref, []item{{"2019", D, "2019"}, {"Dec. 1", D, "2025-12-01"}}},
		{"a date as the predicate of is", "The runoff is Dec. 14.", ref, []item{{"Dec. 14", D, "2025-12-14"}}},
		{"a report after the comma does not date the clause", "The first shipment of parts leaves in November, officials said.", ref, []item{{"November", D, "2025-11"}}},
		{"a report after an opening time is dated by it", "On Wednesday, officials said the plant would reopen.", ref, []item{{"Wednesday", D, "2025-08-06"}}},
		{"a season over by ref is next year's ahead", "The ferry line plans sailings starting in the spring.", ref, []item{{"the spring", D, "2026-SP"}}},
		{"a season over by ref stays in a past clause", "The drought made it hard to meet demand well into the spring.", ref, []item{{"the spring", D, "2025-SP"}}},
		{"the coming weekend is this week's on a weekday", "Shops stocked up for the coming weekend.", ref, []item{{"the coming weekend", D, "2025-W32-WE"}}},
		{"by the weekend is the coming one", "Crews say they can reopen the line by the weekend after storms closed it.", ref, []item{{"the weekend", D, "2025-W32-WE"}}},
		{"by the weekend in a clause reported with that", "The port said Tuesday that its yards would be full by the weekend.", ref, []item{{"Tuesday", D, "2025-08-05"}, {"the weekend", D, "2025-W32-WE"}}},
		{"by the weekend in a past clause", "The crews had cleared the line by the weekend.", ref, []item{{"the weekend", D, "2025-W31-WE"}}},
		{"a period after a percent sign ends the sentence", "The board is likely to cut its forecast to 0.6%. In June it said growth was slowing.", ref, []item{{"June", D, "2025-06"}}},
		{"weekdays of a list run forward", "Rallies in Ohio on Friday and Saturday.", ref, []item{{"Friday", D, "2025-08-08"}, {"Saturday", D, "2025-08-09"}}},
		{"a day in a sentence about last year", "The band last played together last year, at a festival on March 3.", ref, []item{{"last year", D, "2024"}, {"March 3", D, "2024-03-03"}}},
		{"a day to come after last year", "Last year the plant closed, but it will reopen on Dec. 1.", ref, []item{{"Last year", D, "2024"}, {"Dec. 1", D, "2025-12-01"}}},
		{"season", "The bridge will reopen this summer.", ref, []item{{"this summer", D, "2025-SU"}}},
		{"season of a year", "Carts arrive by the spring of 2026.", ref, []item{{"the spring of 2026", D, "2026-SP"}}},
		{"past weekday", "The Kremlin announced Thursday that talks would start.", ref, []item{{"Thursday", D, "2025-08-07"}}},
		{"past weekday before ref", "They met on Wednesday in Moscow.", ref, []item{{"Wednesday", D, "2025-08-06"}}},
		{"future weekday", "The leaders will meet Friday.", ref, []item{{"Friday", D, "2025-08-08"}}},
		{"weekday without ref", "The leaders will meet Friday.", time.Time{}, []item{{"Friday", D, "XXXX-WXX-5"}}},
		{"next weekday on that weekday", "They host Kelso next Thursday.", ref, []item{{"next Thursday", D, "2025-08-14"}}},
		{"yesterday", "She told reporters yesterday.", ref, []item{{"yesterday", D, "2025-08-06"}}},
		{"last month", "Last month, prices rose.", ref, []item{{"Last month", D, "2025-07"}}},
		{"last month without ref", "Last month, prices rose.", time.Time{}, []item{{"Last month", D, "XXXX-XX"}}},
		{"next week", "Letters go out next week.", ref, []item{{"next week", D, "2025-W33"}}},
		{"this week", "The board meets this week.", ref, []item{{"this week", D, "2025-W32"}}},
		{"days ago", "The fire started two days ago.", ref, []item{{"two days ago", D, "2025-08-05"}}},
		{"earlier this year", "Earlier this year the mill shut.", ref, []item{{"Earlier this year", D, "2025"}}},
		{"clock time with zone", "Polls close at 3 p.m. ET.", ref, []item{{"3 p.m. ET", T, "2025-08-07T15:00"}}},
		{"clock time with weekday", "Doors open at 10 a.m. Friday.", ref, []item{{"10 a.m. Friday", T, "2025-08-08T10:00"}}},
		{"clock time on a date after it", "The polls closed at 3 p.m. on Aug. 5.", ref, []item{{"3 p.m.", T, "2025-08-05T15:00"}, {"Aug. 5", D, "2025-08-05"}}},
		{"clock time on a weekday after it", "The vote starts at 10 a.m. on Friday.", ref, []item{{"10 a.m.", T, "2025-08-08T10:00"}, {"Friday", D, "2025-08-08"}}},
		{"clock time before a month is on no day of it", "It opens at 9 a.m. in September.", ref, []item{{"9 a.m.", T, "2025-08-07T09:00"}, {"September", D, "2025-09"}}},
		{"clock range has no single day", "The ferry sails between 9 a.m. and 5 p.m.", ref, []item{{"9 a.m.", T, "XXXX-XX-XXT09:00"}, {"5 p.m.", T, "XXXX-XX-XXT17:00"}}},
		{"clock time is on ref after a day to come", "The talks resume on Monday. The mayor spoke at a briefing that began at 10 a.m.", ref, []item{{"Monday", D, "2025-08-11"}, {"10 a.m.", T, "2025-08-07T10:00"}}},
		{"clock time takes the day its sentence named", "Play began on Wednesday, at 10:00.", ref, []item{{"Wednesday", D, "2025-08-06"}, {"10:00", T, "2025-08-06T10:00"}}},
		{"past clock time goes on with the past day before", "The storm hit the coast on Tuesday. Power failed at 21:40.", ref, []item{{"Tuesday", D, "2025-08-05"}, {"21:40", T, "2025-08-05T21:40"}}},
		{"clock range on a day after it", "Queues will peak between 11:00 and 15:00 on Saturday.", ref, []item{{"11:00", T, "2025-08-09T11:00"}, {"15:00", T, "2025-08-09T15:00"}, {"Saturday", D, "2025-08-09"}}},
		{"clock time from its day until a date", "The bridge will shut from 06:00 on Monday until 4 September.", ref, []item{{"06:00", T, "2025-08-11T06:00"}, {"Monday", D, "2025-08-11"}, {"4 September", D, "2025-09-04"}}},
		{"clock time after from with no end", "Trading was halted from 14:30 BST and resumed at 16:00.", ref, []item{{"14:30 BST", T, "2025-08-07T14:30"}, {"16:00", T, "2025-08-07T16:00"}}},
		{"a clock time on ref moves no anchor", "The tanker sank on July 30. Divers found the wreck after a long search. The coast guard spoke at 9 a.m. The next day, oil reached the shore.", ref, []item{{"July 30", D, "2025-07-30"}, {"9 a.m.", T, "2025-08-07T09:00"}, {"The next day", D, "2025-07-31"}}},
		{"local time stays outside the clock time", "The blast came at 11:01 a.m. local time.", ref, []item{{"11:01 a.m.", T, "2025-08-07T11:01"}}},
		{"at midnight ends the day", "The ballot closes at midnight.", ref, []item{{"midnight", T, "2025-08-07T24:00"}}},
		{"after midnight starts the day", "The last bus leaves after midnight.", ref, []item{{"midnight", T, "2025-08-07T00:00"}}},
		{"plain verb after a modal", "The plant will shut on Friday.", ref, []item{{"Friday", D, "2025-08-08"}}},
		{"part of day", "The council voted Monday night.", ref, []item{{"Monday night", T, "2025-08-04TNI"}}},
		{"hours", "He could end it within 24 hours.", ref, []item{{"24 hours", P, "PT24H"}}},
		{"decade", "It is the first budget in a decade.", ref, []item{{"a decade", P, "P10Y"}}},
		{"past months", "Sales fell over the past two months.", ref, []item{{"the past two months", P, "P2M"}}},
		{"adjectival duration", "Trucks face a six-hour detour.", ref, []item{{"six-hour", P, "PT6H"}}},
		{"compound duration", "The final lasted 2 hours 51 minutes.", ref, []item{{"2 hours 51 minutes", P, "PT2H51M"}}},
		{"comparison period", "Income grew against the year-earlier nine months.", oct27, []item{{"the year-earlier nine months", P, "P9M"}}},
		{"hyphenated count", "“Twenty-five years on, the choir still meets in the hall.”", ref, []item{{"Twenty-five years", P, "P25Y"}}},
		{"count words do not add up", "It was a six-hour detour and a twenty-year wait.", ref, []item{{"six-hour", P, "PT6H"}, {"twenty-year", P, "P20Y"}}},
		{"a unit and a half", "The alarm stopped a minute and a half later.", ref, []item{{"a minute and a half", P, "PT1M30S"}}},
		{"range of days with a hyphen", "The summit runs Aug. 20-21 in Rome.", ref, []item{{"Aug. 20", D, "2025-08-20"}, {"21", D, "2025-08-21"}}},
		{"range of days with its year", "The fair ran March 3-5, 2024.", ref, []item{{"March 3", D, "2024-03-03"}, {"5, 2024", D, "2024-03-05"}}},
		{"a score after a month is no range", "The Mets beat them in May 5-3.", ref, []item{{"May", D, "2025-05"}}},
		{"that day is the day last named", "The plant closed on Aug. 5. Workers left that day.", ref, []item{{"Aug. 5", D, "2025-08-05"}, {"that day", D, "2025-08-05"}}},
		{"that same day", "The plant closed on Aug. 5. Its owner was arrested that same day.", ref, []item{{"Aug. 5", D, "2025-08-05"}, {"that same day", D, "2025-08-05"}}},
		{"weekday and part of day with the date", "The conclave begins on Tuesday afternoon, Aug. 12.", ref, []item{{"Tuesday afternoon, Aug. 12", T, "2025-08-12TAF"}}},
		{"years later count from the year named", "The mill shut in 1990. Two decades later it reopened.", ref, []item{{"1990", D, "1990"}, {"Two decades later", D, "2010"}}},
		{"died is past", "The actor died Friday at 84.", ref, []item{{"Friday", D, "2025-08-01"}}},
		{"a day after an event is a length", "The ruling came a day after the vote.", ref, []item{{"a day", P, "P1D"}}},
		{"second weekday of a range follows the first", "Power was out from Sunday night until Monday morning.", ref, []item{{"Sunday night", T, "2025-08-03TNI"}, {"Monday morning", T, "2025-08-04TMO"}}},
		{"weekday after a date in a range", "It bought shares from July 14 to Tuesday.", ref, []item{{"July 14", D, "2025-07-14"}, {"Tuesday", D, "2025-08-05"}}},
		{"the next decade is a length", "Costs will rise over the next decade.", ref, []item{{"the next decade", P, "P10Y"}}},
		{"a season not begun is last year's in the past tense", "The scheme was launched in the autumn.", ref, []item{{"the autumn", D, "2024-FA"}}},
		{"a season not begun is this year's in the future tense", "The scheme will start in the autumn.", ref, []item{{"the autumn", D, "2025-FA"}}},
		{"a weekday after a is no date", "The holiday falls on a Thursday this year.", ref, []item{{"Thursday", D, "XXXX-WXX-4"}, {"this year", D, "2025"}}},
		{"a weekday before a noun is that day", "Some 300 neighbours came to a Sunday night vigil.", ref, []item{{"Sunday night", T, "2025-08-03TNI"}}},
		{"second day of a range", "The summit will be held on April 24 and 25.", ref, []item{{"April 24", D, "2026-04-24"}, {"25", D, "2026-04-25"}}},
		{"trading days", "Eight trading days after the crash, it recovered.", ref, []item{{"Eight trading days", P, "P8D"}}},
		{"over the years", "Over the years many patients were saved.", ref, []item{{"the years", P, "PXY"}}},
		{"a while", "They will live without power for a while.", ref, []item{{"a while", P, "PXX"}}},
		{"half", "The trip takes two and a half hours.", ref, []item{{"two and a half hours", P, "PT2H30M"}}},
		{"for years", "Drivers have said so for years.", ref, []item{{"years", P, "PXY"}}},
		{"every weekday", "Admission is free every Sunday.", ref, []item{{"every Sunday", S, "XXXX-WXX-7"}}},
		{"every two hours", "Volunteers check it every two hours.", ref, []item{{"every two hours", S, "PT2H"}}},
		{"rate", "The plan adds $6 a month to each bill.", ref, []item{{"a month", S, "P1M"}}},
		{"plural weekday", "It opens on Saturdays.", ref, []item{{"Saturdays", S, "XXXX-WXX-6"}}},
		{"daily", "The paper is printed daily.", ref, []item{{"daily", S, "P1D"}}},
		{"now", "Repairs to the pier have now begun.", ref, []item{{"now", D, "PRESENT_REF"}}},
		{"coming days", "They will meet in the coming days.", ref, []item{{"the coming days", D, "FUTURE_REF"}}},
		{"recently", "Tags have recently been used on songbirds.", ref, []item{{"recently", D, "PAST_REF"}}},
		{"holiday", "Lights stay on over Christmas.", time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC), []item{{"Christmas", D, "2025-12-25"}}},
		{"memorial day", "Residents gathered on Memorial Day.", time.Date(2025, 5, 27, 0, 0, 0, 0, time.UTC), []item{{"Memorial Day", D, "2025-05-26"}}},
		{"weekend", "Owners posted videos over the weekend.", time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC), []item{{"the weekend", D, "2026-W03-WE"}}},
		{"month range borrows the year", "They were tracked between August and October 2024.", ref, []item{{"August", D, "2024-08"}, {"October 2024", D, "2024-10"}}},
		{"may is a verb", "Officials may march to the hall.", ref, nil},
		{"may as a name", "Theresa May spoke to April Ryan.", ref, nil},
		{"month name as a person", "April said the vote was fair.", ref, nil},
		{"weekday in a title", "The Sunday Times reported it.", ref, nil},
		{"season in a compound", "The winter storm closed roads before the summer Olympics.", ref, nil},
		{"weekday in a name", "They met at a TGI Friday's in Ohio.", ref, nil},
		{"possessive weekday is a date", "Tuesday's summit ended early.", ref, []item{{"Tuesday", D, "2025-08-05"}}},
		{"black friday", "Stores opened early on Black Friday.", time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC), []item{{"Black Friday", D, "2025-11-28"}}},
		{"present tense of a schedule", "The leaders meet Monday in Cairo.", ref, []item{{"Monday", D, "2025-08-11"}}},
		{"money and numbers", "It costs $27, or 2.5 times more, open 24/7.", ref, nil},
		{"scores and phones", "They won 16-13; call 555-2024.", ref, nil},
		{"ordinals", "The second stage and the third set.", ref, nil},
		{"counts", "About 2000 people came.", ref, nil},
		{"spans of years are left out", "Call 555-2024 about the 1998-99 season.", ref, nil},
		{"title case is not prose", "Meeting In the Coming Days", ref, nil},
		{"underspecified without ref", "Last week, two days ago, in the third quarter, tonight and on Christmas.", time.Time{}, []item{{"Last week", D, "XXXX-WXX"}, {"two days ago", D, "XXXX-XX-XX"}, {"the third quarter", D, "XXXX-Q3"}, {"tonight", T, "XXXX-XX-XXTNI"}, {"Christmas", D, "XXXX-12-25"}}},
		{"month day without ref", "The deadline is August 8.", time.Time{}, []item{{"August 8", D, "XXXX-08-08"}}},
		{"iso stamp with time", "Posted 2026-01-14T09:00 by staff.", ref, []item{{"2026-01-14T09:00", T, "2026-01-14T09:00"}}},
		{"dotted day first", "Oliver Pemberton 24.06.2025 For five decades she painted.", ref, []item{{"24.06.2025", D, "2025-06-24"}, {"five decades", P, "P50Y"}}},
		{"two digit year", "Filed 8/8/25 in Ohio.", ref, []item{{"8/8/25", D, "2025-08-08"}}},
		{"ordinal day of month", "It ends on the 8th of August.", ref, []item{{"the 8th of August", D, "2025-08-08"}}},
		{"weekday abbreviation with date", "Updated Thu August 7, 2025.", ref, []item{{"Thu August 7, 2025", D, "2025-08-07"}}},
		{"since is past", "Inspections have run since Dec. 13.", ref, []item{{"Dec. 13", D, "2024-12-13"}}},
		{"future month is next year", "Pupils will hand in their phones from January.", ref, []item{{"January", D, "2026-01"}}},
		{"month with relative year", "It began in early October this year.", ref, []item{{"early October this year", D, "2025-10"}}},
		{"spoken year", "In nineteen ninety-one he was convicted.", ref, []item{{"nineteen ninety-one", D, "1991"}}},
		{"spoken month and year", "January nineteen ninety-seven. Atlanta again.", ref, []item{{"January nineteen ninety-seven", D, "1997-01"}}},
		{"spoken year two thousand", "Planners fear the arrival of the year two thousand.", ref, []item{{"the year two thousand", D, "2000"}}},
		{"old year needs a preposition", "Room 1894 and a cider founded in 1894.", ref, []item{{"1894", D, "1894"}}},
		{"fiscal year", "In fiscal 1989, it earned $7.8 million.", ref, []item{{"fiscal 1989", D, "1989"}}},
		{"decade in words", "The rules changed in the nineties.", ref, []item{{"the nineties", D, "199"}}},
		{"century", "It was the worst of the 20th century.", ref, []item{{"the 20th century", D, "19"}}},
		{"half year", "Profit rose in the first half of 2024.", ref, []item{{"the first half of 2024", D, "2024-H1"}}},
		{"quarter code", "Shipments start in Q4 2025.", ref, []item{{"Q4 2025", D, "2025-Q4"}}},
		{"adjectival quarter keeps its noun out", "It blamed its third-quarter loss on rain.", ref, []item{{"third-quarter", D, "2025-Q3"}}},
		{"year-ago quarter", "It earned $5 million in the third quarter, against $3 million in the year-ago quarter.", oct27, []item{{"the third quarter", D, "2025-Q3"}, {"the year-ago quarter", D, "2024-Q3"}}},
		{"a year ago after a quarter", "Third-quarter profit was $5 million, up from $3 million a year ago.", oct27, []item{{"Third-quarter", D, "2025-Q3"}, {"a year ago", D, "2024-Q3"}}},
		{"the last few months", "Rents dropped in the last few months.", ref, []item{{"the last few months", D, "PAST_REF"}}},
		{"the past several quarters", "Sales held up over the past several quarters.", ref, []item{{"the past several quarters", D, "PAST_REF"}}},
		{"the next few years stay a duration", "Prices will rise over the next few years.", ref, []item{{"the next few years", P, "PXY"}}},
		{"past few without the stays a duration", "It grew in past few years.", ref, []item{{"past few years", P, "PXY"}}},
		{"a year ago a few paragraphs after the quarter", "The toolmaker said it lost $4 million in the third quarter because of reserves for a lawsuit and weak demand from builders in the south.\n\nIt will also take a charge of about $2 million to close two warehouses that it no longer needs, and it will write off the cost of a software system that never worked as planned.\n\nThe company also cited higher interest costs and the cost of steel as factors in the loss, and said orders were slow to recover in the months after the storms that closed its two largest plants along the coast and flooded a rail yard.\n\nA year earlier, it earned $1 million on sales of $80 million.", oct27, []item{{"the third quarter", D, "2025-Q3"}, {"A year earlier", D, "2024-Q3"}}},
		{"a quarter that ended in July", "In the quarter ended July 31, the chain lost money.", oct27, []item{{"the quarter", D, "2025-Q2"}, {"July 31", D, "2025-07-31"}}},
		{"a quarter that ended in January", "In the quarter ended Jan. 3, the chain lost money.", oct27, []item{{"the quarter", D, "2024-Q4"}, {"Jan. 3", D, "2025-01-03"}}},
		{"a fiscal quarter named before wins", "Its fiscal first quarter was weak. Sales fell in the quarter ended Sept. 27.", oct27, []item{{"Its fiscal first quarter", D, "2025-Q1"}, {"the quarter", D, "2025-Q1"}, {"Sept. 27", D, "2025-09-27"}}},
		{"the day a quarter ended keeps the quarter", "It made $8 million in the quarter ended Sept. 30, against $6 million a year ago.", oct27, []item{{"the quarter", D, "2025-Q3"}, {"Sept. 30", D, "2025-09-30"}, {"a year ago", D, "2024-Q3"}}},
		{"a year earlier after a month is that month", "Exports rose 4% in June compared with a year earlier.", ref, []item{{"June", D, "2025-06"}, {"a year earlier", D, "2024-06"}}},
		{"a year earlier after an aside takes the quarter", "It reported third-quarter profit of $9 million. Its chip unit, which it bought in 2019, grew 30% from a year earlier.", oct27, []item{{"third-quarter", D, "2025-Q3"}, {"2019", D, "2019"}, {"a year earlier", D, "2024-Q3"}}},
		{"a day named alone takes the focus", "Third-quarter profit was $5 million. On Oct. 2 it sold a plant it had bought a year earlier.", oct27, []item{{"Third-quarter", D, "2025-Q3"}, {"Oct. 2", D, "2025-10-02"}, {"a year earlier", D, "2024"}}},
		{"nine months compare years", "Third-quarter profit was $5 million. For the first nine months, profit was $9 million, up from $7 million in the 2024 period and from year-earlier sales.", oct27, []item{{"Third-quarter", D, "2025-Q3"}, {"the first nine months", P, "P9M"}, {"the 2024 period", D, "2024"}, {"year-earlier", D, "2024"}}},
		{"the year's quarter stays a quarter", "Third-quarter profit was $5 million. For the first nine months, profit was $9 million; the 2024 quarter had a loss.", oct27, []item{{"Third-quarter", D, "2025-Q3"}, {"the first nine months", P, "P9M"}, {"the 2024 quarter", D, "2024-Q3"}}},
		{"a quarter not ended is no anchor", "It expects a fourth-quarter charge. Sales fell in the quarter.", oct27, []item{{"fourth-quarter", D, "2025-Q4"}, {"the quarter", D, "2025-Q3"}}},
		{"latest quarter", "Sales fell in the latest quarter.", ref, []item{{"the latest quarter", D, "2025-Q2"}}},
		{"the final quarter of the year", "Output will shrink in the final quarter of the year.", ref, []item{{"the final quarter of the year", D, "2025-Q4"}}},
		{"the final quarter of a year", "Output shrank in the final quarter of 2023.", ref, []item{{"the final quarter of 2023", D, "2023-Q4"}}},
		{"the half of last year", "Sales slid in the second half of last year.", ref, []item{{"the second half of last year", D, "2024-H2"}}},
		{"a quarter-final is a round", "She lost in the quarter-finals in 2023 and in the quarter finals in 2024.", ref, []item{{"2023", D, "2023"}, {"2024", D, "2024"}}},
		{"a phone number ends in no year", "Tickets: call 0844 847 2012 or write in 2025.", ref, []item{{"2025", D, "2025"}}},
		{"overnight in the past is the night before", "Asian markets had fallen overnight, and oil slid.", ref, []item{{"overnight", T, "2025-08-06TNI"}}},
		{"overnight to come", "The storm may strengthen overnight over warm water.", ref, []item{{"overnight", T, "2025-08-07TNI"}}},
		{"overnight as a kind of thing or at once", "The overnight rate rose. Trust does not come back overnight. We can't fix it overnight.", ref, nil},
		{"Today inside a sentence is a name", "She told the Today programme and USA Today on Monday. Today the port is shut.", ref, []item{{"Monday", D, "2025-08-04"}, {"Today", D, "2025-08-07"}}},
		{"a far year with its preposition", "Seas may rise a metre by 2100; the 2080 plan and 2090 votes are not years.", ref, []item{{"2100", D, "2100"}}},
		{"a range of 24-hour times", "The lights are off between 23:00 and 06:00, and the pool opens from 09:00 to 10:30.", ref, []item{{"23:00", T, "XXXX-XX-XXT23:00"}, {"06:00", T, "XXXX-XX-XXT06:00"}, {"09:00", T, "XXXX-XX-XXT09:00"}, {"10:30", T, "XXXX-XX-XXT10:30"}}},
		{"a score is no time", "They won 3:1 and drew 2 to 15:00.", ref, nil},
		{"midnight ends its day", "The ballot closes at midnight.", ref, []item{{"midnight", T, "2025-08-07T24:00"}}},
		{"a quarter to come next year", "Shareholders will vote in the first quarter.", oct27, []item{{"the first quarter", D, "2026-Q1"}}},
		{"the quarter just ended is this year's", "It will report third-quarter results.", oct27, []item{{"third-quarter", D, "2025-Q3"}}},
		{"a quarter named by its last month", "Revenue fell in the June quarter; the june quarter is no name.", oct27, []item{{"the June quarter", D, "2025-Q2"}}},
		{"a range takes the year of its end", "It runs from May 10 to May 21, 2027, and from Dec. 28 through Jan. 3, 2027.", ref, []item{{"May 10", D, "2027-05-10"}, {"May 21, 2027", D, "2027-05-21"}, {"Dec. 28", D, "2026-12-28"}, {"Jan. 3, 2027", D, "2027-01-03"}}},
		{"another is one more", "Families cannot wait another day, or another three years.", ref, []item{{"another day", P, "P1D"}, {"another three years", P, "P3Y"}}},
		{"a range of hours in the clause of its day", "Residents were told to stay indoors on Sunday between 10:00 and 16:00.", ref, []item{{"Sunday", D, "2025-08-03"}, {"10:00", T, "2025-08-03T10:00"}, {"16:00", T, "2025-08-03T16:00"}}},
		{"a range of hours after a comma is a routine", "Deliveries will start on Sunday, with drones flying between 7 a.m. and 5 p.m.", ref, []item{{"Sunday", D, "2025-08-10"}, {"7 a.m.", T, "XXXX-XX-XXT07:00"}, {"5 p.m.", T, "XXXX-XX-XXT17:00"}}},
		{"overnight before a verb", "Crews working overnight had contained the leak.", ref, []item{{"overnight", T, "2025-08-06TNI"}}},
		{"overnight after a day its sentence named", "The fire started Aug. 2 and doubled in size overnight as winds rose.", ref, []item{{"Aug. 2", D, "2025-08-02"}, {"overnight", T, "2025-08-02TNI"}}},
		{"yesterday's after of", "Results of yesterday's auction were weak.", ref, []item{{"yesterday", D, "2025-08-06"}}},
		{"a past season written in February is last year's", "The plants were idle in the spring.", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC), []item{{"the spring", D, "2025-SP"}}},
		{"a season a plan was moved to lies ahead", "The opening was pushed back to the summer.", time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC), []item{{"the summer", D, "2026-SU"}}},
		{"later in the week and month", "Storms will return later in the week and earlier in the month it was dry.", ref, []item{{"later in the week", D, "2025-W32"}, {"earlier in the month", D, "2025-08"}}},
		{"the same period last year", "Claims rose to 900 in the second quarter from 846 in the same period last year.", oct27, []item{{"the second quarter", D, "2025-Q2"}, {"the same period last year", D, "2024-Q2"}}},
		{"a month that ends a name", "The vault was open, said police Lt. Dennis June and Sgt. Ada May.", ref, nil},
		{"Title Case names", "He spoke Sunday on \u201cSunday Morning Futures\u201d about 21st Century Fox, a firm of the 21st century.", ref, []item{{"Sunday", D, "2025-08-03"}, {"the 21st century", D, "20"}}},
		{"Martin Luther King Jr. Day", "Markets were shut for Martin Luther King Jr. Day.", ref, []item{{"Martin Luther King Jr. Day", D, "2025-01-20"}}},
		{"latest period", "There were no gains in the latest period.", ref, []item{{"the latest period", D, "2025-Q2"}}},
		{"year end", "The deal should close by year-end.", ref, []item{{"year-end", D, "2025-12-31"}}},
		{"the last week up to ref", "She has been in Lisbon for the last week.", ref, []item{{"the last week", D, "2025-W32"}}},
		{"last week", "She was in Lisbon last week.", ref, []item{{"last week", D, "2025-W31"}}},
		{"set with the time as its object", "The court said the ship must leave port, and set Tuesday as the last day.", ref, []item{{"Tuesday", D, "2025-08-05"}}},
		{"will set with the time as its object", "The court will set Tuesday as the last day.", ref, []item{{"Tuesday", D, "2025-08-12"}}},
		{"model year", "Police found his 1994 Toyota Corolla near the lake.", ref, nil},
		{"model year after the", "The 1994 Toyota was towed away.", ref, nil},
		{"year before a maker's name as a date", "In 1994 Toyota opened a plant in Kentucky.", ref, []item{{"1994", D, "1994"}}},
		{"since year end", "The index is up 9% since year-end.", ref, []item{{"year-end", D, "2024-12-31"}}},
		{"year end unhyphenated", "The sale should close around year end.", ref, []item{{"year end", D, "2025"}}},
		{"part of day before yesterday", "In Tokyo at mid-afternoon yesterday, the yen was weaker.", ref, []item{{"mid-afternoon yesterday", T, "2025-08-06TAF"}}},
		{"participle modifying a noun", "A parade planned for Saturday was called off after the storm.", ref, []item{{"Saturday", D, "2025-08-02"}}},
		{"participle before a future main verb", "A parade planned for Saturday will go ahead.", ref, []item{{"Saturday", D, "2025-08-09"}}},
		{"end point of a present perfect", "The lender has extended the credit line through January.", ref, []item{{"January", D, "2026-01"}}},
		{"end point of a future sentence", "The ban stays in force until March.", ref, []item{{"March", D, "2026-03"}}},
		{"end point of a past sentence", "The ban was in force through March.", ref, []item{{"March", D, "2025-03"}}},
		{"later that year", "She fled in June 1998 and returned later that year.", ref, []item{{"June 1998", D, "1998-06"}, {"later that year", D, "1998"}}},
		{"the next morning", "He was hounded on Feb. 2 and appeared in court the next morning.", ref, []item{{"Feb. 2", D, "2025-02-02"}, {"the next morning", T, "2025-02-03TMO"}}},
		{"the previous weekday counts from the day named", "The index slid Friday, 3.1% below the previous Friday.", time.Date(2025, 8, 11, 0, 0, 0, 0, time.UTC), []item{{"Friday", D, "2025-08-08"}, {"the previous Friday", D, "2025-08-01"}}},
		{"last fall in winter", "Hiring surged last fall.", time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC), []item{{"last fall", D, "2025-FA"}}},
		{"tonight", "Snow will fall tonight.", ref, []item{{"tonight", T, "2025-08-07TNI"}}},
		{"yesterday morning", "A barge arrived yesterday morning.", ref, []item{{"yesterday morning", T, "2025-08-06TMO"}}},
		{"last night", "The storm hit last night.", ref, []item{{"last night", T, "2025-08-06TNI"}}},
		{"this morning", "Markets opened lower this morning.", ref, []item{{"this morning", T, "2025-08-07TMO"}}},
		{"today as a name", "She told USA Today about it.", ref, nil},
		{"weeks ago is the day", "The plant closed two weeks ago.", ref, []item{{"two weeks ago", D, "2025-07-24"}}},
		{"from now", "The vote is two weeks from now.", ref, []item{{"two weeks from now", D, "2025-W34"}}},
		{"years ago", "It closed years ago.", ref, []item{{"years ago", D, "PAST_REF"}}},
		{"hours later is a duration", "Just over an hour later, the road reopened.", ref, []item{{"over an hour", P, "PT1H"}}},
		{"days later is a duration", "Three days later, the index closed.", ref, []item{{"Three days", P, "P3D"}}},
		{"months earlier", "Two months earlier, on June 3, it failed.", ref, []item{{"Two months earlier", D, "2025-06"}, {"June 3", D, "2025-06-03"}}},
		{"age of a person is not a duration", "A 44-year-old protester and Mr. Reupke, 52 years old, spoke.", ref, nil},
		{"age of a thing", "The canoe is 800 years old.", ref, []item{{"800 years", P, "P800Y"}}},
		{"decades long", "It ended a decades-long feud.", ref, []item{{"decades-long", P, "PXY"}}},
		{"fiscal year duration", "Profit should rise throughout the fiscal year.", ref, []item{{"the fiscal year", P, "P1Y"}}},
		{"near term", "We face challenges in the near term.", ref, []item{{"the near term", D, "FUTURE_REF"}}},
		{"the past", "It has happened in the past.", ref, []item{{"the past", D, "PAST_REF"}}},
		{"the future of is not a time", "The future of Europe is at stake.", ref, nil},
		{"recent years", "Kidnappings rose in recent years.", ref, []item{{"recent years", D, "PAST_REF"}}},
		{"every other week", "Bins are emptied every other week.", ref, []item{{"every other week", S, "P2W"}}},
		{"each evening", "The bats left each evening.", ref, []item{{"each evening", S, "XXXX-XX-XXTEV"}}},
		{"every summer", "The smell returns every summer.", ref, []item{{"every summer", S, "XXXX-SU"}}},
		{"nightly", "The trains run nightly.", ref, []item{{"nightly", S, "XXXX-XX-XXTNI"}}},
		{"daily as an adjective", "Officers check leads on a daily basis.", ref, []item{{"daily", S, "P1D"}}},
		{"daily as a measure or a paper", "Average daily volume fell, the party daily Pravda said.", ref, nil},
		{"weekday that falls tomorrow", "Protesters planned a rally on Friday.", ref, []item{{"Friday", D, "2025-08-08"}}},
		{"present plan after the weekday", "On Tuesday, the union plans to hold a rally.", ref, []item{{"Tuesday", D, "2025-08-12"}}},
		{"relative clause does not date the weekday", "The move follows Tuesday's bid by Ford, which holds a stake.", ref, []item{{"Tuesday", D, "2025-08-05"}}},
		{"passive keeps its auxiliary in reach", "The pilot will be named commander of the new orbital repair crew for a flight in December.", ref, []item{{"December", D, "2025-12"}}},
		{"one day after a subject", "Rossi voiced the hope that he one day flies to Mars.", ref, []item{{"one day", D, "FUTURE_REF"}}},
		{"one day in a split infinitive", "She wants to one day run the firm.", ref, []item{{"one day", D, "FUTURE_REF"}}},
		{"one day as a length", "The strike lasted one day.", ref, []item{{"one day", P, "P1D"}}},
		{"earlier before a weekday", "Earlier Tuesday, the council met.", ref, []item{{"Tuesday", D, "2025-08-05"}}},
		{"early before a weekday", "The fire began early Tuesday.", ref, []item{{"early Tuesday", D, "2025-08-05"}}},
		{"in a year or two", "The plant may, in a year or two, reopen.", ref, []item{{"a year or two", D, "FUTURE_REF"}}},
		{"for a year or two", "He lived there for a year or two.", ref, []item{{"a year", P, "P1Y"}}},
		{"annually as a recurrence", "The fair is held here annually.", ref, []item{{"annually", S, "P1Y"}}},
		{"annually after an amount", "Revenue should grow 20% annually.", ref, nil},
		{"the current before a noun", "The current slump in orders began in May.", ref, []item{{"current", D, "PRESENT_REF"}, {"May", D, "2025-05"}}},
		{"current after a possessive", "Fees stay at their current level.", ref, nil},
		{"the current quarter is a quarter", "Sales should rise in the current quarter.", ref, []item{{"the current quarter", D, "2025-Q3"}}},
		{"recent before a noun", "A recent filing shows the stake.", ref, []item{{"recent", D, "PAST_REF"}}},
		{"then current", "Holders may buy shares at half the then current price.", ref, []item{{"then current", D, "PAST_REF"}}},
		{"current is left out", "Tuition stays at its current level.", ref, nil},
		{"holiday week", "Pilgrims gathered as Easter week began.", time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC), []item{{"Easter week", D, "2000-W16"}}},
		{"the week in focus", "For the week, the index fell 2%.", ref, []item{{"the week", D, "2025-WXX"}}},
		{"the week possessive", "Friday was the week's busiest session.", ref, []item{{"Friday", D, "2025-08-01"}, {"the week", D, "2025-WXX"}}},
		{"the week ahead is out", "Traders are wary of the week ahead.", ref, nil},
		{"the week of a date", "A hearing is set for the week of March 6.", time.Date(2000, 2, 24, 0, 0, 0, 0, time.UTC), []item{{"the week of March 6", D, "2000-W10"}}},
		{"the year in focus", "Shares hit a high for the year in June.", ref, []item{{"the year", D, "2025"}, {"June", D, "2025-06"}}},
		{"the year after a date", "Sales rose in 2019, though most of the gain came late in the year.", ref, []item{{"2019", D, "2019"}, {"the year", D, "2019"}}},
		{"the year ending", "It expects a loss for the year ending June 30.", ref, []item{{"the year", P, "P1Y"}, {"June 30", D, "2025-06-30"}}},
		{"the year in a title", "She was named Person of the Year.", ref, nil},
		{"the year before is no time of its own", "Profit fell from $4 million the year before.", ref, nil},
		{"this century", "It was among the disasters of this century.", ref, []item{{"this century", P, "P100Y"}}},
		{"month naming an event takes no tense", "The firm hopes to close the sale under a June agreement.", time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC), []item{{"June", D, "2025-06"}}},
		{"each of the last years is a set", "The fair made money in each of the last four years.", ref, []item{{"the last four years", S, "P1Y"}}},
		{"a plan already past", "The offer had been scheduled to expire Friday.", time.Date(2025, 8, 11, 0, 0, 0, 0, time.UTC), []item{{"Friday", D, "2025-08-08"}}},
		{"the day before a day", "The day before last Tuesday's hearing, he called.", ref, []item{{"The day before last Tuesday", D, "2025-08-04"}}},
		{"a later date", "It may seek more money at a later date.", ref, []item{{"a later date", D, "FUTURE_REF"}}},
		{"past years", "The town held fairs in past years, too.", ref, []item{{"past years", D, "PAST_REF"}}},
		{"one day after a modal", "The town will one day be the largest in the county.", ref, []item{{"one day", D, "FUTURE_REF"}}},
		{"a year inside a name", "They set up a venture called Orion 1980 in Ohio.", ref, nil},
		{"last week written on a Sunday", "He met the president last week.", time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC), []item{{"last week", D, "2025-W32"}}},
		{"rate after an amount", "It saves $500 million a year.", ref, []item{{"a year", S, "P1Y"}}},
		{"a year after a preposition", "The trust would review it after a year.", ref, []item{{"a year", P, "P1Y"}}},
		{"noon with weekday", "Talks broke off at noon Thursday.", ref, []item{{"noon Thursday", T, "2025-08-07T12:00"}}},
		{"midnight", "Lights go off between midnight and 5am.", ref, []item{{"midnight", T, "XXXX-XX-XXT00:00"}, {"5am", T, "XXXX-XX-XXT05:00"}}},
		{"high noon is a figure", "It was high noon for the party.", ref, nil},
		{"clock in words", "The baker starts work at two in the morning.", ref, []item{{"two in the morning", T, "XXXX-XX-XXT02:00"}}},
		{"twenty-four hour clock with zone", "The final ended at 19:40 CEST.", ref, []item{{"19:40 CEST", T, "2025-08-07T19:40"}}},
		{"score is not a time", "They led 15:30 at half time.", ref, nil},
		{"weekend ahead", "Showers will arrive over the weekend.", ref, []item{{"the weekend", D, "2025-W32-WE"}}},
		{"canadian thanksgiving", "Trucks detour ahead of the Thanksgiving holiday in British Columbia.", time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC), []item{{"Thanksgiving", D, "2025-10-13"}}},
		{"us thanksgiving", "Stores open early on Thanksgiving.", ref, []item{{"Thanksgiving", D, "2025-11-27"}}},
		{"easter", "Protesters prayed at Easter 2000.", ref, []item{{"Easter 2000", D, "2000-04-23"}}},
		{"fall as a verb", "Prices fall in May, and the fall of Rome is old news.", ref, []item{{"May", D, "2025-05"}}},
		{"soon in the past", "He was soon released.", ref, nil},
		{"soon ahead", "The budget will soon move into surplus.", ref, []item{{"soon", D, "FUTURE_REF"}}},
		{"present in a headline list", "Mortgage rates are now at 7%.", ref, []item{{"now", D, "PRESENT_REF"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := items(dates.Find(tc.text, dates.Options{Ref: tc.ref}))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Find(%q)\n got %+v\nwant %+v", tc.text, got, tc.want)
			}
		})
	}
}

// TestFindSpans checks that spans count code points, not bytes.
func TestFindSpans(t *testing.T) {
	text := "Séverine’s show opens Sept. 28 — “now” 🕒 2024."
	got := dates.Find(text, dates.Options{Ref: ref})
	want := []article.Span{{Start: 22, End: 30}, {Start: 34, End: 37}, {Start: 41, End: 45}}
	var spans []article.Span
	for _, g := range got {
		spans = append(spans, g.Span)
	}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("spans: got %v, want %v", spans, want)
	}
}

func checkInvariants(t *testing.T, text string, got []article.Timex) {
	t.Helper()
	runes := []rune(text)
	prevEnd := 0
	for i, g := range got {
		if g.Start < prevEnd || g.End <= g.Start || g.End > len(runes) {
			t.Fatalf("item %d %+v: bad span (previous end %d, %d runes)", i, g, prevEnd, len(runes))
		}
		if s := string(runes[g.Start:g.End]); s != g.Text && utf8.ValidString(text) {
			t.Fatalf("item %d: text[%d:%d] is %q, want %q", i, g.Start, g.End, s, g.Text)
		}
		if g.Value == "" || !slices.Contains([]article.TimexType{D, T, P, S}, g.Type) {
			t.Fatalf("item %d %+v: empty value or bad type", i, g)
		}
		prevEnd = g.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Kremlin announced Thursday it will meet Friday, August 8, within 24 hours.",
		"From 7 a.m. to 5 p.m. every Sunday since the 1960s, $9 a week.",
		"the fourth-quarter, the quarter a year ago, 14/10/2025, 2025-08-08T09:00",
		"May may march 24/7 2.5 $27 555-2024",
	} {
		f.Add(s, int64(0))
		f.Add(s, ref.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		if len(text) > 4096 {
			return
		}
		r := time.Time{}
		if unix != 0 {
			r = time.Unix(unix%(1<<36), 0).UTC()
		}
		checkInvariants(t, text, dates.Find(text, dates.Options{Ref: r}))
	})
}

func ExampleFind() {
	text := "The Kremlin announced Thursday that the leaders will meet in the coming days, " +
		"before a deadline that falls on Friday, August 8. Talks ran for 24 hours."
	for _, d := range dates.Find(text, dates.Options{Ref: time.Date(2025, 8, 7, 0, 0, 0, 0, time.UTC)}) {
		fmt.Printf("%s\t%s\t%s\n", d.Text, d.Type, d.Value)
	}
	// Output:
	// Thursday	date	2025-08-07
	// the coming days	date	FUTURE_REF
	// Friday, August 8	date	2025-08-08
	// 24 hours	duration	PT24H
}

// BenchmarkFind tags this package's own test texts and reports the cost per KB: "dense" is
// prose with an expression in nearly every clause, "typical" a news story with about one
// expression per 400 bytes, as in newswire.
func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"dense:prose.txt", "typical:article.txt", "long:prose.txt"} {
		label, file, _ := strings.Cut(name, ":")
		raw, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		if label == "long" {
			// A megabyte of dense prose: its ns/KB beside "dense" shows the cost stays
			// linear in the length of a text and the number of its expressions.
			text = strings.Repeat(text+"\n\n", 1<<20/(len(text)+2)+1)
		}
		b.Run(label, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dates.Find(text, dates.Options{Ref: ref})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(text))/1024), "ns/KB")
		})
	}
}

// TestProseFixture keeps the benchmark's text honest: it must hold expressions to find.
func TestProseFixture(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "prose.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := dates.Find(string(raw), dates.Options{Ref: ref})
	if len(got) < 20 {
		t.Errorf("prose.txt: %d expressions, want at least 20", len(got))
	}
	checkInvariants(t, string(raw), got)
	if strings.Count(string(raw), "\n") < 10 {
		t.Errorf("prose.txt is too short to benchmark")
	}
}
