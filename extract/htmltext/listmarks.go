package htmltext

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An ordered list's numbers are drawn by the browser, not written in the page: a decision's
// operative paragraphs in an <ol> read "3. Requests UNDP to ..." on screen and "Requests UNDP to
// ..." in the text. The reader writes them in, as the browser draws them (CSS Lists and Counters
// Level 3, "list-style-type"; HTML "ol" element: the start, reversed and type attributes, and
// the li value attribute), so that the item's number is in the text a reader sees.

// listStyles maps a class name to the list-style-type its page's style sheets give ol elements
// of that class ("ol.alpha { list-style-type: lower-alpha }", ".letters{list-style:lower-latin}").
type listStyles map[string]string

// listStyleRuleRe finds a CSS rule that sets a list style: group 1 the selectors, group 2 the
// declarations.
var listStyleRuleRe = regexp.MustCompile(`([^{}]+)\{([^{}]*list-style[^{}]*)\}`)

// listStyleTypeRe reads the list style type from declarations: "list-style-type: lower-alpha",
// "list-style: upper-roman inside".
var listStyleTypeRe = regexp.MustCompile(`list-style(?:-type)?\s*:\s*([a-z-]+)`)

// classSelectorRe finds the class of a selector that names one: "ol.alpha", ".alpha", "main
// ol.alpha".
var classSelectorRe = regexp.MustCompile(`(?:^|[\s>])(?:ol)?\.([A-Za-z0-9_-]+)\s*$`)

// readListStyles collects the list styles that the page's <style> elements give to classes.
// root is any node of the document: the whole tree is searched.
func readListStyles(root *html.Node) listStyles {
	for root.Parent != nil {
		root = root.Parent
	}
	out := listStyles{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			var css strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					css.WriteString(c.Data)
				}
			}
			for _, m := range listStyleRuleRe.FindAllStringSubmatch(strings.ToLower(css.String()), -1) {
				t := listStyleTypeRe.FindStringSubmatch(m[2])
				if t == nil {
					continue
				}
				for _, sel := range strings.Split(m[1], ",") {
					if c := classSelectorRe.FindStringSubmatch(strings.TrimSpace(sel)); c != nil {
						out[c[1]] = t[1]
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return out
}

// listMarker returns the marker a browser draws before list item li ("3. ", "b. ", "iv. "), or
// "" when li is no item of an ordered list or its list draws none (list-style-type: none, a
// symbol or a type we do not draw).
func (ls listStyles) listMarker(li *html.Node) string {
	ol := li.Parent
	if ol == nil || ol.DataAtom != atom.Ol {
		return ""
	}
	style := ls.styleOf(ol)
	n, step := 1, 1
	if v, err := strconv.Atoi(strings.TrimSpace(attr(ol, "start"))); err == nil {
		n = v
	}
	if hasAttr(ol, "reversed") {
		step = -1
		if _, err := strconv.Atoi(strings.TrimSpace(attr(ol, "start"))); err != nil {
			n = 0
			for c := ol.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Li {
					n++
				}
			}
		}
	}
	for c := ol.FirstChild; c != nil && c != li; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			if v, err := strconv.Atoi(strings.TrimSpace(attr(c, "value"))); err == nil {
				n = v
			}
			n += step
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(li, "value"))); err == nil {
		n = v
	}
	m := counterText(n, style)
	if m == "" {
		return ""
	}
	return m + ". "
}

// styleOf returns the list-style-type of ol: its own style attribute, then its type attribute,
// then its classes' rules; "decimal" when none says.
func (ls listStyles) styleOf(ol *html.Node) string {
	if t := listStyleTypeRe.FindStringSubmatch(strings.ToLower(attr(ol, "style"))); t != nil {
		return t[1]
	}
	switch attr(ol, "type") {
	case "a":
		return "lower-alpha"
	case "A":
		return "upper-alpha"
	case "i":
		return "lower-roman"
	case "I":
		return "upper-roman"
	case "1":
		return "decimal"
	}
	for _, c := range strings.Fields(strings.ToLower(attr(ol, "class"))) {
		if t, ok := ls[c]; ok {
			return t
		}
	}
	return "decimal"
}

// counterText writes n in a list style: "3", "c", "iv"; "" for a style not drawn as a number or
// a letter, or a value it cannot show.
func counterText(n int, style string) string {
	switch style {
	case "decimal":
		return strconv.Itoa(n)
	case "lower-alpha", "lower-latin", "upper-alpha", "upper-latin":
		if n < 1 || n > 26 {
			return ""
		}
		s := string(rune('a' + n - 1))
		if strings.HasPrefix(style, "upper") {
			s = strings.ToUpper(s)
		}
		return s
	case "lower-roman", "upper-roman":
		if n < 1 || n > 3999 {
			return ""
		}
		s := roman(n)
		if style == "lower-roman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return ""
}

// roman writes n (1..3999) in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for k, v := range vals {
		for n >= v {
			b.WriteString(syms[k])
			n -= v
		}
	}
	return b.String()
}
