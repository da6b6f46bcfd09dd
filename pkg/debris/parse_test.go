package debris_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/debris"
)

func people(names ...string) []article.Person {
	var out []article.Person
	for _, n := range names {
		out = append(out, article.Person{Name: n})
	}
	return out
}

func outlet(name string) *article.Source { return &article.Source{Name: name} }

// TestParse has one row per shape of paste: each row is a short paste written for this
// test in that shape, and the whole Page it must give.
func TestParse(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts debris.Options
		want debris.Page
	}{
		{
			name: "bullet line with byline, date and badge; photo credit; share links, tags, copyright",
			text: `Riverside Library Opens Its Doors on Sundays

By Marta Lindqvist • May 12, 2025 • 3 min read

The Riverside library will open on Sundays from June, the town board decided on Tuesday.

Readers queue outside the library before it opens.
Photo: Tomas Brekke

“People asked for it for years,” said librarian Ines Aalto.

Share this article
WhatsApp
Copy link
Email

Tags: libraries, Riverside

© 2025 Riverside Sentinel. All rights reserved.`,
			want: debris.Page{
				Title:              "Riverside Library Opens Its Doors on Sundays",
				Authors:            people("Marta Lindqvist"),
				Source:             outlet("Riverside Sentinel"),
				Published:          "2025-05-12",
				ReadingTimeMinutes: 3,
				Paragraphs: []string{
					"The Riverside library will open on Sundays from June, the town board decided on Tuesday.",
					"“People asked for it for years,” said librarian Ines Aalto.",
				},
			},
		},
		{
			name: "name bar outlet; published and updated lines with US zone; ad slots; related list and comment count",
			text: `Judge halts quarry blasting near school

Dana Whitcombe | Prairie Ledger
Published: Mar. 4, 2025, 8:15 a.m. CT
Updated: Mar. 5, 2025, 6:40 p.m. CT

A county judge on Monday ordered a quarry to stop blasting within a mile of Elm Creek School.

Advertisement

The quarry's owner said it would appeal the order next week.

Story continues below

Parents said the windows had rattled for months.

Related:
Quarry expansion hearing draws a crowd
School board asks for noise study

8 comments`,
			want: debris.Page{
				Title:     "Judge halts quarry blasting near school",
				Authors:   people("Dana Whitcombe"),
				Source:    outlet("Prairie Ledger"),
				Published: "2025-03-04T08:15:00-06:00",
				Modified:  "2025-03-05T18:40:00-06:00",
				Paragraphs: []string{
					"A county judge on Monday ordered a quarry to stop blasting within a mile of Elm Creek School.",
					"The quarry's owner said it would appeal the order next week.",
					"Parents said the windows had rattled for months.",
				},
			},
		},
		{
			name: "name dash outlet; weekday day-first date; read-time label; photograph credit; more-on list; copyright Ltd",
			text: `Kestrel bakery chain sold to Belgian group

Hugo Penhaligon – Harbour Business Review
Wednesday 9 April 2025
Read time: 4 min

The Kestrel bakery chain has been sold to a Belgian food group for £40m.

The chain's founder said the deal would keep every shop open.

A Kestrel shop on the high street.
Photograph: Harbour Business Review

Analysts said the price was fair.

More on this story
Bakers face a 'hard winter' as flour costs rise
Why Belgian buyers like British brands

Copyright © 2025 Harbour Business Review Ltd`,
			want: debris.Page{
				Title:              "Kestrel bakery chain sold to Belgian group",
				Authors:            people("Hugo Penhaligon"),
				Source:             outlet("Harbour Business Review"),
				Published:          "2025-04-09",
				ReadingTimeMinutes: 4,
				Paragraphs: []string{
					"The Kestrel bakery chain has been sold to a Belgian food group for £40m.",
					"The chain's founder said the deal would keep every shop open.",
					"Analysts said the price was fair.",
				},
			},
		},
		{
			name: "dek; three authors with serial comma; weekday stamp with time and zone; estimated reading time; subheadings; newsletter prompt",
			text: `Glacier Moss Survives Four Centuries Under Ice, Botanists Find

Samples thawed in a lab began to grow again within weeks.

By Lena Haugland, Kofi Mensah-Byrne, and Ana Ruiz
Tue, May 6, 2025, 9:05 AM EDT
Estimated reading time: 6 minutes

Moss buried under a retreating glacier for about 400 years has grown again in a laboratory, researchers reported Monday.

How the samples were taken

The team cut the moss from the ice edge and kept it cold on the way to the lab.

Get our nature newsletter
Wild stories, every Thursday in your inbox.
Sign up`,
			want: debris.Page{
				Title:              "Glacier Moss Survives Four Centuries Under Ice, Botanists Find",
				Description:        "Samples thawed in a lab began to grow again within weeks.",
				Authors:            people("Lena Haugland", "Kofi Mensah-Byrne", "Ana Ruiz"),
				Published:          "2025-05-06T09:05:00-04:00",
				ReadingTimeMinutes: 6,
				Paragraphs: []string{
					"Moss buried under a retreating glacier for about 400 years has grown again in a laboratory, researchers reported Monday.",
					"How the samples were taken",
					"The team cut the moss from the ice edge and kept it cold on the way to the lab.",
				},
			},
		},
		{
			name: "two authors with and; relative stamp without reference; dateline without agency; app prompt",
			text: `Ice storm leaves thousands without power across the Arrowhead

By Petra Olsen and Jonas Varga
4 hours ago

BEMIDJI, Minn. — Freezing rain coated power lines across northern Minnesota on Sunday, leaving 30,000 homes dark.

Crews expect to restore most service by Tuesday.

Get storm alerts as they happen. Download our free app.`,
			want: debris.Page{
				Title:   "Ice storm leaves thousands without power across the Arrowhead",
				Authors: people("Petra Olsen", "Jonas Varga"),
				Paragraphs: []string{
					"Freezing rain coated power lines across northern Minnesota on Sunday, leaving 30,000 homes dark.",
					"Crews expect to restore most service by Tuesday.",
				},
			},
		},
		{
			name: "relative stamp resolves against the reference day",
			text: `Ice storm leaves thousands without power

By Petra Olsen
4 hours ago
Updated 1 hr ago

Freezing rain coated power lines across northern Minnesota on Sunday, leaving 30,000 homes dark.`,
			opts: debris.Options{Reference: time.Date(2025, 12, 7, 0, 0, 0, 0, time.UTC)},
			want: debris.Page{
				Title:      "Ice storm leaves thousands without power",
				Authors:    people("Petra Olsen"),
				Published:  "2025-12-07",
				Modified:   "2025-12-07",
				Paragraphs: []string{"Freezing rain coated power lines across northern Minnesota on Sunday, leaving 30,000 homes dark."},
			},
		},
		{
			name: "section label, breadcrumb naming the outlet, account label and no person; BST stamp; bulleted list; sign-up chrome",
			text: `HEALTH
Fenwick Courier › News › Health

Clinic to Open Evening Appointments Across the Valley

Staff
Tue, 16 Sep 2025 08:10 BST

Family doctors in the valley will see patients until 8pm from October.

The new hours:
• Monday to Thursday until 8pm.
• Saturday mornings at two surgeries.

Sign up to the Courier’s health newsletter
Your email
Subscribe now

Most popular`,
			want: debris.Page{
				Title:     "Clinic to Open Evening Appointments Across the Valley",
				Source:    outlet("Fenwick Courier"),
				Published: "2025-09-16T08:10:00+01:00",
				Paragraphs: []string{
					"Family doctors in the valley will see patients until 8pm from October.",
					"The new hours:",
					"• Monday to Thursday until 8pm.",
					"• Saturday mornings at two surgeries.",
				},
			},
		},
		{
			name: "capitals name on its own line, then role and outlet; day-first stamp with pm time; more list; comments",
			text: `Harlow Hold Off Denby in Cup Thriller

MAIRI ODUYA-KERR
Football Correspondent, The Northern Echo Post
9 March 2025, 5:40pm

Harlow beat Denby 2-1 on Saturday with a late header from their captain.

The captain said the win was for the fans who travelled.

More football
Denby sign young striker on loan
Harlow top the table after derby win

Comments (9)`,
			want: debris.Page{
				Title:     "Harlow Hold Off Denby in Cup Thriller",
				Authors:   people("Mairi Oduya-Kerr"),
				Source:    outlet("The Northern Echo Post"),
				Published: "2025-03-09",
				Paragraphs: []string{
					"Harlow beat Denby 2-1 on Saturday with a late header from their captain.",
					"The captain said the win was for the fans who travelled.",
				},
			},
		},
		{
			name: "By line; Pacific stamp; dateline with agency; pull quote repeated from the body; copyright and report-an-error",
			text: `Avalanche Closes Pass Road Before Holiday Weekend

By Ingrid Castellano-Reid
Nov. 6, 2025 6:45 a.m. PT

GOLDEN (Summit Press) — An avalanche has closed the pass road east of Golden, forcing trucks onto a long detour.

“We will open the road when the slope is safe, and not an hour before,” said the district manager.

“We will open the road when the slope is safe, and not an hour before.”

Drivers said the detour added five hours to each trip.

© 2025 Summit Press. All rights reserved.
Report a correction`,
			want: debris.Page{
				Title:     "Avalanche Closes Pass Road Before Holiday Weekend",
				Authors:   people("Ingrid Castellano-Reid"),
				Source:    outlet("Summit Press"),
				Published: "2025-11-06T06:45:00-08:00",
				Paragraphs: []string{
					"An avalanche has closed the pass road east of Golden, forcing trucks onto a long detour.",
					"“We will open the road when the slope is safe, and not an hour before,” said the district manager.",
					"Drivers said the detour added five hours to each trip.",
				},
			},
		},
		{
			name: "straight quotes; name comma outlet; published and updated with PST; tags and comments",
			text: `Smart kettle maker recalls 'talking' lids

Ravi Osei-Larsen, Gadget Weekly
Published Jan 12, 2026 3:30 PM PST
Updated Jan 13, 2026 9:05 AM PST

A kettle maker has recalled 40,000 lids after owners said the built-in speakers switched on at night.

"It said good morning at 3 a.m.," one owner wrote.

Tags: recalls, smart home

Comments (31)`,
			want: debris.Page{
				Title:     "Smart kettle maker recalls 'talking' lids",
				Authors:   people("Ravi Osei-Larsen"),
				Source:    outlet("Gadget Weekly"),
				Published: "2026-01-12T15:30:00-08:00",
				Modified:  "2026-01-13T09:05:00-08:00",
				Paragraphs: []string{
					"A kettle maker has recalled 40,000 lids after owners said the built-in speakers switched on at night.",
					`"It said good morning at 3 a.m.," one owner wrote.`,
				},
			},
		},
		{
			name: "account label above an honorific byline; plain date; minute-read badge; about-the-author bio; share",
			text: `County Clinic Will End Weekend Walk-In Hours

Contributor
By Dr. Helga Moreno-Tate
June 3, 2025
4-minute read

The county clinic will close its walk-in service on weekends from July, its board said Friday.

Nurses said the weekend shifts had been short-staffed for a year.

About the author
Helga Moreno-Tate is a family physician who writes for us on occasion. Her column on clinic waiting times began in 2014.

Share`,
			want: debris.Page{
				Title:              "County Clinic Will End Weekend Walk-In Hours",
				Authors:            people("Helga Moreno-Tate"),
				Published:          "2025-06-03",
				ReadingTimeMinutes: 4,
				Paragraphs: []string{
					"The county clinic will close its walk-in service on weekends from July, its board said Friday.",
					"Nurses said the weekend shifts had been short-staffed for a year.",
				},
			},
		},
		{
			name: "section label; dek; day-first numeric date with dots; guillemets in the body; share and tags",
			text: `MUSIC

Aurélie Fontaine’s Harbour Songs Return to the Stage

A revival brings her 1980s song cycle back to the city where she wrote it.

By Callum Ferreira-Wynn
17.07.2025

The song cycle returned to the Théâtre du Port on Friday for the first time in 40 years.

«I wrote them for the dockers,» Fontaine said. «Now their grandchildren sing them.»

Share

Tags: music, theatre`,
			want: debris.Page{
				Title:       "Aurélie Fontaine’s Harbour Songs Return to the Stage",
				Description: "A revival brings her 1980s song cycle back to the city where she wrote it.",
				Authors:     people("Callum Ferreira-Wynn"),
				Published:   "2025-07-17",
				Paragraphs: []string{
					"The song cycle returned to the Théâtre du Port on Friday for the first time in 40 years.",
					"«I wrote them for the dockers,» Fontaine said. «Now their grandchildren sing them.»",
				},
			},
		},
		{
			name: "bare name line; stamp and badge on one line with NZ zone; dateline with date and agency and hyphen; editor credit; briefing prompt",
			text: `Parliament backs free school lunches for all primary pupils

Aroha Whitfield
April 2, 2026 11:05 AM NZDT · 2 min read

WELLINGTON, April 2 (Tasman Wire) - Parliament on Thursday passed a bill giving every primary pupil a free lunch.

The opposition said the cost had not been explained.

Editing by Liam Okafor

Get the Tasman Wire morning briefing`,
			want: debris.Page{
				Title:              "Parliament backs free school lunches for all primary pupils",
				Authors:            people("Aroha Whitfield"),
				Source:             outlet("Tasman Wire"),
				Published:          "2026-04-02T11:05:00+13:00",
				ReadingTimeMinutes: 2,
				Paragraphs: []string{
					"Parliament on Thursday passed a bill giving every primary pupil a free lunch.",
					"The opposition said the cost had not been explained.",
				},
			},
		},
		{
			name: "no blank lines at all",
			text: `Flood warning issued as rivers rise across the west
By Gwen Llewellyn-Hart
Wed 9 Apr 2025 14.05 BST
Forecasters have issued flood warnings for six rivers after two days of heavy rain.
“The ground cannot take any more water,” said a hydrologist at the agency.
Residents near the river were told to move cars to higher ground.
Share
More on this story
Sandbags: where to find them and when to use them
What do flood warning colours mean?`,
			want: debris.Page{
				Title:     "Flood warning issued as rivers rise across the west",
				Authors:   people("Gwen Llewellyn-Hart"),
				Published: "2025-04-09T14:05:00+01:00",
				Paragraphs: []string{
					"Forecasters have issued flood warnings for six rivers after two days of heavy rain.",
					"“The ground cannot take any more water,” said a hydrologist at the agency.",
					"Residents near the river were told to move cars to higher ground.",
				},
			},
		},
		{
			name: "CRLF line ends; dek; eastern time stamp; chart title and source; read-more link; newsletter prompt",
			text: "Copperleaf Tea Profit Climbs as Shipping Costs Ease\r\n\r\nThe tea importer raised its forecast for the year.\r\n\r\nBy Nadia Fairweather-Cole\r\nMar. 10, 2026 4:20 p.m. ET\r\n\r\nShares of Copperleaf Tea rose 8% on Tuesday after the company reported higher profit.\r\n\r\nChart: Copperleaf quarterly profit, in millions\r\nSource: company reports\r\n\r\nThe company said freight rates had fallen by a quarter.\r\n\r\nRead more: Why tea prices are falling\r\n\r\nGet the markets newsletter. Sign up here.\r\n",
			want: debris.Page{
				Title:       "Copperleaf Tea Profit Climbs as Shipping Costs Ease",
				Description: "The tea importer raised its forecast for the year.",
				Authors:     people("Nadia Fairweather-Cole"),
				Published:   "2026-03-10T16:20:00-04:00",
				Paragraphs: []string{
					"Shares of Copperleaf Tea rose 8% on Tuesday after the company reported higher profit.",
					"The company said freight rates had fallen by a quarter.",
				},
			},
		},
		{
			name: "capitals masthead; editor account label; day-first slash date; badge; caption above the first paragraph; copyright after the name",
			text: `WESTBROOK GAZETTE

Westbrook to close two branch libraries next spring

Editor
03/11/2025
5 Min Read

The reading room at the Mill Road branch, one of the two that will close.

Two of Westbrook’s five branch libraries will close next spring after the borough council voted on Thursday to cut its budget by a fifth, the second cut in three years.

Councillors said the savings would keep the central library open on Sundays.

Share this article

Comments (14)

© Westbrook Gazette 2025`,
			want: debris.Page{
				Title:              "Westbrook to close two branch libraries next spring",
				Source:             outlet("Westbrook Gazette"),
				Published:          "2025-03-11",
				ReadingTimeMinutes: 5,
				Paragraphs: []string{
					"Two of Westbrook’s five branch libraries will close next spring after the borough council voted on Thursday to cut its budget by a fifth, the second cut in three years.",
					"Councillors said the savings would keep the central library open on Sundays.",
				},
			},
		},
		{
			name: "capitals By line; relative hours stamps; share line; copyright naming the outlet",
			text: `Landlord jailed for ignoring fire safety orders

BY TOMASZ KOWALEWSKI
6 hrs ago
Updated 2 hrs ago

A landlord who ignored three fire safety orders was jailed for two years on Friday.

The judge said tenants had been put at risk every night.

Share this story

Copyright 2026 Lakeshore Public Radio`,
			want: debris.Page{
				Title:   "Landlord jailed for ignoring fire safety orders",
				Authors: people("Tomasz Kowalewski"),
				Source:  outlet("Lakeshore Public Radio"),
				Paragraphs: []string{
					"A landlord who ignored three fire safety orders was jailed for two years on Friday.",
					"The judge said tenants had been put at risk every night.",
				},
			},
		},
		{
			name: "machine ISO stamp; image widget with caption, toggle and credit; advertisement; caption ending in its credit; related list",
			text: `Drought exposes a sunken paddle steamer in Lake Orrin

The wreck was spotted by a hiker after the reservoir fell to a record low.

By Bettina Marsh-Okoro
2025-08-19T10:30:00-05:00

A paddle steamer that sank in 1911 has surfaced in the mud of Lake Orrin.

Enlarge this image

Divers measure the steamer's paddle wheel.

toggle caption
Ruth Abernathy/State Historical Board

Historians said the boat carried mail between the lake towns.

Advertisement

The boiler still shows the maker's plate. Credit: Ruth Abernathy

Volunteers will photograph the wreck before the water returns.

Related
Why the reservoir fell so low
A guide to the lake's old towns`,
			want: debris.Page{
				Title:       "Drought exposes a sunken paddle steamer in Lake Orrin",
				Description: "The wreck was spotted by a hiker after the reservoir fell to a record low.",
				Authors:     people("Bettina Marsh-Okoro"),
				Published:   "2025-08-19T10:30:00-05:00",
				Paragraphs: []string{
					"A paddle steamer that sank in 1911 has surfaced in the mud of Lake Orrin.",
					"Historians said the boat carried mail between the lake towns.",
					"Volunteers will photograph the wreck before the water returns.",
				},
			},
		},
		{
			name: "date and time split by a bar with a European zone; bare-city dateline; results link; share; copyright",
			text: `Varga wins marathon in course record

By Lucien Aubry
7 Sep 2025 | 11:25 CEST

LINZ — Eszter Varga won the Danube Marathon on Sunday in a course record.

She said the cool morning had helped.

Full results from the Danube Marathon

Share this story

© 2025 Alpine Sport Daily`,
			want: debris.Page{
				Title:     "Varga wins marathon in course record",
				Authors:   people("Lucien Aubry"),
				Source:    outlet("Alpine Sport Daily"),
				Published: "2025-09-07T11:25:00+02:00",
				Paragraphs: []string{
					"Eszter Varga won the Danube Marathon on Sunday in a course record.",
					"She said the cool morning had helped.",
				},
			},
		},
		{
			name: "two authors with ampersand; US numeric date; mins-read badge; related stories and prompt",
			text: `Robot Mowers Approved for City Parks in Two Districts

By Orla Finnegan & Tobias Weller
09/14/2025
5 mins read

The parks department will use robot mowers in two districts from next spring, officials said Monday.

Residents asked whether the machines would be noisy.

Share

Related Stories
Parks budget cut by a tenth
What robot mowers can and cannot do

Get city news in your inbox every Friday.`,
			want: debris.Page{
				Title:              "Robot Mowers Approved for City Parks in Two Districts",
				Authors:            people("Orla Finnegan", "Tobias Weller"),
				Published:          "2025-09-14",
				ReadingTimeMinutes: 5,
				Paragraphs: []string{
					"The parks department will use robot mowers in two districts from next spring, officials said Monday.",
					"Residents asked whether the machines would be noisy.",
				},
			},
		},
		{
			name: "story-by byline; posted and updated on one line; pull quote with its attribution line; tags and comments",
			text: `Pharmacy chain ends fees for home delivery

Customers in 40 towns will no longer pay to have prescriptions brought to the door.

Story by Imani Castellanos
Posted April 2, 2025 | Updated April 3, 2025

A regional pharmacy chain will stop charging for home delivery of prescriptions, its managers said Tuesday.

“Nobody should pay extra because they cannot drive,” said the chain’s chief pharmacist.

“Nobody should pay extra because they cannot drive.”
— Chief pharmacist, Lakeside Pharmacies

The change starts next month.

Tags: pharmacies, health costs

Comments (4)`,
			want: debris.Page{
				Title:       "Pharmacy chain ends fees for home delivery",
				Description: "Customers in 40 towns will no longer pay to have prescriptions brought to the door.",
				Authors:     people("Imani Castellanos"),
				Published:   "2025-04-02",
				Modified:    "2025-04-03",
				Paragraphs: []string{
					"A regional pharmacy chain will stop charging for home delivery of prescriptions, its managers said Tuesday.",
					"“Nobody should pay extra because they cannot drive,” said the chain’s chief pharmacist.",
					"The change starts next month.",
				},
			},
		},
		{
			name: "byline with a job title after a comma; date with at and time; reading-time label; asterisk list; related links and share bar",
			text: `Harbour Jazz Weekend Names Its Headliners

By Soren Achterberg, Music Reporter
July 9, 2025 at 10:30 am
Reading Time: 3 Minutes

The Harbour Jazz Weekend will return to the quay for two days in August, organizers said Tuesday.

The lineup:
* Saturday, Aug. 16: The Cole Street Trio
* Sunday, Aug. 17: Maren Holt and band

Tickets go on sale Friday.

Related links
Quay to get new stage lights
Review: Maren Holt's new record

Share on WhatsApp | Share on LinkedIn | Email`,
			want: debris.Page{
				Title:              "Harbour Jazz Weekend Names Its Headliners",
				Authors:            people("Soren Achterberg"),
				Published:          "2025-07-09",
				ReadingTimeMinutes: 3,
				Paragraphs: []string{
					"The Harbour Jazz Weekend will return to the quay for two days in August, organizers said Tuesday.",
					"The lineup:",
					"* Saturday, Aug. 16: The Cole Street Trio",
					"* Sunday, Aug. 17: Maren Holt and band",
					"Tickets go on sale Friday.",
				},
			},
		},
		{
			name: "desk label under the byline; published line with EST and no minutes; subheadings; tags and comments",
			text: `Mayor’s plan would double bus service, raise parking fees

The proposal sets up a fight with downtown businesses.

By Rosalind Achebe-Young
City Hall Desk
Published Feb. 10, 2026, 6 a.m. EST

Mayor Dana Orlov on Monday proposed doubling bus service on six routes.

What the plan does

Buses would run every ten minutes until midnight.

Who pays

Parking meters downtown would cost a dollar more an hour.

Tags: transit, city budget

Comments (22)`,
			want: debris.Page{
				Title:       "Mayor’s plan would double bus service, raise parking fees",
				Description: "The proposal sets up a fight with downtown businesses.",
				Authors:     people("Rosalind Achebe-Young"),
				Published:   "2026-02-10T06:00:00-05:00",
				Paragraphs: []string{
					"Mayor Dana Orlov on Monday proposed doubling bus service on six routes.",
					"What the plan does",
					"Buses would run every ten minutes until midnight.",
					"Who pays",
					"Parking meters downtown would cost a dollar more an hour.",
				},
			},
		},
		{
			name: "no headline: the paste starts at the byline and the first paragraph is one long sentence",
			text: `By Priyanka Oyelaran
April 14, 2026

After three weeks of talks that ran late into the night in a cramped hotel conference room, the city's bus drivers voted on Sunday to approve a four-year deal that lifts their pay by a tenth and ends split shifts.

The union said nine in ten members backed the deal.

Filed under: Labor, Transit

Comments (6)`,
			want: debris.Page{
				Authors:   people("Priyanka Oyelaran"),
				Published: "2026-04-14",
				Paragraphs: []string{
					"After three weeks of talks that ran late into the night in a cramped hotel conference room, the city's bus drivers voted on Sunday to approve a four-year deal that lifts their pay by a tenth and ends split shifts.",
					"The union said nine in ten members backed the deal.",
				},
			},
		},
		{
			name: "masthead first; name with job title and no By; ISO stamps on one line; clock-emoji badge; read-more and continues-below lines; prompt and copyright",
			text: `HARBOURSIDE OBSERVER

Ferry Terminal Upgrade Delayed by Pier Repairs

Imogen Kastrati, Transport Correspondent
Published 2026-03-02 17:30 · Updated 2026-03-03 09:15
🕒 3 min read

The ferry terminal upgrade has been pushed back to the autumn after divers found rotten piles under the pier.

Read more: How the terminal upgrade was planned

The operator said passengers would not be affected.

Story continues below advertisement

Repairs will take twelve weeks.

Get the Observer’s transport newsletter every Monday

© 2026 Harbourside Observer`,
			want: debris.Page{
				Title:              "Ferry Terminal Upgrade Delayed by Pier Repairs",
				Authors:            people("Imogen Kastrati"),
				Source:             outlet("Harbourside Observer"),
				Published:          "2026-03-02",
				Modified:           "2026-03-03",
				ReadingTimeMinutes: 3,
				Paragraphs: []string{
					"The ferry terminal upgrade has been pushed back to the autumn after divers found rotten piles under the pier.",
					"The operator said passengers would not be affected.",
					"Repairs will take twelve weeks.",
				},
			},
		},
		{
			name: "account label, badge and caption above a name-dash-outlet byline",
			text: `Port Authority Confirms Ferry Strike Talks ‘Within Days’

Editor
4 Min Read
Dock workers and managers

Selim Haddad – Levant Harbour News

The port authority said Thursday that talks to end the ferry strike would begin within days.

Share This Article`,
			want: debris.Page{
				Title:              "Port Authority Confirms Ferry Strike Talks ‘Within Days’",
				Authors:            people("Selim Haddad"),
				Source:             outlet("Levant Harbour News"),
				ReadingTimeMinutes: 4,
				Paragraphs:         []string{"The port authority said Thursday that talks to end the ferry strike would begin within days."},
			},
		},
		{
			name: "wire copy with no headline: a long first paragraph stays body",
			text: `
Harlan Freight Corp. said it agreed to buy a regional trucking company for about $40 million in cash and stock, its second purchase this year.

The company said the deal would close by year-end.
`,
			want: debris.Page{
				Paragraphs: []string{
					"Harlan Freight Corp. said it agreed to buy a regional trucking company for about $40 million in cash and stock, its second purchase this year.",
					"The company said the deal would close by year-end.",
				},
			},
		},
		{
			name: "wire copy with no headline: a short first sentence that reports stays body",
			text: `
The dollar was weaker against the yen on Friday, dealers said.

Traders expect the central bank to hold rates next week.
`,
			want: debris.Page{
				Paragraphs: []string{
					"The dollar was weaker against the yen on Friday, dealers said.",
					"Traders expect the central bank to hold rates next week.",
				},
			},
		},
		{
			name: "wire copy in capitals: a long first sentence stays body",
			text: `
THE HARBOUR BOARD VOTED ON FRIDAY TO RAISE FERRY FARES BY A TENTH FROM JULY, ITS FIRST RISE SINCE 2015.

THE OPERATOR SAID FUEL COSTS HAD DOUBLED.
`,
			want: debris.Page{
				Paragraphs: []string{
					"THE HARBOUR BOARD VOTED ON FRIDAY TO RAISE FERRY FARES BY A TENTH FROM JULY, ITS FIRST RISE SINCE 2015.",
					"THE OPERATOR SAID FUEL COSTS HAD DOUBLED.",
				},
			},
		},
		{
			name: "a headline with a full stop and no metadata, then the body",
			text: `Senator wins narrow primary.

A first-term senator won her primary by 400 votes on Tuesday, according to the state's count.

"We earned every one of them," she said.`,
			want: debris.Page{
				Title: "Senator wins narrow primary.",
				Paragraphs: []string{
					"A first-term senator won her primary by 400 votes on Tuesday, according to the state's count.",
					`"We earned every one of them," she said.`,
				},
			},
		},
		{
			name: "a dateline alone on its line is cut, and its agency is the source",
			text: `
OSLO, Norway (NTX) _

The government said Monday it would raise fuel taxes next year.

Opposition parties said the plan would hurt rural drivers.
`,
			want: debris.Page{
				Source: outlet("NTX"),
				Paragraphs: []string{
					"The government said Monday it would raise fuel taxes next year.",
					"Opposition parties said the plan would hurt rural drivers.",
				},
			},
		},
		{
			name: "a dateline alone on its line with a date stays in the text",
			text: `
BERGEN, March 4 (Nordwire) --

The city council voted on Tuesday to close the fish market on Sundays.
`,
			want: debris.Page{
				Source: outlet("Nordwire"),
				Paragraphs: []string{
					"BERGEN, March 4 (Nordwire) --",
					"The city council voted on Tuesday to close the fish market on Sundays.",
				},
			},
		},
		{
			name: "short body lines and a quote on its own line stay body",
			text: `Council delays vote on harbour wall

By Enid Farrow
May 2, 2025

The council delayed its vote on the harbour wall on Thursday.

“Not yet.”

That was all the mayor would say.

It was the third delay this year.`,
			want: debris.Page{
				Title:     "Council delays vote on harbour wall",
				Authors:   people("Enid Farrow"),
				Published: "2025-05-02",
				Paragraphs: []string{
					"The council delayed its vote on the harbour wall on Thursday.",
					"“Not yet.”",
					"That was all the mayor would say.",
					"It was the third delay this year.",
				},
			},
		},
		{
			name: "stamp with a byline after it above the headline",
			text: `Posted on May 4, 2025 by Greta Holmqvist

How to Keep Basil Growing Through Summer

Basil bolts quickly in hot weather, but pinching the tips every week keeps the plants bushy for months.

Water in the morning.

Leave a comment`,
			want: debris.Page{
				Title:     "How to Keep Basil Growing Through Summer",
				Authors:   people("Greta Holmqvist"),
				Published: "2025-05-04",
				Paragraphs: []string{
					"Basil bolts quickly in hot weather, but pinching the tips every week keeps the plants bushy for months.",
					"Water in the morning.",
				},
			},
		},
		{
			name: "title-case section; name and job title without a comma; clock before the date; author note without a header",
			text: `Opinion
Why the Valley Needs a Second Bridge
Commuters lose an hour a day to one crossing.
Ana Ruiz Transport columnist
Updated 10:15 AM EST, Sun March 1, 2026
Share

The bridge was built for a town of 8,000 people, and 40,000 now live here.

Ana Ruiz is a columnist who writes about transport.`,
			want: debris.Page{
				Title:       "Why the Valley Needs a Second Bridge",
				Description: "Commuters lose an hour a day to one crossing.",
				Authors:     people("Ana Ruiz"),
				Modified:    "2026-03-01T10:15:00-05:00",
				Paragraphs:  []string{"The bridge was built for a town of 8,000 people, and 40,000 now live here."},
			},
		},
		{
			name: "outlet on its own line under the byline; agency photo credit; contact line",
			text: `Harbour Dredging Plan Wins Approval

By Ana Ruiz
The Coastal Courier
March 6, 2026

The harbour commission approved a plan on Wednesday to dredge the main channel.
A dredger at work in the outer harbour.
Getty Images

Fishermen said the silt had made the channel unsafe.

Contact Ana Ruiz at aruiz@courier.example.`,
			want: debris.Page{
				Title:     "Harbour Dredging Plan Wins Approval",
				Authors:   people("Ana Ruiz"),
				Source:    outlet("The Coastal Courier"),
				Published: "2026-03-06",
				Paragraphs: []string{
					"The harbour commission approved a plan on Wednesday to dredge the main channel.",
					"Fishermen said the silt had made the channel unsafe.",
				},
			},
		},
		{
			name: "special-to byline; listen button; combined ad line; contributor note; share-via line",
			text: `Folding bike sales slow as prices stay high

By Kenji Mori, Special to the Tribune
March 2, 2026, 7:00 a.m.
Listen to this article

Sales of folding bikes fell in the last three months of 2025, according to a trade group.

Advertisement - Scroll to continue

Most buyers said they would not pay more than $1,000.

Tribune writer Ana Ruiz contributed to this report.

Share via: Email Facebook X`,
			want: debris.Page{
				Title:     "Folding bike sales slow as prices stay high",
				Authors:   people("Kenji Mori"),
				Source:    outlet("Tribune"),
				Published: "2026-03-02",
				Paragraphs: []string{
					"Sales of folding bikes fell in the last three months of 2025, according to a trade group.",
					"Most buyers said they would not pay more than $1,000.",
				},
			},
		},
		{
			name: "the agency on its own line under the byline; kicker label; handle and author note at the foot",
			text: `Breaking News
Farmers drive tractors into the capital over water limits

By Ana Ruiz and Ben Cole
Meridian
March 3, 2026 · 4 min read

Hundreds of farmers drove tractors into the capital on Tuesday to protest limits on irrigation.

Ana Ruiz is a reporter based in Madrid.

Follow Ana on Instagram @anaruiz`,
			want: debris.Page{
				Title:              "Farmers drive tractors into the capital over water limits",
				Authors:            people("Ana Ruiz", "Ben Cole"),
				Source:             outlet("Meridian"),
				Published:          "2026-03-03",
				ReadingTimeMinutes: 4,
				Paragraphs:         []string{"Hundreds of farmers drove tractors into the capital on Tuesday to protest limits on irrigation."},
			},
		},
		{
			name: "paragraphs broken at a fixed width are joined again",
			text: `Ferry fares to rise for the first time in a decade

By Ana Ruiz
March 3, 2026

Ferry fares on the island routes will rise by a tenth in July,
the operator said on Tuesday, the first increase since 2016 and
one that islanders say they cannot afford.

"We have held prices for as long as we could," the operator's
chief executive said.`,
			want: debris.Page{
				Title:     "Ferry fares to rise for the first time in a decade",
				Authors:   people("Ana Ruiz"),
				Published: "2026-03-03",
				Paragraphs: []string{
					"Ferry fares on the island routes will rise by a tenth in July, the operator said on Tuesday, the first increase since 2016 and one that islanders say they cannot afford.",
					`"We have held prices for as long as we could," the operator's chief executive said.`,
				},
			},
		},
		{
			name: "stamp first, then the headline, then the byline",
			text: `March 3, 2026

Ferry operator cuts winter sailings

By Ana Ruiz

The island ferry will sail twice a day instead of four times from November, its operator said on Tuesday.`,
			want: debris.Page{
				Title:      "Ferry operator cuts winter sailings",
				Authors:    people("Ana Ruiz"),
				Published:  "2026-03-03",
				Paragraphs: []string{"The island ferry will sail twice a day instead of four times from November, its operator said on Tuesday."},
			},
		},
		{
			name: "a breadcrumb of generic steps names no outlet",
			text: `Home › News › Local

Council approves two new bus routes

By Ana Ruiz
May 3, 2025

The council approved two new bus routes on Thursday after a year of complaints from riders.`,
			want: debris.Page{
				Title:      "Council approves two new bus routes",
				Authors:    people("Ana Ruiz"),
				Published:  "2025-05-03",
				Paragraphs: []string{"The council approved two new bus routes on Thursday after a year of complaints from riders."},
			},
		},
		{
			name: "a section label before a bar in the headline; a guest column by line; a bio with no header",
			text: `The Harbour Gazette

Analysis | Why the port needs its new breakwater

Guest column by Tomasz Wierzba
May 3, 2025

Every winter storm now reaches the north quay, and the old breakwater was never built for them.

Tomasz Wierzba is a civil engineer and a former harbour pilot.`,
			want: debris.Page{
				Title:      "Why the port needs its new breakwater",
				Authors:    people("Tomasz Wierzba"),
				Source:     outlet("The Harbour Gazette"),
				Published:  "2025-05-03",
				Paragraphs: []string{"Every winter storm now reaches the north quay, and the old breakwater was never built for them."},
			},
		},
		{
			name: "a wire byline with the name in capitals glued to the agency; an update stamp with the clock first",
			text: `Port fees rise for the first time in a decade

By MARTA SOLIS Associated Press
Updated 3:40 PM EST, Tue March 4, 2025

HULL, England (AP) — The port raised its fees on Tuesday for the first time since 2015.

The Associated Press contributed to this report.`,
			want: debris.Page{
				Title:      "Port fees rise for the first time in a decade",
				Authors:    people("Marta Solis"),
				Source:     outlet("Associated Press"),
				Modified:   "2025-03-04T15:40:00-05:00",
				Paragraphs: []string{"The port raised its fees on Tuesday for the first time since 2015."},
			},
		},
		{
			name: "reporting and editing credits as the byline; a stamp glued together; the outlet's standards at the foot",
			text: `Home » Business » Shipping

Port fees rise for the first time in a decade

Reporting by Ines Moreau; Editing by Carl Brandt

3 minute read
March 2, 20269:15 AM GMTUpdated 3 hours ago

The port raised its fees on Monday for the first time since 2015.

Our Standards: The Harbour Trust Principles.`,
			want: debris.Page{
				Title:              "Port fees rise for the first time in a decade",
				Authors:            people("Ines Moreau"),
				Published:          "2026-03-02T09:15:00Z",
				ReadingTimeMinutes: 3,
				Paragraphs:         []string{"The port raised its fees on Monday for the first time since 2015."},
			},
		},
		{
			name: "the wire's name before the stamp; posted by with the stamp after",
			text: `Shipping
Port fees rise again
AFP | Mon, Mar 2, 2026, 9:15 AM
The port raised its fees on Monday for the second time this year.`,
			want: debris.Page{
				Title:      "Port fees rise again",
				Source:     outlet("AFP"),
				Published:  "2026-03-02",
				Paragraphs: []string{"The port raised its fees on Monday for the second time this year."},
			},
		},
		{
			name: "posted by a name on a date, a photo label over its caption",
			text: `Port fees rise again

Posted by Ruth Okafor on March 2, 2026 at 9:15 am

Photo illustration
A crane at the north quay. (Harbour Photos)

The port raised its fees on Monday for the second time this year.`,
			want: debris.Page{
				Title:      "Port fees rise again",
				Authors:    people("Ruth Okafor"),
				Published:  "2026-03-02",
				Paragraphs: []string{"The port raised its fees on Monday for the second time this year."},
			},
		},
		{
			name: "the outlet after a bar in the headline; an outlet line with the writer's place; an embedded post",
			text: `Ferry fares rise for the first time in a decade | The Harbour Gazette

Ana Ruiz
Harbour News, Hull

Ferry fares will rise by a tenth in July, the operator said on Friday.

"We held them for ten years," the operator said.

Fares are going up again and nobody asked us
— Hull Islanders (@hullislanders) March 4, 2025

The new fares start on July 1.`,
			want: debris.Page{
				Title:   "Ferry fares rise for the first time in a decade",
				Authors: people("Ana Ruiz"),
				Source:  outlet("Harbour News"),
				Paragraphs: []string{
					"Ferry fares will rise by a tenth in July, the operator said on Friday.",
					"\"We held them for ten years,\" the operator said.",
					"The new fares start on July 1.",
				},
			},
		},
		{
			name: "a press release: the wire between slashes, a dated dateline, the source line at the foot",
			text: `HULL, England, March 4, 2025 /PRNewswire/ -- Harbour Tech Inc. today announced a ferry booking app.

The app is available now.

SOURCE Harbour Tech Inc.`,
			want: debris.Page{
				Source:     outlet("PRNewswire"),
				Published:  "2025-03-04",
				Paragraphs: []string{"Harbour Tech Inc. today announced a ferry booking app.", "The app is available now."},
			},
		},
		{
			name: "a blog's foot: likes, filing line, reply form, post links",
			text: `Harbour budget approved

Ana Ruiz | Staff Writer
Tuesday, March 4th 2025

The council approved the harbour budget late on Monday after a six-hour debate.

Like this:
Like Loading...
Posted in News | Tagged budget, harbour
Leave a Reply
Cancel reply
Previous Post
Next Post`,
			want: debris.Page{
				Title:      "Harbour budget approved",
				Authors:    people("Ana Ruiz"),
				Published:  "2025-03-04",
				Paragraphs: []string{"The council approved the harbour budget late on Monday after a six-hour debate."},
			},
		},
		{
			name: "empty paste",
			text: "\n\n  \n",
			want: debris.Page{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := debris.Parse(tc.text, tc.opts)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClassify checks labels that depend on a line's neighbours.
func TestClassify(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []debris.Label
	}{
		{
			name:  "a bare name under a headline is a byline",
			lines: []string{"Storm closes ferry routes", "Kirsti Valo", "May 3, 2025", "", "Ferries stayed in port on Saturday as gales swept the coast."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Blank, debris.Body},
		},
		{
			name:  "the same bare name inside the body is body",
			lines: []string{"Ferries stayed in port on Saturday as gales swept the coast, and the operator said sailings would resume on Monday if the wind dropped.", "", "Kirsti Valo", "", "She runs the ticket office."},
			want:  []debris.Label{debris.Body, debris.Blank, debris.Body, debris.Blank, debris.Body},
		},
		{
			name:  "a date alone inside the body is body",
			lines: []string{"Ferries stayed in port on Saturday as gales swept the coast, and the operator said sailings would resume soon.", "May 3, 2025", "The next storm is due on Tuesday."},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body},
		},
		{
			name:  "a title-case section label above a headline with metadata",
			lines: []string{"Opinion", "Why the Ferry Timetable Needs a Rethink", "By Ana Ruiz", "May 3, 2025", "The timetable was written for a town that no longer exists, and everyone who waits at the quay knows it."},
			want:  []debris.Label{debris.Section, debris.Headline, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "an outlet's name in Title Case above a headline with metadata",
			lines: []string{"The Harbour Gazette", "Ferry Fares Rise for the First Time in a Decade", "By Ana Ruiz", "May 3, 2025", "Ferry fares will rise by a tenth in July, the operator said on Friday, the first increase since 2015."},
			want:  []debris.Label{debris.Masthead, debris.Headline, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "caption and credit labels inside the body; notes at the foot",
			lines: []string{"Long queues returned to filling stations across the city on Friday as depots ran short of petrol.", "Caption: Motorists wait at a filling station.", "Photo by Tunde Bello / Lagos Daily Times", "Caption: A tanker at the depot gate.", "The depot gate at dawn. (Tunde Bello/Lagos Daily Times)", "The regulator said supplies would improve next week.", "About the author: Chidi Okeke covers energy.", "Originally published on Lagos Daily Times.", "Have a tip? Email tips@lagos.example"},
			want:  []debris.Label{debris.Body, debris.Caption, debris.Credit, debris.Caption, debris.Caption, debris.Body, debris.Bio, debris.Chrome, debris.Chrome},
		},
		{
			name:  "no headline: a name-bar-outlet line over a stamp",
			lines: []string{"Dana Whitcombe | Prairie Ledger", "Published: Mar. 4, 2025, 8:15 a.m. CT", "A county judge on Monday ordered a quarry to stop blasting within a mile of a school."},
			want:  []debris.Label{debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "no headline: a capitals name over a role line and a stamp",
			lines: []string{"MAIRI ODUYA", "Football Correspondent, The Northern Post", "9 March 2025, 5:40pm", "Harlow beat Denby 2-1 on Saturday with a late header from their captain."},
			want:  []debris.Label{debris.Byline, debris.Role, debris.Stamp, debris.Body},
		},
		{
			name:  "no headline: a dek over a By line",
			lines: []string{"Samples thawed in a laboratory began to grow again within a few weeks, the team from the university said.", "By Lena Haugland", "May 6, 2025", "Moss buried under a glacier for 400 years has grown again in a laboratory."},
			want:  []debris.Label{debris.Dek, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "a short Title Case headline over an account label is a headline, not a name",
			lines: []string{"Storm Closes Ferry Routes", "Editor", "3 min read", "Ferries stayed in port on Saturday as gales swept the coast."},
			want:  []debris.Label{debris.Headline, debris.Account, debris.Badge, debris.Body},
		},
		{
			name:  "a breadcrumb split by bars above the headline",
			lines: []string{"News | Local | Politics", "Council approves two new bus routes", "By Ana Ruiz", "May 3, 2025", "The council approved two new bus routes on Thursday after a year of complaints from riders."},
			want:  []debris.Label{debris.Breadcrumb, debris.Headline, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "a short first paragraph under the metadata is body, not a caption",
			lines: []string{"Ferry fares to double", "By Ana Ruiz", "May 3, 2025", "Ferry fares on the island routes will double from July.", "The operator blamed fuel costs and a new pier fee, and islanders who cross daily to work on the mainland said they would struggle."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Body, debris.Body},
		},
		{
			name:  "a Discussion subheading near the end is body",
			lines: []string{"The team tagged 48 bats and followed them for three months across the ridges of the north.", "Discussion", "The authors said the results held for one species only.", "Share"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body, debris.Chrome},
		},
		{
			name:  "body lines that begin like chrome words stay body",
			lines: []string{"The committee met for three hours on Monday and heard from forty residents.", "Topics such as parking and noise came up again and again.", "Copyright lawyers for the festival said they would respond.", "Officials will give a briefing on Friday.", "Video shows the moment the barrier gave way.", "Produced by the county's water office, the report found leaks in every district.", "Later, she said. Photos of the damage spread online"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body, debris.Body, debris.Body, debris.Body, debris.Body},
		},
		{
			name:  "readers' comments under a comment counter",
			lines: []string{"The council approved two new bus routes on Thursday after a year of complaints from riders.", "Comments (2)", "JohnD: About time!", "Mary K: Will it run on Sundays?"},
			want:  []debris.Label{debris.Body, debris.Chrome, debris.Chrome, debris.Chrome},
		},
		{
			name:  "a subheading right under the metadata is body",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Background", "Harbour fees will rise by a tenth in July, the port said on Friday, the first rise since 2015."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Body, debris.Body},
		},
		{
			name:  "a list without bullets at the end of the body, over a share bar",
			lines: []string{"The festival returns to the quay for two days in August, organizers said Tuesday.", "The lineup:", "Friday: The Cole Street Trio", "Saturday: Maren Holt", "Share"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body, debris.Body, debris.Chrome},
		},
		{
			name:  "a subheading shaped like a list header, over a paragraph, is body",
			lines: []string{"Trains were cancelled across the region on Monday after a signal failure near the main station.", "More delays", "Engineers said repairs would take until Wednesday at the earliest.", "Share"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body, debris.Chrome},
		},
		{
			name:  "a results table inside the body",
			lines: []string{"Varga won the marathon on Sunday in a course record, ahead of two runners from Kenya.", "Results:", "1. Eszter Varga (HUN) 2:21:04", "2. Mary Kiptoo (KEN) 2:22:10", "3. Ann Wanjiru (KEN) 2:22:58", "Varga said she would race again in the autumn."},
			want:  []debris.Label{debris.Body, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a chart title without a label, over its source",
			lines: []string{"Oat prices have fallen by a third since the autumn, traders said on Monday.", "Oat futures, dollars per bushel", "Source: exchange data", "Millers said the fall would reach shops by summer."},
			want:  []debris.Label{debris.Body, debris.Caption, debris.Credit, debris.Body},
		},
		{
			name:  "columns split by tabs",
			lines: []string{"The council published the figures on Monday, and they show a clear fall in every ward.", "Ward\t2024\t2025", "North\t412\t388", "South\t390\t351", "The council said the fall was welcome."},
			want:  []debris.Label{debris.Body, debris.Chrome, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "an editor credit and a reporting credit at the foot",
			lines: []string{"Ferries stayed in port on Saturday as gales swept the coast, and the operator said sailings would resume soon.", "Reporting by Ana Ruiz; Editing by Li Wei"},
			want:  []debris.Label{debris.Body, debris.Credit},
		},
		{
			name:  "a wire photo caption inside the body",
			lines: []string{"Ferries stayed in port on Saturday as gales swept the coast, and the operator said sailings would resume soon.", "FILE - A ferry leaves the harbour in 2021.", "The operator said sailings would resume soon."},
			want:  []debris.Label{debris.Body, debris.Caption, debris.Body},
		},
		{
			name:  "an author note at the foot names the byline's author",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Harbour fees will rise by a tenth in July, the port said on Friday.", "Ana Ruiz is a business reporter based in Hull."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Body, debris.Bio},
		},
		{
			name:  "an audio player and an in-page box between the metadata and the body",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Listen to this story · 4 min", "On this page:", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a player with a clock length and a bare media label over a caption with a glued credit",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Play audio 3:12", "Photo", "Cranes at the north quay.Credit...Harbour Board", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Chrome, debris.Chrome, debris.Caption, debris.Body},
		},
		{
			name:  "no headline: a By line, the outlet alone, a lone dash",
			lines: []string{"By Ana Ruiz and Li Wei", "NBC", "—", "Harbour fees will rise by a tenth in July, the port said on Friday, the first rise since 2015."},
			want:  []debris.Label{debris.Byline, debris.Byline, debris.Chrome, debris.Body},
		},
		{
			name:  "a lone rule above the headline is no headline",
			lines: []string{"* * *", "Harbour fees to rise", "By Ana Ruiz", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Chrome, debris.Headline, debris.Byline, debris.Body},
		},
		{
			name:  "an agency credit that opens its block, over its caption",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "", "AFP via Getty Images", "Dockers unload a ship at the north quay.", "", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Body, debris.Blank, debris.Credit, debris.Caption, debris.Blank, debris.Body},
		},
		{
			name:  "a caption under its credit, over a shorter paragraph",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "", "AFP via Getty Images", "Dockers unload a ship at the north quay in May.", "", "Fees rise in July."},
			want:  []debris.Label{debris.Body, debris.Blank, debris.Credit, debris.Caption, debris.Blank, debris.Body},
		},
		{
			name:  "a photograph label under the byline is no outlet",
			lines: []string{"Harbour fees to rise", "Written by Ana Ruiz on 13 February 2026", "Photograph", "Cranes stand idle at the port. (Harbour Photos)", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Chrome, debris.Caption, debris.Body},
		},
		{
			name:  "a credit at the end of its block keeps the caption above",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "", "Dockers unload a ship at the north quay.", "Photo: Ana Ruiz", "", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Body, debris.Blank, debris.Caption, debris.Credit, debris.Blank, debris.Body},
		},
		{
			name:  "foot lines: a contact line, the outlet's standards, a list header",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "The port said the money would pay for a new breakwater.", "Reach Ana Ruiz at 555-0199 or ana@harbour.example.", "Our Editorial Standards: how the Gazette checks its facts", "Popular Articles"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Chrome, debris.Chrome, debris.Chrome},
		},
		{
			name:  "a reporter who can be reached, and a list of suggested reads",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "The port said the money would pay for a new breakwater.", "Ana Ruiz can be reached at 555-0199.", "Suggested Reads", "Why the tide came in so high"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Chrome, debris.Chrome, debris.Chrome},
		},
		{
			name:  "buttons, counts, a translation link and tickers between the metadata and the body",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Leer en español", "Share full article", "128", "Link Copied!", "Translate", "3:12", "HG=F", "+1.20%", "Save articles to read later and create your own reading list.", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a follow button and a dot among the metadata; a capitals subheading under it stays body",
			lines: []string{"Harbour fees to rise", "Ana Ruiz", "Follow", "4 min read", "·", "May 3, 2025", "BACKGROUND", "Harbour fees will rise by a tenth in July, the port said on Friday, the first rise since 2015."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Chrome, debris.Badge, debris.Chrome, debris.Stamp, debris.Body, debris.Body},
		},
		{
			name:  "a numbered gallery caption and a wire credit at a caption's end",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "Item 1 of 3 Dockers unload a ship at the north quay, May 2, 2025. REUTERS/Ana Ruiz Purchase Licensing Rights", "[2/3] A crane at the quay.", "Cranes stand idle at the north quay, May 2, 2025. AFP/Ben Cole", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Body, debris.Caption, debris.Caption, debris.Caption, debris.Body},
		},
		{
			name:  "foot lines: a long credit line, a source note that makes no caption of the last paragraph",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "The port said the money would pay for a new breakwater.", "Reporting by Ana Ruiz in Hull; Additional reporting by Li Wei in London; Editing by Ben Cole", "Source: Harbour Gazette and news agencies"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Credit, debris.Credit},
		},
		{
			name:  "foot lists: a topics header over its topics, a you-may-like header over its links, a tip line",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "The port said the money would pay for a new breakwater.", "Have a confidential tip for our reporters? Get in touch", "Explore more on these topics", "Shipping", "Hull", "", "You Might Like", "Doctors stunned by this one trick", "Reuse this content"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Blank, debris.Chrome, debris.Chrome, debris.Chrome},
		},
		{
			name:  "a dateline in normal case with the agency, alone on its line",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz, CNN", "May 3, 2025", "Hull CNN —", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Dateline, debris.Body},
		},
		{
			name:  "a radio player under a repeated name",
			lines: []string{"Harbour fees to rise", "Ana Ruiz", "Ana Ruiz", "Heard on Morning Edition", "3:45", "Listen · 3:45", "Download", "Embed", "Transcript", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Byline, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a By line at the foot heads nothing: the body stays body",
			lines: []string{"Harbour fees to rise", "", "Harbour fees will rise by a tenth in July, the port said on Friday.", "", "Fees rise in July.", "", "By Ana Ruiz"},
			want:  []debris.Label{debris.Headline, debris.Blank, debris.Body, debris.Blank, debris.Body, debris.Blank, debris.Byline},
		},
		{
			name:  "a caption with its credit over a byline with an address; a handle in brackets; a bare length",
			lines: []string{"Harbour fees to rise", "A crane at the quay. (Photo: Ben Cole)", "By Ana Ruiz | ana@harbour.example", "By Ana Ruiz (@anaruiz)", "Listen to article", "5 min", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Caption, debris.Byline, debris.Byline, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "membership and donation prompts inside and under the body; a body line about donations stays",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "Support independent local journalism. Become a member today.", "Residents donate food to the harbour bank every week.", "The port said the money would pay for a new breakwater.", "The Harbour Gazette is a nonprofit newsroom. Donate today to support our reporting.", "This content is only available to subscribers.", "The paper has 20,000 subscribers.", "Already a subscriber? Log in to read more."},
			want:  []debris.Label{debris.Body, debris.Chrome, debris.Body, debris.Body, debris.Chrome, debris.Chrome, debris.Body, debris.Chrome},
		},
		{
			name:  "a last line that says whom to call, or about our standards, is the article's",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "Call the harbour office at 555-0100 to book a mooring.", "Our standards of safety have not changed, the harbour master said."},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body},
		},
		{
			name:  "page furniture and an ad slot above the headline",
			lines: []string{"Skip to content", "Advertisement", "Harbour fees to rise", "By Ana Ruiz", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Chrome, debris.Ad, debris.Headline, debris.Byline, debris.Body},
		},
		{
			name:  "no headline: a caption with its credit first is no headline",
			lines: []string{"A crane at the quay. (Photo: Ben Cole)", "Harbour fees will rise by a tenth in July, the port said on Friday.", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Caption, debris.Body, debris.Body},
		},
		{
			name:  "foot notes: an unnamed author's note, a contributor with a job, a correction, a feedback line",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "Local residents contributed.", "The author is a retired harbour pilot.", "AP writer Ben Cole contributed from London.", "Correction: An earlier version of this story misstated the fee.", "Have feedback? Email us at letters@harbour.example"},
			want:  []debris.Label{debris.Body, debris.Body, debris.Bio, debris.Credit, debris.Chrome, debris.Chrome},
		},
		{
			name:  "an illustrator's credit among the metadata; an audio player's prompts",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "Illustration by Ben Cole", "March 4, 2025, 9 AM ET", "Press play to listen to this article", "Voiced by artificial intelligence.", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Credit, debris.Stamp, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a section word over a headline with no metadata",
			lines: []string{"World", "Harbour fees rise across Europe", "Harbour fees will rise by a tenth in July, ports said on Friday.", "The rise is the first since 2015."},
			want:  []debris.Label{debris.Section, debris.Headline, debris.Body, debris.Body},
		},
		{
			name:  "a picture's caption and credit above the headline",
			lines: []string{"A crane at the north quay. (Photo: Ben Cole)", "Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Caption, debris.Headline, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "the outlet's name in Title Case among the page's buttons above a section label",
			lines: []string{"Skip to main content", "Harbour Gazette", "Menu", "Search", "LOCAL NEWS", "Harbour fees to rise", "By Ana Ruiz", "Local Democracy Reporter", "May 3, 2025", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Chrome, debris.Masthead, debris.Chrome, debris.Chrome, debris.Section, debris.Headline, debris.Byline, debris.Account, debris.Stamp, debris.Body},
		},
		{
			name:  "an update stamp with a clock time and no date",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "Last updated 9:05 AM", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Body},
		},
		{
			name:  "a kicker over a headline with no metadata",
			lines: []string{"Fact Check", "Do harbour fees really rise every year?", "Harbour fees have risen in four of the past ten years, port records show.", "The rise this July is the largest since 2015."},
			want:  []debris.Label{debris.Section, debris.Headline, debris.Body, debris.Body},
		},
		{
			name:  "what an embedded post leaves in the body",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "View this post on Instagram", "A post shared by Hull Harbour (@hullharbour)", "Watch on YouTube", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Body, debris.Chrome, debris.Chrome, debris.Chrome, debris.Body},
		},
		{
			name:  "a stamp word alone over its stamp",
			lines: []string{"Harbour fees to rise", "Ana Ruiz", "Updated", "May 3, 2025", "Harbour fees will rise by a tenth in July, the port said on Friday."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Stamp, debris.Body},
		},
		{
			name:  "an ad's feedback link, a name-slash-outlet credit under its caption, a closed comment box, furniture, a set-off bio",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "", "Harbour fees will rise by a tenth in July, the port said on Friday.", "", "Ad Feedback", "", "Dockers at the north quay.", "Ana Ruiz/Harbour News", "", "The port said the money would pay for a new breakwater.", "", "— Ana Ruiz is a freelance writer in Hull.", "Email the author", "Comments are closed."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Blank, debris.Body, debris.Blank, debris.Ad, debris.Blank, debris.Caption, debris.Credit, debris.Blank, debris.Body, debris.Blank, debris.Bio, debris.Chrome, debris.Chrome},
		},
		{
			name:  "no blank lines: a credit with no caption under the first paragraph",
			lines: []string{"Harbour fees to rise", "By Ana Ruiz", "May 3, 2025", "Harbour fees will rise by a tenth in July, the port said on Friday.", "Photo courtesy of Harbour Board", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Headline, debris.Byline, debris.Stamp, debris.Body, debris.Credit, debris.Body},
		},
		{
			name:  "body lines that begin like the new chrome stay body",
			lines: []string{"Harbour fees will rise by a tenth in July, the port said on Friday.", "Listen to the dockers and you hear a different story about the fees.", "Contact with the port authority has been rare since the strike began in May.", "Call the harbour office at 555-0100 to book a mooring.", "Our standards of safety are the highest in the region, the harbour master said.", "The port said the money would pay for a new breakwater."},
			want:  []debris.Label{debris.Body, debris.Body, debris.Body, debris.Body, debris.Body, debris.Body},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := debris.Classify(tc.lines)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Classify mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLabelString(t *testing.T) {
	for l, want := range map[debris.Label]string{debris.Body: "body", debris.Byline: "byline", debris.PullQuote: "pullquote", debris.Chrome: "chrome", debris.Label(200): "label(200)"} {
		if got := l.String(); got != want {
			t.Errorf("Label(%d).String() = %q, want %q", l, got, want)
		}
	}
}
