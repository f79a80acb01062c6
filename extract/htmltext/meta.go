package htmltext

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
// date. Only the content roots are searched, the article among them first, so that a
// sidebar's event dates are never taken; dates of list entries beside a link (a listing of
// events or related stories) and revision dates ("Last update", class "updated") are skipped.
func contentDate(gq *goquery.Document, roots []*html.Node, named string) string {
	scopes := []*goquery.Selection{gq.FindNodes(roots...)}
	if articles := scopes[0].Find("article"); articles.Length() == 1 {
		scopes = []*goquery.Selection{articles, scopes[0]}
	}
	for _, scope := range scopes {
		if v := timeDate(scope); v != "" {
			return v
		}
	}
	if named != "" {
		return named
	}
	for _, scope := range scopes {
		if v := markedDate(scope); v != "" {
			return v
		}
	}
	return ""
}

// timeDate is the first usable <time> element's date under scope.
func timeDate(scope *goquery.Selection) string {
	var found string
	scope.Find("time").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n := s.Get(0)
		if isUpdateElement(n) || isListingEntry(n) {
			return true
		}
		found = collapse(s.AttrOr("datetime", ""))
		if found == "" {
			found = dateText(n)
		}
		return found == ""
	})
	return found
}

// markedDate is the first element under scope whose class, id or itemprop names it the date.
func markedDate(scope *goquery.Selection) string {
	var found string
	scope.Find("[class], [itemprop], [id]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		n := s.Get(0)
		prop := strings.ToLower(s.AttrOr("itemprop", ""))
		isDate := prop == "datepublished" || prop == "datecreated" || prop == "date"
		for _, w := range append(tokens(s.AttrOr("class", "")), tokens(s.AttrOr("id", ""))...) {
			isDate = isDate || dateWords[w]
		}
		if !isDate || isUpdateElement(n) || isListingEntry(n) {
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

// isListingEntry says whether a date stands in a link or in a list item holding a link: the
// date of another page (an event, a related story), not of this one.
func isListingEntry(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		switch {
		case isElem(a, atom.A) && hasAttr(a, "href"):
			return true
		case isElem(a, atom.Li):
			return measure(a, -1).links > 0
		case isElem(a, atom.Article, atom.Main, atom.Body):
			return false
		}
	}
	return false
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
