package items

import (
	"context"
	"maps"
	"slices"
	"testing"

	"gbtrack/extract/textlayer"
)

// plan is an action plan whose rows print no number, with extra rows inserted after the first.
func plan(insert ...string) textlayer.Document {
	rows := []textlayer.Row{row(0, true, "Action", "Timeline"), row(0, false, "Map the portfolio", "By end 2001")}
	for _, s := range insert {
		rows = append(rows, row(0, false, s, "By end 2003"))
	}
	rows = append(rows,
		row(0, false, "Review the field structure", "By mid-2002"),
		row(0, false, "Train the staff", "By end 2002"))
	return textlayer.Document{Format: "html", Blocks: []textlayer.Block{head(0, "Action plan"), table(0, 2, rows...)}}
}

func ids(t *testing.T, doc textlayer.Document, src Source) map[string]string {
	t.Helper()
	res, err := Detect(context.Background(), &doc, src)
	if err != nil {
		t.Fatalf("Detect: %v", err)
	}
	out := map[string]string{} // text -> id
	for _, it := range res.Items {
		out[it.Text] = it.ID
	}
	return out
}

// TestIDsHold is what a user comparing two runs meets: ids that change only when the item does.
func TestIDsHold(t *testing.T) {
	src := Source{Ref: "plan.html", FileID: "plan", Hash: "0123456789abcdef"}
	before := ids(t, plan(), src)
	if len(before) != 3 {
		t.Fatalf("Detect(plan) = %d items, want 3: %v", len(before), before)
	}
	tests := []struct {
		name string
		doc  textlayer.Document
		src  Source
		// same: every id of before is kept; added: how many new ids appear
		added int
	}{
		{"the same document again", plan(), src, 0},
		{"the document renamed", plan(), Source{Ref: "other-name.html", FileID: "other-name", Hash: src.Hash}, 0},
		{"one unnumbered row inserted", plan("Open a field office"), src, 1},
		{"two rows inserted", plan("Open a field office", "Close the old one"), src, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := ids(t, tt.doc, tt.src)
			for text, id := range before {
				if after[text] != id {
					t.Errorf("item %q: id %q, was %q", text, after[text], id)
				}
			}
			if got := len(after) - len(before); got != tt.added {
				t.Errorf("%d new ids, want %d: %v", got, tt.added, slices.Sorted(maps.Values(after)))
			}
		})
	}
}

func TestIDRoot(t *testing.T) {
	doc := plan()
	tests := []struct {
		name string
		doc  textlayer.Document
		src  Source
		want string // the part of every id before '#'
	}{
		{"no symbol: the hash of the bytes", doc, Source{FileID: "plan", Hash: "0123456789abcdef"}, "sha256-0123456789ab"},
		{"symbol printed", textlayer.Document{Format: "pdf", Blocks: append([]textlayer.Block{para(1, "GB.350/PFA/1")}, doc.Blocks...)},
			Source{FileID: "plan", Hash: "0123456789abcdef"}, "GB.350/PFA/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Detect(context.Background(), &tt.doc, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Items) == 0 {
				t.Fatal("Detect found no items")
			}
			for _, it := range res.Items {
				if got := it.ID[:len(tt.want)+1]; got != tt.want+"#" {
					t.Errorf("Detect(%s) id %q, want it under %q", tt.src.FileID, it.ID, tt.want)
				}
			}
		})
	}
	// Without the hash of the bytes, the text stands in, and the file name still plays no part.
	a := ids(t, plan(), Source{FileID: "a"})
	b := ids(t, plan(), Source{FileID: "b"})
	if !maps.Equal(a, b) {
		t.Errorf("ids differ between file names a and b with no hash:\n%v\n%v", a, b)
	}
}

func TestIDsOfDuplicates(t *testing.T) {
	doc := textlayer.Document{Format: "html", Blocks: []textlayer.Block{head(0, "Action plan"), table(0, 2,
		row(0, true, "Action", "Timeline"),
		row(0, false, "Report to the Board", "By end 2001"),
		row(0, false, "Report to the Board", "By end 2002"),
		row(0, false, "Train the staff", "By end 2002"),
	)}}
	res, err := Detect(context.Background(), &doc, Source{Hash: "ab"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range res.Items {
		got = append(got, it.ID)
	}
	key := textKey("action_item", "Report to the Board")
	want := []string{"sha256-ab#action_item-" + key, "sha256-ab#action_item-" + key + ".2", "sha256-ab#action_item-" + textKey("action_item", "Train the staff")}
	if !slices.Equal(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestTextKeyIgnoresCaseAndSpacing(t *testing.T) {
	if a, b := textKey("commitment", "The Office will  report\nby June 2021."), textKey("commitment", "the office will report by june 2021."); a != b {
		t.Errorf("textKey: %q and %q for the same words", a, b)
	}
	if a, b := textKey("commitment", "x"), textKey("action_item", "x"); a == b {
		t.Errorf("textKey: %q for two kinds", a)
	}
}

func TestBareNumber(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"(c)", "c"}, {"c)", "c"}, {"7.", "7"}, {"4.2", "4.2"}, {"1(a)", "1(a)"}, {" (ii) ", "ii"}, {"()", "?"},
	} {
		if got := bareNumber(tt.in); got != tt.want {
			t.Errorf("bareNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text unchanged", "Train the staff by 2025.", "Train the staff by 2025."},
		{"decomposed accents composed", "Résumé d'évaluation", "Résumé d'évaluation"},
		{"right-to-left override", "Pay \u202e0001\u202c USD", "Pay 0001 USD"},
		{"isolates", "\u2066Train\u2069 the staff", "Train the staff"},
		{"zero-width space inside a word", "Tr\u200bain", "Train"},
		{"zero-width space between words leaves one space", "Train \u200b the staff", "Train the staff"},
		{"byte order mark and soft hyphen", "\ufeffcoordi\u00adnation", "coordination"},
		{"marks and joiners", "a\u200e\u200f\u200c\u200d\u2060b", "ab"},
		{"control characters part words", "a\x00b\x1bc", "a b c"},
		{"a glyph mapped to a control character parts words (fuzz crasher)", "RECOMMANDATION0)0\x1900", "RECOMMANDATION0)0 00"},
		{"line separator", "a\u2028b", "a b"},
		{"accents and other scripts kept", "Décision – 第一", "Décision – 第一"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanText(tt.in); got != tt.want {
				t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
