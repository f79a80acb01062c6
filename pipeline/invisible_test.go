package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestInvisibleCharactersRemoved: bidirectional overrides, isolates and zero-width characters in
// a document never reach items.jsonl, documents.jsonl or report.json, where they could make a
// text read differently from what it is ("Pay 1000" shown as "Pay 0001").
func TestInvisibleCharactersRemoved(t *testing.T) {
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Plan \u202eetad\u202c</title></head><body>" +
		"<h1>Implementation\u200b plan</h1><p>Date: 3 March 2025</p>" +
		"<table><tr><th>Action</th><th>Timeline</th></tr>" +
		"<tr><td>Pay \u202e0001\u202c USD to the \u2066fund\u2069</td><td>By end\u00a02025</td></tr></table>" +
		"<p>\ufeffThe Office will\u200d report to the Board on the plan by June 2027.\u200f</p></body></html>"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	res, err := Run(context.Background(), []string{dir}, Options{Out: out, AsOf: asOf, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) < 2 {
		t.Fatalf("Run found %d items, want the row and the commitment", len(res.Items))
	}
	for _, name := range []string{"items.jsonl", "documents.jsonl", "report.json"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if i := strings.IndexFunc(string(data), func(r rune) bool { return unicode.Is(unicode.Cf, r) }); i >= 0 {
			t.Errorf("%s holds the format character %U: %.80q", name, []rune(string(data[i:]))[0], data[max(0, i-40):])
		}
	}
	found := false
	for _, it := range res.Items {
		if it.Text == "Pay 0001 USD to the fund" {
			found = true
		}
	}
	if !found {
		t.Errorf("no item reads %q: %+v", "Pay 0001 USD to the fund", res.Items)
	}
}
