package htmltext

import (
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// Latin ligatures in text: pages pasted from a PDF or a word processor carry the presentation
// forms of U+FB00–U+FB06 ("Oﬃce", "ﬁnalize"), which no reader searches for. They are
// spelled out by their Unicode compatibility decomposition (NFKC, from x/text's tables rather
// than a table of ours), and only they: NFKC on the whole text would also rewrite superscripts,
// fractions and full-width forms that a page means.

// isLigature reports a Latin ligature presentation form.
func isLigature(r rune) bool { return r >= '\uFB00' && r <= '\uFB06' }

// expandLigatures spells out the ligatures of every text node under root, in place.
func expandLigatures(ctx context.Context, root *html.Node) error {
	return walk(ctx, root, func(n *html.Node, entering bool) bool {
		if n.Type == html.TextNode && entering && strings.IndexFunc(n.Data, isLigature) >= 0 {
			n.Data = spellLigatures(n.Data)
		}
		return true
	})
}

// spellLigatures returns s with each ligature replaced by its letters.
func spellLigatures(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isLigature(r) {
			b.WriteString(norm.NFKC.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
