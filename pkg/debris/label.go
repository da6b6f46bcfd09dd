package debris

import "strconv"

// Label is what a line of a paste is: the body, or one kind of debris around it.
type Label uint8

// The labels Classify gives. Body is the zero value.
const (
	// Body is a line of the article itself: a paragraph, a subheading, a list item.
	Body Label = iota
	// Blank is an empty line.
	Blank
	// Headline is the article's title: "Council Approves Curbside Pickup".
	Headline
	// Dek is the standfirst under the headline: "Tiny tags show how bats ride updrafts."
	Dek
	// Section is a section label above the headline: "EDUCATION", "ARTS".
	Section
	// Masthead is the outlet's name on its own line at the top: "RIVERBEND TELEGRAPH".
	Masthead
	// Breadcrumb is a navigation trail: "Kettlewell Mercury › News › Education".
	Breadcrumb
	// Byline names the authors: "By Ana Ruiz and Li Wei", "Ana Ruiz | The Courier".
	Byline
	// Role is an author's job or desk on its own line: "Rugby Correspondent, The Register",
	// "Politics Desk".
	Role
	// Account is a site account label in place of a person: "Editor", "Staff".
	Account
	// Badge is a reading-time badge: "4 min read", "Reading Time: 2 Minutes".
	Badge
	// Stamp is a publication or update stamp: "Published: Feb. 11, 2025, 8:37 a.m. CT".
	Stamp
	// Dateline is a dateline standing on its own line: "WASHINGTON (AP) --".
	Dateline
	// Caption is an image caption or a chart title.
	Caption
	// Credit is a photo credit, a chart source or an editor's credit: "Photo: Ana Ruiz",
	// "Editing by Li Wei".
	Credit
	// Ad is an advertisement slot: "Advertisement", "Story continues below".
	Ad
	// PullQuote is a quotation repeated from the body as a display line, or its attribution.
	PullQuote
	// Bio is an "About the author" note.
	Bio
	// Chrome is page furniture: share links, tags, comments, related links, newsletter
	// prompts, copyright lines.
	Chrome
)

var labelNames = [...]string{
	Body: "body", Blank: "blank", Headline: "headline", Dek: "dek", Section: "section",
	Masthead: "masthead", Breadcrumb: "breadcrumb", Byline: "byline", Role: "role",
	Account: "account", Badge: "badge", Stamp: "stamp", Dateline: "dateline",
	Caption: "caption", Credit: "credit", Ad: "ad", PullQuote: "pullquote", Bio: "bio",
	Chrome: "chrome",
}

// String returns the label's lower-case name ("byline"), or "label(N)" for an unknown value.
func (l Label) String() string {
	if int(l) < len(labelNames) {
		return labelNames[l]
	}
	return "label(" + strconv.Itoa(int(l)) + ")"
}
