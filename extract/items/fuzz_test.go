package items

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// FuzzCommitments feeds running text of any shape to sentence splitting and the commitment
// finder: no panic, sentences inside the text and in order, every commitment's sentence a part
// of the text.
func FuzzCommitments(f *testing.F) {
	for _, s := range []string{
		"A further 35 country teams will follow in 2021.",
		"The Deputy Secretary-General has requested that all country teams have a CCA by the end of 2020.",
		"12. See para. 3 and No. 208. The Office will act by 31.01.2024; Member States shall report before GB.352.",
		"In 2021, the Office will publish it. It was launched in July 2019 (see U.S. e.g. i.e.).",
		"by by by in in 2019–20 -- — until mid- 2020 Q5 2024 H3 the 999th Session",
		"\u00a0.\u2009!?\"'”’»«“‘ ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		prev := 0
		for _, s := range splitSentences(text) {
			if s.start < prev || s.end < s.start || s.end > len(text) {
				t.Fatalf("splitSentences(%q): span %v out of order or range (prev end %d)", text, s, prev)
			}
			prev = s.end
		}
		doc := &textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{{Kind: textlayer.Paragraph, Page: 1, Text: text}}}
		res, err := Detect(context.Background(), doc, Source{Ref: "fuzz", FileID: "fuzz"})
		if err != nil {
			t.Fatalf("Detect(%q): %v", text, err)
		}
		// Item texts are cleaned (CleanText): control characters become spaces, zero-width
		// ones go, and spaces collapse where one was removed; the text is compared with the
		// input cleaned alike, spaces collapsed on both sides.
		flat := func(s string) string { return strings.Join(strings.Fields(CleanText(s)), " ") }
		clean := flat(text)
		for _, it := range res.Items {
			if !strings.Contains(clean, flat(it.Text)) {
				t.Fatalf("Detect(%q): item text %q is not part of the text", text, it.Text)
			}
			if it.Kind == normalize.KindCommitment && it.Due == nil {
				t.Fatalf("Detect(%q): commitment without a due", text)
			}
		}
	})
}

// FuzzDecisions feeds paragraphs of any shape, one a line, to the clause grammar: no panic, and
// every action item's number is printed in the text.
func FuzzDecisions(f *testing.F) {
	for _, s := range []string{
		"The Governing Body:\n(a) took note;\n(b) requested the Office to report by March 2027.",
		"The Executive Board\n1. Takes note;\n2 26-16204\n2. Requests UNDP to act by June 2027;\n(i) x\n(ii)",
		"The General Assembly,\nRecalling it,\n3. Notes, and requests the Secretary-General to report at its eightieth session;\ncost",
		"3. The Governing Body requests the Director-General: (a) to x; (i) y; (b) z\n- a\n• b",
		"Action 7. We will\nThe Ministry will:\nadopt the Act by June 2027;\n(c)",
		"The Council:\n(\n(a)\n1.\n-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		var blocks []textlayer.Block
		for _, line := range strings.Split(text, "\n") {
			blocks = append(blocks, textlayer.Block{Kind: textlayer.Paragraph, Page: 1, Text: line})
		}
		doc := &textlayer.Document{Format: "pdf", Blocks: blocks}
		res, err := Detect(context.Background(), doc, Source{Ref: "fuzz", FileID: "fuzz"})
		if err != nil {
			t.Fatalf("Detect(%q): %v", text, err)
		}
		for _, it := range res.Items {
			if it.Number != nil && !strings.Contains(text, *it.Number) {
				t.Fatalf("Detect(%q): number %q is not in the text", text, *it.Number)
			}
		}
	})
}

// FuzzTables feeds tables of any shape (a header line and rows, cells split at "|") to item
// detection: no panic, every parent names an item of the result, and no number is empty.
func FuzzTables(f *testing.F) {
	for _, s := range []string{
		"Action | Responsible unit(s) | Due by | Status\n1. Publish | Care Economy Team (CARE) Data Hub (DSH) | March 2027 | Ongoing",
		"Key action | Time frame | Lead unit(s)\nEvaluation recommendation 1: Do it. Management response: Agree.\nAct | June 2027 | PRODES\nand more | | (P)",
		"Recommendation | Management response | Key actions | Deadline\n1. Improve | Rejected | Build | Q2 2027\n | | Train | Q4",
		"1. | Publish | Completed\n2. | Train | Ongoing\n3. | Revise | Not started",
		"Agreed action and risk rating | Status at September 2026\n6. Title [high priority]: | Delayed. The revised date is 30 April 2027.\nManagement agreed |",
		"Status (do not complete) | | \n | |",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		lines := strings.Split(text, "\n")
		cols := 0
		var rows []textlayer.Row
		for k, line := range lines {
			r := textlayer.Row{Page: 1, Header: k == 0}
			for _, c := range strings.Split(line, "|") {
				r.Cells = append(r.Cells, textlayer.Cell{Text: c, Span: 1})
			}
			cols = max(cols, len(r.Cells))
			rows = append(rows, r)
		}
		doc := &textlayer.Document{Format: "pdf", Blocks: []textlayer.Block{
			{Kind: textlayer.Paragraph, Page: 1, Text: "Recommendation 2. Keep the rows."},
			{Kind: textlayer.Table, Page: 1, Table: &textlayer.TableData{Columns: cols, Rows: rows}},
			{Kind: textlayer.Paragraph, Page: 1, Text: "Key actions:"},
			{Kind: textlayer.Paragraph, Page: 1, Text: text},
		}}
		res, err := Detect(context.Background(), doc, Source{Ref: "fuzz", FileID: "fuzz"})
		if err != nil {
			t.Fatalf("Detect(%q): %v", text, err)
		}
		ids := map[string]bool{}
		for _, it := range res.Items {
			ids[it.ID] = true
		}
		for _, it := range res.Items {
			if it.Parent != nil && !ids[*it.Parent] {
				t.Fatalf("Detect(%q): parent %q of %q is no item", text, *it.Parent, it.ID)
			}
			if it.Number != nil && *it.Number == "" {
				t.Fatalf("Detect(%q): item %q with an empty number", text, it.ID)
			}
		}
	})
}
