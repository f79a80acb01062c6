package htmltext

import (
	"context"
	"strings"
	"testing"
)

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
