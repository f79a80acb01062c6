package htmltext

import (
	"context"
	"strings"
	"testing"
)

func TestSpellLigatures(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The O\ufb03ce will \ufb01nalize the \ufb02ow", "The Office will finalize the flow"},
		{"e\ufb00ect, ba\ufb04e, \ufb05andard", "effect, baffle, standard"},
		{"no ligature: x² ½ ＡＢ", "no ligature: x² ½ ＡＢ"}, // other compatibility forms stay
	}
	for _, c := range cases {
		if got := spellLigatures(c.in); got != c.want {
			t.Errorf("spellLigatures(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestExtractSpellsLigatures(t *testing.T) {
	page := "<html><head><title>O\ufb03ce</title></head><body><main><p>The O\ufb03ce will &#xFB01;nalize the report by June 2026.</p></main></body></html>"
	doc, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, b := range doc.Blocks {
		text = append(text, b.Text)
	}
	if got := strings.Join(text, "\n"); got != "The Office will finalize the report by June 2026." {
		t.Errorf("Extract text = %q", got)
	}
	if doc.Title != "Office" {
		t.Errorf("Extract title = %q, want %q", doc.Title, "Office")
	}
}
