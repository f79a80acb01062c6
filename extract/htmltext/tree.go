package htmltext

import (
	"context"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ctxEvery is how many nodes a walk visits between context checks.
const ctxEvery = 4096

// walk visits the subtree under root in document order without recursion, so that no page can
// exhaust the goroutine stack. visit is called entering each node; when it returns true the
// node's children are visited and visit is called again with entering false on leaving it.
func walk(ctx context.Context, root *html.Node, visit func(n *html.Node, entering bool) bool) error {
	type frame struct {
		n    *html.Node
		exit bool
	}
	// Most walks are over one paragraph or cell; a fixed first capacity keeps them off the heap.
	stack := make([]frame, 1, 64)
	stack[0] = frame{n: root}
	for steps := 0; len(stack) > 0; steps++ {
		if steps%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.exit {
			visit(f.n, false)
			continue
		}
		if !visit(f.n, true) {
			continue
		}
		stack = append(stack, frame{n: f.n, exit: true})
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	return nil
}

// attr returns the value of attribute key (lower-case) or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr says whether n carries attribute key at all.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isElem says whether n is an HTML element of one of the given kinds.
func isElem(n *html.Node, kinds ...atom.Atom) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, k := range kinds {
		if n.DataAtom == k {
			return true
		}
	}
	return false
}

// contains says whether n is anc or below it.
func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// nodeText is the raw text under n, with block boundaries and <br> as spaces. The caller
// collapses it.
func nodeText(n *html.Node) string {
	var b strings.Builder
	_ = walk(context.Background(), n, func(c *html.Node, entering bool) bool {
		switch {
		case c.Type == html.TextNode && entering:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode:
			if skippedElement(c) {
				return false
			}
			if c.DataAtom == atom.Br || isBlockElement(c) {
				b.WriteByte(' ')
			}
		}
		return true
	})
	return b.String()
}

// collapse normalizes whitespace (including no-break spaces) to single spaces, trims, and
// drops soft hyphens and zero-width characters, which only ever mark break opportunities.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isInvisible reports the characters dropped from text: soft hyphen, zero-width space and
// joiners, byte order mark.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// tokens splits a class or id value into lower-case words at any non-alphanumeric character
// and at lower-to-upper case changes, so "site-footer", "site_footer" and "siteFooter" all
// yield the word "footer" while "footerless" does not.
func tokens(s string) []string {
	var out []string
	var cur []rune
	var prev rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return out
}

// skippedElement says whether an element never yields text, wherever it stands.
func skippedElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title,
		atom.Iframe, atom.Object, atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Select,
		atom.Textarea, atom.Button, atom.Input, atom.Option, atom.Datalist:
		return true
	}
	return false
}

// isBlockElement says whether an element starts a new block of text.
func isBlockElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody,
		atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Ul, atom.Legend,
		atom.Html:
		return true
	}
	return false
}

// headingLevel is 1..6 for h1..h6 and 0 otherwise.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}
