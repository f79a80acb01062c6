package htmltext

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// dateMetaNames are the <meta name> values that carry a page's date.
var dateMetaNames = map[string]bool{
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true,
	"dcterms.issued": true, "pubdate": true, "publish-date": true, "publication_date": true,
}

// dateWords are the class words that mark an element holding the publication date.
var dateWords = map[string]bool{"date": true, "pubdate": true, "published": true, "dateline": true}

// updateWords are the class and itemprop words of a revision date, which is not the document's.
var updateWords = map[string]bool{"updated": true, "update": true, "modified": true, "lastmod": true, "revised": true}

// updateText matches the wording of a revision date.
var updateText = regexp.MustCompile(`(?i)\b(last\s+)?(updat|modif|revis)`)

// maxDateChars bounds the text of a date element; longer is a sentence mentioning a date.
const maxDateChars = 80

// pageTitle is the <title> text, whitespace collapsed.
func pageTitle(gq *goquery.Document) string {
	// Only the head's: an inline <svg> carries <title>s of its own.
	t := gq.Find("head title").First()
	if t.Length() == 0 {
		return ""
	}
	return collapse(t.Text())
}

// metaDates returns the article:published_time and the date-named <meta> values, when not
// empty.
func metaDates(gq *goquery.Document) (published, named string) {
	gq.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content := collapse(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		prop := strings.ToLower(strings.TrimSpace(s.AttrOr("property", "")))
		name := strings.ToLower(strings.TrimSpace(s.AttrOr("name", "")))
		if published == "" && (prop == "article:published_time" || name == "article:published_time") {
			published = content
		}
		if named == "" && dateMetaNames[name] {
			named = content
		}
	})
	return published, named
}

// contentDate picks the date hint from inside the main content: a <time> element's datetime
// (or text), else the date-named meta, else an element whose class or itemprop says it is the
// date. Only the content roots are searched, so a sidebar's event dates are never taken, and
// revision dates ("Last update", class "updated") are skipped.
func contentDate(gq *goquery.Document, roots []*html.Node, named string) string {
	sel := gq.FindNodes(roots...)
	var found string
	sel.Find("time").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if isUpdateElement(s.Get(0)) {
			return true
		}
		v := collapse(s.AttrOr("datetime", ""))
		if v == "" {
			v = dateText(s.Get(0))
		}
		found = v
		return found == ""
	})
	if found != "" {
		return found
	}
	if named != "" {
		return named
	}
	sel.Find("[class], [itemprop], [id]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n := s.Get(0)
		prop := strings.ToLower(s.AttrOr("itemprop", ""))
		isDate := prop == "datepublished" || prop == "datecreated" || prop == "date"
		for _, w := range append(tokens(s.AttrOr("class", "")), tokens(s.AttrOr("id", ""))...) {
			isDate = isDate || dateWords[w]
		}
		if !isDate || isUpdateElement(n) {
			return true
		}
		if v := collapse(s.AttrOr("content", "")); v != "" && prop != "" {
			found = v
		} else {
			found = dateText(n)
		}
		return found == ""
	})
	return found
}

// dateText is an element's text when it is short and holds a digit, as a date does.
func dateText(n *html.Node) string {
	t := collapse(nodeText(n))
	if t == "" || len(t) > maxDateChars || !strings.ContainsAny(t, "0123456789") || updateText.MatchString(t) {
		return ""
	}
	return t
}

// isUpdateElement says whether an element (or its parent, which often holds the label) marks a
// revision date.
func isUpdateElement(n *html.Node) bool {
	for _, e := range []*html.Node{n, n.Parent} {
		if e == nil || e.Type != html.ElementNode {
			continue
		}
		for _, w := range append(tokens(attr(e, "class")), tokens(attr(e, "itemprop"))...) {
			if updateWords[w] || w == "datemodified" {
				return true
			}
		}
	}
	if n.Parent != nil {
		if t := collapse(nodeText(n.Parent)); len(t) <= 2*maxDateChars && updateText.MatchString(t) {
			return true
		}
	}
	return false
}
