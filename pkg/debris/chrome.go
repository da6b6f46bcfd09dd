package debris

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// adRe is an advertisement slot or a "story continues" line inside the body:
// "Advertisement", "ADVERTISEMENT", "Story continues below", "Story continues below
// advertisement", "Article continues after this ad", "Sponsored content".
var adRe = newLineRe(`(?i)^[^\p{L}]*(?:` + adPart + `)(?:\s*[-–—:|·•]\s*(?:` + adPart + `))?[^\p{L}]*$`)

const adPart = `advertisement|advertising|ad feedback|skip ad|sponsored(?: content)?|paid (?:content|post)|ad|(?:the )?(?:story|article|text) continues(?: below| after)?(?: (?:this |the )?(?:advertisement|ad))?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content| reading)?`

// linkLineRe is a link to another story inside or after the body: "Read more: Why oat
// prices fell", "READ MORE: ...", "See also: ...", "Related: ...", "Watch: ...".
var linkLineRe = newLineRe(`(?i)^(?:read more|read also|also read|see also|related(?: story| article)?|more|watch|listen|recommended|further reading|more coverage|don't miss|don’t miss)\s*[:|]\s*\S`)

// chartRe is a chart's or table's title or source line: "Chart: Quarterly profit, in
// millions", "Source: company filings", "Graphic: ...", "Table: ...".
var chartRe = newLineRe(`(?i)^(?:chart|graphic|graph|table|map|infographic|source|sources|data)\s*:\s*\S`)

// creditRe is a photo credit line: "Photo: Jana Prohaska", "Photograph: Granary News",
// "Credit: Ilka Varga", "Image: ...", "Photo by Ana Ruiz", "(Photo: ...)",
// "Image source, Getty Images", "Photo courtesy of the Harbour Board".
var creditRe = patterns{
	newLineRe(`(?i)^\(?(?:photo|image|picture)s?\s+courtesy(?:\s+of)?\s+\S.{0,60}$`),
	newLineRe(`(?i)^\(?(?:photo|photos|photograph|photography|image|images|picture|pictures|illustration|video|credit|credits|photo credit|image credit|image source|image caption|courtesy)(?:\s+by\s+|\s*[:,]\s*)\S.{0,80}$|^\(?courtesy of\s+\S.{0,60}$`),
}

// slashCreditRe is a credit of the "Name/Agency" shape: "Ilka Varga/State Archaeological
// Survey", "AP Photo/Jane Doe".
var slashCreditRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\- ]{1,40}/\s?\p{Lu}[\p{L}.'’&\- ]{1,50}$`)

// agencyCreditRe is a photo credit naming a picture agency: "Getty Images", "AFP via Getty
// Images", "Ana Ruiz/AP Photo", "PA Media".
var agencyCreditRe = regexp.MustCompile(`(?i)(?:getty images|afp|ap photo|shutterstock|alamy|epa(?:-efe)?|pa media|pa wire|reuters|bloomberg|associated press|istock(?:photo)?)\s*\)?$`)

// contributedRe is a note that other reporters helped: "Associated Press writer Ana Ruiz
// contributed to this report."
var contributedRe = regexp.MustCompile(`(?i)\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\.?$`)

// labelledCaption reports whether t is a caption by its label or its numbering ("FILE -
// …", "Caption: …", "Item 1 of 3 …", "[2/5] …"), or one that ends with a wire picture's
// credit ("… REUTERS/Ana Ruiz"). The first character and a slash are the cheap tests.
func labelledCaption(t string) bool {
	if t == "" {
		return false
	}
	if strings.IndexByte("FPICSfpics[", t[0]) >= 0 && (fileCaptionRe.MatchString(t) || gallerySlideRe.MatchString(t)) {
		return true
	}
	return strings.Contains(t, "/") && wireCreditTailRe.MatchString(tailOf(t, 160))
}

// endsWithCredit reports whether t is a caption that ends with its credit
// (inlineCreditRe). Each of its shapes needs a bracket or a credit word.
func endsWithCredit(t string) bool {
	if !strings.Contains(t, "(") && !containsFold(t, "photo") && !containsFold(t, "credit") &&
		!containsFold(t, "image") && !containsFold(t, "picture") && !containsFold(t, "illustration") {
		return false
	}
	return inlineCreditRe.MatchString(tailOf(t, 200))
}

// contributed reports whether t ends with a contributors' note (contributedRe).
func contributed(t string) bool {
	return containsFold(t, "contributed") && (contributedRe.MatchString(tailOf(t, 80)) || contributorRe.MatchString(t))
}

// contributorRe is a contributors' note that names the helper's job: "AP writer Ben Cole
// contributed from London.", "Reuters correspondent Li Wei contributed reporting."
// "Local residents contributed." names none and is a line of the article.
var contributorRe = regexp.MustCompile(`(?i)\b(?:writers?|reporters?|correspondents?|journalists?|staffers?|photographers?|producers?)\b[^.]{0,80}\bcontributed\b[^.]{0,60}\.?$`)

// hasLink reports whether t holds an e-mail or web address or a handle (linkRe).
func hasLink(t string) bool {
	return (strings.Contains(t, "@") || containsFold(t, "http") || containsFold(t, "www.") || hasPrefixFold(t, "follow ")) && linkRe.MatchString(t)
}

// inlineCreditRe is a caption line that ends with its credit: "The hull still shows the
// marks. Credit: Ilka Varga", "A tram in testing. (Photo: Ana Ruiz)", "The pier at dawn.
// (Ana Ruiz/The Courier)", "Loaves cool on a rack. (Harbour Photos)", and the credit glued
// on with dots: "A ship in the ice.Credit...Polar Institute".
var inlineCreditRe = regexp.MustCompile(`(?i)(?:(?:[.!?”"]\s*|\s\()(?:photo|photograph|image|picture|credit|illustration)s?(?:\s+by\s+|\s+credit\s*:?\s*|\s*:\s*|\s*(?:\.{2,}|…)\s*)[^.]{2,60}\)?|\s\([^()]*\b(?:photos?|photographs?|images?|credit|courtesy)\b[^()]*\)\.?|[.!?]\s+\(\p{Lu}[^()/]{1,40}/[^()]{1,50}\)\.?)\s*$`)

// fileCaptionRe is a labelled photo caption: "FILE - Protesters gather outside…", "FILE
// PHOTO: The plant in 2019.", "Caption: Motorists wait at a filling station."
var fileCaptionRe = newLineRe(`^(?:(?:FILE(?: PHOTO)?|PHOTO|IMAGE)\s*[-–—:]|(?i:caption|image caption|photo caption)\s*:)\s+\S`)

// tailNoteRe is a note under the article about where it first ran, how to reach the
// newsroom, or the outlet's rules: "This article was originally published by …", "Have a
// news tip? Email …", "Our Standards: The Harbour Trust Principles.", "Editorial
// standards".
var tailNoteRe = patterns{
	newLineRe(`(?i)^(?:this (?:article|story|report|piece|post) (?:was|has been|is|first|originally|appeared)|(?:originally|first) (?:published|appeared) (?:on|in|by)\b|this is a (?:developing|breaking) (?:story|news story)|a version of this (?:article|story)|click here|contact (?:the|this) (?:author|reporter|writer))`),
	newLineRe(`(?i)^(?:have an? (?:[\p{L}-]+ ){0,2}tip|have (?:feedback|a question|questions|a story idea)\b|(?:correction|clarification)s?\s*:|send us (?:a|your) (?:[\p{L}-]+ )?tips?|got a (?:[\p{L}-]+ )?tip` +
		`|our (?:editorial )?(?:standards|principles|ethics|policies|policy|guidelines)\s*(?::|$)|(?:editorial|ethics|corrections?|privacy|comments?) (?:standards|policy|policies|guidelines)\b)`),
}

// contactRe is a line that says how to reach the writer or the newsroom: "Contact Ana Ruiz
// at 555-0142.", "Reach the reporter at ana@courier.example", "Email Ana Ruiz at …", "Ana
// Ruiz can be reached at 555-0142 or on X.", "Write to us at letters@…". The one reached
// is a person, a pronoun or the newsroom: "Call the library at 555-0100 to book a seat."
// is a line of the article.
var contactRe = newLineRe(`^(?:(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)\s+(?:the (?:author|reporter|writer|newsroom|editors?)|us|me|him|her|them|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:at|on|via|by)\s+\S` +
	`|(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}|She|He|They)\s+(?:can|may) be (?:reached|contacted|emailed)\b)`)

// linkRe is an e-mail address or a web address.
var linkRe = regexp.MustCompile(`(?i)\b[\w.+-]+@[\w-]+\.[\w.]+|https?://|\bwww\.|(?:^|\s)@\w{2,}|^follow .{1,40} on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|mastodon)\b`)

// captionUIRe is the text of an image widget: "Enlarge this image", "toggle caption",
// "hide caption", "View image in fullscreen", "Expand image", and the bare label a page
// puts over a picture's caption: "Image", "Photo", "Photo illustration", "Video".
var captionUIRe = newLineRe(`(?i)^(?:enlarge this image|toggle caption|hide caption|show caption|view image in full ?screen|expand image|open image in gallery|click to enlarge|tap to expand|image \d+ of \d+|\d+ of \d+|(?:photo|photograph|image|picture|video|graphic|illustration|gallery|slideshow)s?(?: illustration)?)$`)

// audioRe is an audio player's label, with or without its length: "Listen to this article
// · 5 min", "Listen (4 min)", "Play audio 3:12", "Hear this story", "Listen now · 6:05".
var audioRe = newLineRe(`(?i)^(?:listen|play|hear|audio)(?:\s+(?:to|now|the|this|article|story|piece|audio|version|narrated|here)){0,4}` +
	`(?:\s*[·•|:(\-–—]?\s*(?:\d{1,3}\s*(?:min|mins|minutes?)\.?|\d{1,2}:\d{2}(?::\d{2})?)\)?)?$`)

// shareRe is a share bar: "Share", "Share this article", "Share This Article", "Share this
// story", "Share via WhatsApp | Share on LinkedIn | Copy link", and the lone network names under it.
var shareRe = newLineRe(`(?i)^(?:share(?:\s+(?:this|the)\s+(?:article|story|page|post))?(?:\s+on\s+.*)?|share\s*[:|].*|share (?:via|with|to|on|this)\b[^.]{0,60}|print this (?:article|page|story)|share (?:the )?full (?:article|story)|facebook|twitter|x|email|e-mail|copy link|copy url|whatsapp|linkedin|print|reddit|pinterest|telegram|messenger|threads|bluesky|mastodon|flipboard|save|gift(?: this)? article|listen to this (?:article|story|piece)|follow(?: us)?)$`)

// tagsRe is a tag or topic list, or its header: "Tags: composting, trash", "Filed under:
// Education", "Topics:", "Tags", "Suggested Topics:", "See more on: Ferries", "Explore
// more on these topics", "More about".
var tagsRe = newLineRe(`(?i)^(?:(?:(?:suggested|related|more|popular|other|similar|trending|key|explore)\s+)?(?:tags|topics|subjects|categories)|tagged|filed under|filed in|category|keywords|more about|(?:see|read|explore|find|discover) more (?:on|about|from|in)(?: (?:these|this|the) (?:topics?|subjects?|stories|story))?|explore more)\s*(?::.*)?$`)

// copyrightRe is a copyright line: "© 2025 Ashgrove Standard. All rights reserved.",
// "Copyright © 2025 Granary Business News Ltd", "© Stourleigh Chronicle 2025".
var copyrightRe = newLineRe(`(?i)^(?:©|\(c\)\s)|^copyright\b.*(?:\d{4}|©|all rights reserved)`)

// commentsRe is a comment counter or prompt: "Comments (23)", "12 comments", "Comments",
// "Leave a comment", "View 58 comments", "Join the conversation". A bare "Discussion" is a
// subheading.
var commentsRe = newLineRe(`(?i)^(?:(?:view|show|read|see|hide|load)\s+(?:all\s+)?(?:\d+\s+)?comments?|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|(?:join|start) the (?:conversation|discussion)|(?:leave|add|post) a (?:comment|reply)|\d+\s+(?:conversation|discussion)s?|(?:conversation|discussion)\s*\(\d+\)|comments (?:are|have been) closed\.?|(?:sign|log) in to (?:comment|reply|join the (?:conversation|discussion)))\s*$`)

// listHeaderRe heads a list of links after the body: "Related:", "Related Stories",
// "Related links", "More on this story", "More rugby", "Most read", "You may also like",
// and any "Recommended Stories", "Popular Articles", "Suggested Reads".
var listHeaderRe = patterns{
	newLineRe(`(?i)^(?:related(?:\s+\w+)?|read more|read also|also read|see also|more on this(?: story| topic)?|more from [\p{L} ]{1,30}|more in [\p{L} ]{1,30}|more \p{L}+|most (?:read|popular|viewed|shared)|recommended(?: for you)?|editor'?s'? picks|top picks|must reads?|also in [\p{L} ]{1,30}|trending(?: now)?|read next|what to read next|latest(?: news| stories)?|top stories|in other news|elsewhere)\s*:?\s*$`),
	newLineRe(`(?i)^(?:(?:recommended|related|popular|trending|suggested|featured|similar|latest|top|more|other|editors'?’?s?'? picks?|must[- ]read|sponsored|promoted|partner)\s+(?:stories|articles|reads|reading|news|posts|videos|content|links|coverage|headlines)` +
		`|you (?:may|might) (?:also )?(?:like|enjoy)|around the web|from the web|from our partners|more to explore|don'?’?t miss|read this next|up next|keep reading)(?:\s+by\s+\p{L}+)?\s*:?\s*$`),
}

// furnitureRe is a lone button or form label: "Report an error", "Sign up", "Subscribe",
// "Enter your email address", "Back to top"; or the head of an in-page box: "In this
// article:", "On this page", "Jump to:", "Companies in this story".
var furnitureRe = patterns{
	newLineRe(`(?i)^(?:report an error|report a correction|report a typo|sign up|sign up now|sign in|log in|subscribe|subscribe now|enter your email(?: address)?|email address|your email|back to top|skip to content|advertise with us|contact us|privacy policy|terms of use|cookie settings|all rights reserved\.?|learn more|see more|show more|load more|read more|email (?:the )?(?:author|reporter|writer|editor)|(?:submit|suggest) a (?:correction|tip|letter)|report an? (?:issue|problem|mistake))$`),
	// What an embedded post leaves in a paste: "View this post on Instagram", "A post
	// shared by Ana Ruiz (@anaruiz)", "Watch on YouTube", "Click to expand", "Open in app".
	newLineRe(`(?i)^(?:view (?:this|the) (?:post|photo|video|reel|profile) on (?:instagram|tiktok|facebook|x|twitter|threads|youtube)|an? (?:post|photo|video) shared by .{1,60}|watch on (?:youtube|vimeo|tiktok)|click to expand|open in (?:the )?app|pic\.twitter\.com/\S+)\.?$`),
	// The furniture of a blog's foot: "Like this:", "Like Loading...", "Cancel reply",
	// "Previous Post", "Next article", "← Older posts", "Newer posts →".
	newLineRe(`(?i)^(?:like this:?|like loading\.*|loading\.*|be the first to like this\.?|cancel reply|leave a (?:reply|comment)|post navigation|(?:previous|next|older|newer)(?: (?:post|article|story|entry|page|posts|entries|articles|stories))?)$`),
	newLineRe(`^(?:[←‹]\s.{1,80}|.{1,80}\s[→›])$`),
	newLineRe(`(?i)^(?:reuse this content|republish this (?:article|story)|reprints?(?: (?:and|&) permissions)?|purchase licensing rights|licensing|terms and privacy policy|privacy dashboard` +
		`|(?:in|inside) this (?:article|story|piece|post|report|issue)\s*:?|on this page\s*:?|jump to\s*:?|table of contents\s*:?|(?:companies|stocks|tickers|people|topics) (?:in|mentioned in) this (?:article|story)\s*:?)$`),
}

// patterns is a family of regexps split so that each stays small: Go runs a regexp of
// fewer than 500 instructions with its fast backtracker, a larger one with the slower NFA.
type patterns []*lineRe

// MatchString reports whether any of the regexps matches s.
func (ps patterns) MatchString(s string) bool {
	for _, re := range ps {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// creditByRe is an editor's or contributors' credit at the foot: "Editing by Matthew Ojo",
// "Additional reporting by ...", "Edited by ...".
var creditByRe = newLineRe(`(?i)^\(?(?:editing|edited|additional reporting|reporting|writing|compiled|fact-checking|fact checking|graphics|design|production|produced)\s+by\s+\S`)

// creditLine reports whether t is a line of editors' credits: one credit ("Editing by
// Matthew Ojo") or several split by semicolons ("Reporting by Ana Ruiz in Lima; Additional
// reporting by Li Wei; Editing by Ben Cole"), each short.
func creditLine(t string) bool {
	if !creditByRe.MatchString(t) {
		return false
	}
	for _, seg := range strings.Split(t, ";") {
		seg = strings.TrimSpace(seg)
		if words(seg) > 12 || seg != "" && !creditByRe.MatchString(strings.TrimPrefix(strings.TrimPrefix(seg, "and "), "And ")) {
			return false
		}
	}
	return true
}

// sourceNoteRe is a note under the article naming where its facts came from: "Source: Al
// Jazeera and news agencies", "Sources: AP, AFP".
var sourceNoteRe = newLineRe(`(?i)^sources?\s*:\s*\S`)

// promptRe is a newsletter, app or alert prompt: "Get our science newsletter", "Get the
// gardening newsletter. Sign up here.", "Want tide tables on the go? Download the free
// app.", "The week in science, explained. Every Monday in your inbox.", "Get the Wire morning
// briefing".
var promptRe = regexp.MustCompile(`(?i)\b(?:newsletters?|inbox|sign[ -]up|subscribe|subscription|download (?:our|the)|(?:our|free) app|briefing|alerts|podcast|follow us|notifications)\b`)

// bioHeaderRe heads an author note: "About the author", "About the writer".
var bioHeaderRe = newLineRe(`(?i)^about (?:the )?(?:authors?|writers?|reporters?|contributors?)\s*:?$`)

// bioLineRe is an author note on one line: "About the author: Ana Ruiz covers energy."
var bioLineRe = newLineRe(`(?i)^about (?:the )?(?:authors?|writers?|reporters?|contributors?)\s*:\s*\S`)

// pullAttributionRe is the attribution line under a pull quote: "— Dr. Ana Ruiz, chief
// medical officer".
var pullAttributionRe = regexp.MustCompile(`^[—–-]{1,2}\s*\p{Lu}`)

// breadcrumbRe is a navigation trail: "Kettlewell Mercury › News › Education",
// "Home > World > Europe", "News / Local".
var breadcrumbRe = regexp.MustCompile(`^[^›»>/]{1,40}(?:\s+[›»>/]\s+[^›»>/]{1,40}){1,6}$`)

// columnGapRe separates the columns of a table row pasted as text: a tab, or three spaces.
var columnGapRe = regexp.MustCompile(`\t|   +`)

// tableRow reports whether t has the shape of a row of a results table or a data table:
// three or more columns split by tabs or wide gaps ("Varga\t2:09:14\tHUN"), or mostly
// numbers and no full stop ("1. Harlow 12 8 2 2 26", "Oosterhuis (NED) bt Ribó 7-6 2-6 6-3").
func tableRow(t string) bool {
	if (strings.Contains(t, "\t") || strings.Contains(t, "   ")) && len(columnGapRe.FindAllStringIndex(t, -1)) >= 2 {
		return true
	}
	f := strings.Fields(t)
	if len(f) < 3 || len(f) > 20 || endsSentenceStop(t) {
		return false
	}
	numeric := 0
	for _, w := range f {
		if strings.ContainsAny(w, "0123456789") && !strings.ContainsFunc(w, unicode.IsLetter) {
			numeric++
		}
	}
	return 10*numeric >= 4*len(f)
}

// blogFootRe is a blog post's filing line or a press release's source line at the foot:
// "Posted in News | Tagged budget, harbour", "Filed in Local", "Tagged: ferries, Hull",
// "SOURCE Harbour Tech Inc.".
var blogFootRe = newLineRe(`^(?:(?:Posted|Filed) in \p{Lu}[^.]{0,80}|(?i:tagged):?\s+[^.]{1,80}|SOURCE \p{Lu}.{0,60})$`)

// tweetByRe is the signature line of a post embedded from a social network: "— Ana Ruiz
// (@anaruiz) March 4, 2025", "— Harbour Board (@harbourboard) 4 March 2025".
var tweetByRe = regexp.MustCompile(`^[—–-]{1,2}\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})$`)

// gallerySlideRe is a picture gallery's caption, numbered as the widget shows it: "Item 1 of
// 3 Workers stand outside the mine.", "[2/5] Workers stand outside the mine.", "Photo 3 of
// 12: The quay at dawn".
var gallerySlideRe = newLineRe(`(?i)^(?:(?:item|image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}|\[\d{1,3}/\d{1,3}\])\s*[:.\-–—]?\s*\S`)

// wireCreditTailRe is a wire picture's credit at the end of its caption: "… near the
// mine. REUTERS/Ana Ferraz", "… at the quay. AFP/Getty Images", "… in 2019.
// REUTERS/Ana Ferraz/File Photo Purchase Licensing Rights".
var wireCreditTailRe = regexp.MustCompile(`[.!?”"]\s+\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}{2,})?/[^/]{2,40}(?:/[^/]{2,30})?\s*$`)

// languageLinkRe is a link to the article in another language: "Leer en español", "Lire
// en français", "Read in English", "Auf Deutsch lesen", "Read this story in Spanish".
var languageLinkRe = newLineRe(`(?i)^(?:(?:leer|lire|leggi|ler|read)(?: (?:this|it|the|this article|this story|the article|the story))? (?:en|in|em) \p{L}+|auf \p{L}+ lesen|in \p{L}+ lesen)$`)

// uiLineRe is a button or a link of the page's furniture as it pastes: "Share full
// article", "Link Copied!", "Translate", "close", "share2" (a button and its count), "Save
// articles to read later", "Gift this article", "Show comments", a radio player's
// "Heard on Morning Edition", "Download", "Embed", "Transcript", "Press play to listen
// to this article", "Voiced by artificial intelligence", "Unlock the Editor's Digest".
var uiLineRe = patterns{
	newLineRe(`(?i)^(?:share|save|translate|close|copy|print|listen|follow|unfollow|gift|give|comment|comments|like|clap|bookmark|email|subscribe|download|open|view|show|hide|expand|collapse|link|zoom|play|pause|mute|menu|search|more|read later|save for later|add to|copied|skip|toggle|click|tap|embed|transcript|watch|heard on|as heard on|unlock|press play|voiced by)(?:\b|\d)[^.?]{0,40}?(?:\d+|!)?$`),
	newLineRe(`(?i)^link copied!?$|^voiced by (?:artificial intelligence|ai)\.?$|\bread(?:ing)? later\b|\breading list\b`),
}

// widgetLine reports whether a short line near the metadata is the page's furniture, not
// the article: a button ("Share full article", "Translate"), an audio player ("Listen ·
// 5 min"), the head of a box ("In this article:"), a link to a translation ("Leer en
// español"), a lone count or ticker ("128", "+1.20%", "HG=F"), a lone dash.
func widgetLine(t string) bool {
	if !hasWordChar(t) || words(t) <= 3 && !strings.ContainsFunc(t, unicode.IsLower) && !tickerFree(t) || bareLengthRe.MatchString(t) {
		return true
	}
	if words(t) > 12 {
		return false
	}
	return audioRe.MatchString(t) || furnitureRe.MatchString(t) || shareRe.MatchString(t) ||
		languageLinkRe.MatchString(t) || uiLineRe.MatchString(t)
}

// bareLengthRe is a length with nothing else, as an audio or video player shows it: "5
// min", "3:45", "12 mins".
var bareLengthRe = newLineRe(`(?i)^\d{1,3}\s*(?:min|mins|minutes)\.?$|^\d{1,2}:\d{2}(?::\d{2})?$`)

// tickerFree reports whether a line with no lower-case letter is more than a count or a
// ticker: a capital word of three letters or more ("BACKGROUND", "NEW DELHI") is text.
func tickerFree(t string) bool {
	for _, w := range strings.Fields(t) {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			} else if r != '\'' && r != '’' && r != '-' && r != '.' && r != ',' && r != ':' {
				letters = -100
			}
		}
		if letters >= 3 {
			return true
		}
	}
	return false
}

// strongChrome reports whether a line is page chrome whatever its position: share bars,
// tags, copyright, comments, list headers, furniture, prompts.
func strongChrome(s string) bool {
	// The whole-line patterns fit short lines of a few words; only a share line ("Share
	// on Facebook | …"), a tag line ("Tags: …"), a blog's filing line and a copyright line
	// run on.
	w := words(s)
	if len(s) <= shortLine && w <= 12 {
		if shareRe.MatchString(s) || audioRe.MatchString(s) || commentsRe.MatchString(s) || blogFootRe.MatchString(s) ||
			listHeaderRe.MatchString(s) || furnitureRe.MatchString(s) || tagsRe.MatchString(s) {
			return true
		}
	} else if hasPrefixFold(s, "share") && shareRe.MatchString(s) || colonWithin(s, 40) && tagsRe.MatchString(s) || len(s) <= shortLine && blogFootRe.MatchString(s) {
		return true
	}
	if (strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(") || hasPrefixFold(s, "copyright")) && copyrightRe.MatchString(s) && w <= 30 {
		return true
	}
	return w <= 20 && !quoted(s) && (promptLine(s) || maySignUp(s) && signUpRe.MatchString(s))
}

// signUpRe is a newsletter, app or membership prompt that needs no imperative: "The
// week in science, explained. Every Monday in your inbox.", "Support independent local
// journalism. Become a member today.", "We are a nonprofit newsroom. Donate today.", a
// paywall's "This content is only available to subscribers." A line
// that only mentions a briefing or alerts ("Officials will give a briefing on Friday.") or
// a donation ("Residents donate food every week.") is not one.
var signUpRe = regexp.MustCompile(`(?i)\b(?:newsletters?|inbox|sign[ -]up|subscribe|subscription|download (?:our|the)|(?:our|free) app` +
	`|support (?:our|independent|local|quality|nonprofit|public[- ]service)(?: \p{L}+)? (?:journalism|reporting|newsroom)|become an? (?:member|subscriber|supporter|patron)|donate (?:today|now|here)|make a (?:donation|gift|contribution)|(?:nonprofit|non-profit) newsroom` +
	`|(?:only|exclusively) available (?:to|for) (?:subscribers|members)|subscriber[- ]only|already a (?:subscriber|member)|(?:log|sign) in to (?:read|continue))\b`)

// maySignUp reports whether s holds a word signUpRe needs, the cheap test before it.
func maySignUp(s string) bool {
	for _, w := range []string{"newsletter", "inbox", "sign", "subscri", "download", "app", "support", "become", "donat", "make a", "newsroom", "member", "log in"} {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// quoted reports whether s holds a quotation mark of speech.
func quoted(s string) bool {
	return strings.ContainsAny(s, "“”\"«»")
}

// words counts the white-space separated words of s.
func words(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// containsFold reports whether s holds sub, an ASCII lower-case string, in any case. It is
// the cheap first test before a family of case-blind regexps that all need the word.
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for ; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with prefix, an ASCII lower-case string, in any
// case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && containsFold(s[:len(prefix)], prefix)
}

// tailOf returns about the last n bytes of s, cut at a rune start. Regexps anchored at the
// end of a line only ("… Credit: Ana Ruiz") run on it instead of the whole line.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// colonWithin reports whether s has a colon in its first n bytes.
func colonWithin(s string, n int) bool {
	i := strings.IndexByte(s, ':')
	return i >= 0 && i < n
}

// shortLine is the longest line (in bytes) the whole-line chrome patterns (share bars,
// buttons, list headers) are tried on.
const shortLine = 120

// endsSentence reports whether s ends like a sentence: a full stop, question or
// exclamation mark, or a closing quotation mark.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r := []rune(s)
	switch r[len(r)-1] {
	case '.', '!', '?', '”', '"', '»', '’', '\'', ')', ':', ';', '…':
		return true
	}
	return false
}
