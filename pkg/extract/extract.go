// Package extract takes the article out of an HTML page: its body paragraphs and the
// metadata the page declares.
package extract

import (
	"bytes"
	"errors"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// ErrNoContent reports a page with no paragraph of text.
var ErrNoContent = errors.New("no article content")

// Result is what a page says about its article. Empty fields were not found.
type Result struct {
	Title, Description, Language string
	Authors                      []string
	SiteName                     string
	Published, Modified          string
	// Paragraphs are the body's blocks of text in document order.
	Paragraphs []string
}

// HTML parses the page src and returns its article. It fails with ErrNoContent when the page
// holds no paragraph of text.
func HTML(src []byte) (*Result, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	res := &Result{
		Title:       first(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.Find("h1").First()), text(doc.Find("title").First())),
		Description: first(meta(doc, "og:description"), meta(doc, "description")),
		Language:    first(attr(doc.Find("html"), "lang"), meta(doc, "og:locale")),
		SiteName:    meta(doc, "og:site_name"),
		Published:   first(meta(doc, "article:published_time"), meta(doc, "datePublished"), attr(doc.Find("time[datetime]").First(), "datetime")),
		Modified:    first(meta(doc, "article:modified_time"), meta(doc, "dateModified")),
	}
	if a := meta(doc, "author"); a != "" {
		res.Authors = []string{a}
	}
	doc.Find("script, style, noscript, nav, header, footer, aside, form, iframe, svg").Remove()
	root := doc.Find("article").First()
	if root.Length() == 0 {
		root = doc.Find("main").First()
	}
	if root.Length() == 0 {
		root = doc.Find("body")
	}
	root.Find("p, h2, h3, h4, li, blockquote, pre").Each(func(_ int, s *goquery.Selection) {
		if s.ParentsFiltered("p, li, blockquote").Length() > 0 {
			return // its text is in the enclosing block already
		}
		if t := text(s); t != "" {
			res.Paragraphs = append(res.Paragraphs, t)
		}
	})
	if len(res.Paragraphs) == 0 {
		if t := text(root); t != "" {
			res.Paragraphs = []string{t}
		}
	}
	if len(res.Paragraphs) == 0 {
		return res, ErrNoContent
	}
	return res, nil
}

// meta returns the content of the first <meta> whose property, name or itemprop is key.
func meta(doc *goquery.Document, key string) string {
	sel := doc.Find(`meta[property="` + key + `"], meta[name="` + key + `"], meta[itemprop="` + key + `"]`).First()
	return strings.TrimSpace(sel.AttrOr("content", ""))
}

func attr(s *goquery.Selection, name string) string {
	return strings.TrimSpace(s.AttrOr(name, ""))
}

// text is the selection's text with white space runs folded to one space.
func text(s *goquery.Selection) string {
	return strings.Join(strings.Fields(s.Text()), " ")
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
