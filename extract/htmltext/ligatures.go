package htmltext

import (
	"context"
	"strings"

	"golang.org/x/net/html"

	"gbtrack/extract/textlayer"
)

// expandLigatures spells out the Latin ligatures of every text node under root, in place, as
// the PDF reader does (textlayer.SpellLigatures): "Oﬃce" reads "Office".
func expandLigatures(ctx context.Context, root *html.Node) error {
	return walk(ctx, root, func(n *html.Node, entering bool) bool {
		if n.Type == html.TextNode && entering && strings.IndexFunc(n.Data, textlayer.IsLigature) >= 0 {
			n.Data = textlayer.SpellLigatures(n.Data)
		}
		return true
	})
}
