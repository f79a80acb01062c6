package pdftext

import (
	"testing"

	"gbtrack/extract/textlayer"
)

// TestShortDocumentParagraphNumbers: a one-page paper with two numbered paragraphs of one
// line each has too few body lines on its page to measure a margin; the document's body lines
// give it, so each number still opens a paragraph (case 34-type3-no-tounicode).
func TestShortDocumentParagraphNumbers(t *testing.T) {
	doc := analyzePages(t, page(1,
		run{text: "INTERNATIONAL LABOUR OFFICE", x: 72, y: 40, size: 9},
		run{text: "Governing Body", x: 72, y: 52, size: 9},
		run{text: "Date: 9 October 2026", x: 72, y: 80, size: 9},
		run{text: "1. The Office will publish the final report by the end of 2027.", x: 72, y: 155, size: 10},
		run{text: "2. Member States are requested to send comments by 31 March 2027.", x: 72, y: 171, size: 10},
	))
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Paragraph {
			got = append(got, b.Text)
		}
	}
	want := []string{"1. The Office will publish the final report by the end of 2027.", "2. Member States are requested to send comments by 31 March 2027."}
	if len(got) < 2 || got[len(got)-2] != want[0] || got[len(got)-1] != want[1] {
		t.Errorf("paragraphs = %q, want them to end with %q", got, want)
	}
}
