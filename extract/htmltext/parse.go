package htmltext

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNesting is the element depth the fallback parse keeps. golang.org/x/net/html refuses a page
// whose open-element stack passes 512 (it panics and recovers into an error), so a page nested
// deeper would yield nothing; the fallback flattens the excess instead.
const maxNesting = 384

// parse builds the tree. A page too deeply nested for the parser is reparsed with the tags
// beyond maxNesting dropped, so its text survives without its deepest structure.
func parse(ctx context.Context, text string) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err == nil {
		return root, nil
	}
	if !strings.Contains(err.Error(), "open stack") {
		return nil, err
	}
	flat, ferr := flattenDeep(ctx, text, maxNesting)
	if ferr != nil {
		return nil, ferr
	}
	root, err = html.Parse(strings.NewReader(flat))
	if err != nil {
		return nil, fmt.Errorf("after flattening deep nesting: %w", err)
	}
	return root, nil
}

// flattenDeep re-serializes the page without the start and end tags nested deeper than limit.
// Depth is counted from the tokens, which is only an estimate of the parser's stack: elements
// whose end tag is usually implied (p, li, td...) and void elements are not counted, so that a
// 1999 page of unclosed <P>s is not mistaken for a deep one.
func flattenDeep(ctx context.Context, text string, limit int) (string, error) {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text))
	var stack []atom.Atom // open counted elements
	dropped := map[atom.Atom]int{}
	for i := 0; ; i++ {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return "", err
			}
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String(), nil
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !countsForDepth(a) {
				break
			}
			if len(stack) >= limit {
				dropped[a]++
				continue
			}
			stack = append(stack, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !countsForDepth(a) {
				break
			}
			if dropped[a] > 0 {
				dropped[a]--
				continue
			}
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j] == a {
					stack = stack[:j]
					break
				}
			}
		}
		b.Write(z.Raw())
	}
}

// countsForDepth says whether an element nests in the parser's stack when left open.
func countsForDepth(a atom.Atom) bool {
	switch a {
	case 0, atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup, atom.Tr, atom.Td, atom.Th,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup, atom.Html, atom.Head, atom.Body,
		atom.Rb, atom.Rp, atom.Rt, atom.Rtc,
		atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param, atom.Keygen:
		return false
	}
	return true
}
