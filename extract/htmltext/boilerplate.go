package htmltext

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerWords are the class and id words (whole words, see tokens) that mark page furniture.
var boilerWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "banner": true, "breadcrumb": true,
	"breadcrumbs": true, "cookie": true, "cookies": true, "consent": true, "sidebar": true,
	"menu": true, "submenu": true, "share": true, "sharing": true, "social": true, "footer": true,
	// A sidebar by another name (Readability's unlikely candidates): upcoming events, related
	// stories, widgets, whose dates are never the page's.
	"aside": true, "related": true, "widget": true, "widgets": true,
}

// boilerRoles are the ARIA landmark roles of page furniture.
var boilerRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true,
}

// linkBarMaxChars bounds a link bar: a longer stretch mostly of links is a list of references
// or documents, which is content.
const linkBarMaxChars = 200

// removeBoilerplate cuts the page furniture out of the tree under body: non-text elements,
// landmarks (nav, aside, footer, page-level header), hidden elements, and elements whose role,
// class or id names navigation, banners, cookies, sidebars, menus, sharing or footers. An element
// holding the page's landmark content (main, article, role=main, h1) is never cut for its class
// or id, since layout wrappers are often named after the sidebar they make room for.
func removeBoilerplate(ctx context.Context, body *html.Node) error {
	protected := map[*html.Node]bool{}
	if err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		if entering && n.Type == html.ElementNode && (isElem(n, atom.Main, atom.Article, atom.H1) || attr(n, "role") == "main") {
			for a := n; a != nil && !protected[a]; a = a.Parent {
				protected[a] = true
			}
		}
		return entering
	}); err != nil {
		return err
	}
	var cut []*html.Node
	err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		if !entering {
			return false
		}
		switch n.Type {
		case html.CommentNode:
			cut = append(cut, n)
			return false
		case html.ElementNode:
		default:
			return true
		}
		if n != body && isFurniture(n, protected[n]) {
			cut = append(cut, n)
			return false
		}
		return true
	})
	if err != nil {
		return err
	}
	detach(cut)
	return nil
}

// isFurniture applies the element rules of removeBoilerplate to one element.
func isFurniture(n *html.Node, protected bool) bool {
	if skippedElement(n) {
		return true
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Dialog:
		return true
	case atom.Header:
		// A header inside an article or main carries the article's title and date.
		return !insideLandmark(n)
	}
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" || hiddenStyle(attr(n, "style")) {
		return true
	}
	if boilerRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	if protected || isElem(n, atom.Main, atom.Article, atom.Body) {
		return false
	}
	for _, key := range []string{"class", "id"} {
		for _, w := range tokens(attr(n, key)) {
			if boilerWords[w] {
				return true
			}
		}
	}
	return false
}

// insideLandmark says whether n is under an article or main element.
func insideLandmark(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if isElem(a, atom.Article, atom.Main) || attr(a, "role") == "main" {
			return true
		}
	}
	return false
}

// hiddenStyle says whether an inline style hides the element.
func hiddenStyle(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// removeLinkBars cuts the short stretches made mostly of links ("Home | About | Contact"):
// paragraphs and inline-only divs anywhere, and rows of layout tables with a link-bar cell
// (where a site's name or slogan sits beside the links). Rows of data tables are left alone.
func removeLinkBars(ctx context.Context, body *html.Node, tables map[*html.Node]*tableInfo) error {
	var cut []*html.Node
	err := walk(ctx, body, func(n *html.Node, entering bool) bool {
		if !entering || n.Type != html.ElementNode {
			return entering
		}
		switch {
		case n.DataAtom == atom.Table:
			if ti := tables[n]; ti != nil && ti.data {
				return false
			}
		case n.DataAtom == atom.Tr:
			if rowIsLinkBar(n) {
				cut = append(cut, n)
				return false
			}
		case isElem(n, atom.Ul, atom.Ol, atom.Menu):
			if isLinkList(n) {
				cut = append(cut, n)
				return false
			}
		case isElem(n, atom.P, atom.Div, atom.Center):
			if st := measure(n, linkBarMaxChars); !st.hasBlock && isLinkBar(st) {
				cut = append(cut, n)
				return false
			}
		}
		return true
	})
	if err != nil {
		return err
	}
	detach(cut)
	return nil
}

// rowIsLinkBar says whether a layout-table row is navigation: short, and either mostly links
// itself or holding a cell that is.
func rowIsLinkBar(tr *html.Node) bool {
	st := measure(tr, linkBarMaxChars)
	if st.chars > linkBarMaxChars {
		return false
	}
	if isLinkBar(st) {
		return true
	}
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if isElem(c, atom.Td, atom.Th) && isLinkBar(measure(c, linkBarMaxChars)) {
			return true
		}
	}
	return false
}

// menuItemMaxChars bounds the average item of a link list read as a menu; lists of longer
// links are lists of documents.
const menuItemMaxChars = 40

// isLinkList says whether a list is a menu: two items or more, each a link and nothing else,
// with short labels.
func isLinkList(list *html.Node) bool {
	items, chars := 0, 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && countChars(c.Data) > 0 {
			return false
		}
		if !isElem(c, atom.Li) {
			continue
		}
		st := measure(c, menuItemMaxChars*4)
		if st.chars == 0 {
			continue
		}
		if st.links == 0 || st.linkChars*10 < st.chars*9 {
			return false
		}
		items++
		chars += st.chars
	}
	return items >= 2 && chars <= items*menuItemMaxChars
}

// isLinkBar: two links or more making at least half of a short text.
func isLinkBar(st textStats) bool {
	return st.links >= 2 && st.chars <= linkBarMaxChars && st.linkChars*2 >= st.chars
}

// textStats counts the visible characters (spaces excluded) under a node.
type textStats struct {
	chars, linkChars, links int
	hasBlock                bool // an element below the measured one starts a block
}

// measure counts the text under n, stopping once more than limit characters are seen (limit
// < 0: no limit), so that measuring every row of nested tables stays linear.
func measure(n *html.Node, limit int) textStats {
	var st textStats
	inLink := 0
	_ = walk(context.Background(), n, func(c *html.Node, entering bool) bool {
		if limit >= 0 && st.chars > limit {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if entering {
				k := countChars(c.Data)
				st.chars += k
				if inLink > 0 {
					st.linkChars += k
				}
			}
			return false
		case html.ElementNode:
			if skippedElement(c) {
				return false
			}
			if c != n && isBlockElement(c) {
				st.hasBlock = true
			}
			if c.DataAtom == atom.A && hasAttr(c, "href") {
				if entering {
					inLink++
					st.links++
				} else {
					inLink--
				}
			}
		}
		return true
	})
	return st
}

// countChars counts the non-space, visible characters of s.
func countChars(s string) int {
	k := 0
	for _, r := range s {
		if !unicode.IsSpace(r) && !isInvisible(r) {
			k++
		}
	}
	return k
}

// footerLine matches the maintenance and legal lines at the foot of a page ("Updated by VC.
// Last update: 2 November 1999.", "© 1996-2024 ...", "All rights reserved").
var footerLine = regexp.MustCompile(`(?i)\blast\s+(update|updated|modified|revised|revision)\b|^\s*(page\s+)?(updated|modified)\s+(by|on)\b|©|\bcopyright\b|\ball rights reserved\b`)

// footerMaxChars bounds a footer line; a long paragraph mentioning copyright is content.
const footerMaxChars = 200

// isFooterLine says whether a paragraph is a page-maintenance or legal footer line.
func isFooterLine(text string) bool {
	if len(text) > footerMaxChars {
		return false
	}
	// The regexp backtracks; most paragraphs fail this cheap test first.
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "updat") && !strings.Contains(lower, "modif") &&
		!strings.Contains(lower, "revis") && !strings.Contains(lower, "copyright") &&
		!strings.Contains(lower, "rights") && !strings.Contains(lower, "©") {
		return false
	}
	return footerLine.MatchString(text)
}

// detach removes the nodes from the tree; it runs after a walk, which must not change the tree
// it walks.
func detach(nodes []*html.Node) {
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}
