package htmltext

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// nestingLimits are the element depths the fallback parses keep, tried in turn.
// golang.org/x/net/html refuses a page whose open-element stack passes 512 (it panics and
// recovers into an error), so a page nested deeper would yield nothing; the fallback flattens
// the excess instead. The depth counted from tokens is an estimate of the parser's, hence the
// margin and the retries.
var nestingLimits = [...]int{384, 160, 48}

// parse builds the tree. A page too deeply nested for the parser is reparsed with the tags
// beyond a nesting limit dropped, so its text survives without its deepest structure.
func parse(ctx context.Context, text string) (*html.Node, error) {
	root, err := html.Parse(&ctxReader{ctx: ctx, r: strings.NewReader(text)})
	if err == nil {
		return root, nil
	}
	for _, limit := range nestingLimits {
		if !strings.Contains(err.Error(), "open stack") {
			return nil, err
		}
		flat, ferr := flattenDeep(ctx, text, limit)
		if ferr != nil {
			return nil, ferr
		}
		root, err = html.Parse(&ctxReader{ctx: ctx, r: strings.NewReader(flat)})
		if err == nil {
			return root, nil
		}
	}
	return nil, fmt.Errorf("after flattening deep nesting: %w", err)
}

// flattenDeep re-serializes the page without the start and end tags nested deeper than limit.
// Depth is estimated from the tokens with the parser's commonest implied end tags (a new <li>
// closes the open one, a new cell the open cell...); elements that never nest (p, void
// elements) are not counted, so that a 1999 page of unclosed <P>s is not mistaken for a deep
// one.
func flattenDeep(ctx context.Context, text string, limit int) (string, error) {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text))
	var stack []string // open counted elements
	depth := 0         // weighted length of stack
	dropped := map[string]int{}
	pop := func() {
		depth -= nestWeight(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
	}
	popWhile := func(names ...string) {
		for len(stack) > 0 && slices.Contains(names, stack[len(stack)-1]) {
			pop()
		}
	}
	for i := 0; ; i++ {
		if i%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return "", err
			}
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String(), nil
		case html.StartTagToken:
			raw, _ := z.TagName()
			name := string(raw)
			w := nestWeight(name)
			if w == 0 {
				break
			}
			if depth+w > limit {
				// Checked before the implied closes: once past the limit every start tag is
				// dropped, or each dropped list's <li> would close the last kept one and
				// be kept in its place.
				dropped[name]++
				continue
			}
			switch name {
			case "li":
				popWhile("li")
			case "dt", "dd":
				popWhile("dt", "dd")
			case "tr":
				popWhile("td", "th", "tr")
			case "td", "th":
				popWhile("td", "th")
			case "tbody", "thead", "tfoot":
				popWhile("td", "th", "tr", "tbody", "thead", "tfoot")
			}
			stack = append(stack, name)
			depth += w
		case html.EndTagToken:
			raw, _ := z.TagName()
			name := string(raw)
			if nestWeight(name) == 0 {
				break
			}
			if dropped[name] > 0 {
				dropped[name]--
				continue
			}
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j] == name {
					for len(stack) > j {
						pop()
					}
					break
				}
			}
		}
		b.Write(z.Raw())
	}
}

// nestWeight is how many entries of the parser's open-element stack an element's start tag
// adds: 0 for elements that never stay open around others, 2 for a table (its implied tbody).
func nestWeight(name string) int {
	switch name {
	case "p", "option", "optgroup", "colgroup", "html", "head", "body", "rb", "rp", "rt", "rtc",
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
		"track", "wbr", "param", "keygen", "frame", "basefont", "bgsound":
		return 0
	case "table":
		return 2
	}
	return 1
}

// ctxReader stops the parser when the context ends: x/net/html takes no context, but returns
// the first read error other than io.EOF.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

// ctxReadChunk bounds one read, so that cancellation is seen within a few milliseconds.
const ctxReadChunk = 64 << 10

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if len(p) > ctxReadChunk {
		p = p[:ctxReadChunk]
	}
	return c.r.Read(p)
}
