package pdftext

import (
	"strings"
	"testing"

	"gbtrack/extract/textlayer"
)

// twoColumnPage sets a heading across the page, then two columns of justified prose: the left
// holds paragraph A (ending early) and the start of B, which runs on into the right column.
func twoColumnPage() RawPage {
	const l0, l1, r0, r1, sz, rows = 72.0, 290.0, 310.0, 528.0, 10.0, 14
	runs := []run{{text: "A heading across both columns of the page", x: l0, y: 60, size: 14, bold: true}}
	y := func(i int) float64 { return 90 + float64(i)*14 }
	for i := 0; i < rows; i++ {
		switch {
		case i < 7:
			runs = append(runs, run{text: fillTo("Alpha line", l0, sz, l1), x: l0, y: y(i), size: sz})
		case i == 7:
			runs = append(runs, run{text: "Alpha ends.", x: l0, y: y(i), size: sz})
		default:
			runs = append(runs, run{text: fillTo("Bravo line", l0, sz, l1), x: l0, y: y(i), size: sz})
		}
		if i < rows-1 {
			runs = append(runs, run{text: fillTo("Bravo right", r0, sz, r1), x: r0, y: y(i), size: sz})
		} else {
			runs = append(runs, run{text: "Bravo ends.", x: r0, y: y(i), size: sz})
		}
	}
	return page(1, runs...)
}

func TestTwoColumns(t *testing.T) {
	doc := analyzePages(t, twoColumnPage())
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			t.Fatalf("two columns of prose read as a table\n%s", dump(doc))
		}
		f := strings.Fields(b.Text)
		got = append(got, f[0]+" "+f[1]+"…"+f[len(f)-1])
	}
	want := []string{"A heading…page", "Alpha line…ends.", "Bravo line…ends."}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("blocks %q, want %q\n%s", got, want, dump(doc))
	}
}

func TestColumnsLeaveTablesAlone(t *testing.T) {
	// A two-column glossary: short ragged terms on the left are no prose column.
	var runs []run
	for i := 0; i < 14; i++ {
		runs = append(runs,
			run{text: "TERM" + string(rune('A'+i)), x: 72, y: 90 + float64(i)*14, size: 10},
			run{text: fillTo("The meaning of the term in words", 200, 10, 520), x: 200, y: 90 + float64(i)*14, size: 10})
	}
	p := page(1, runs...)
	pl := pageLines{number: 1, width: p.Width, height: p.Height, lines: buildLines(p.Glyphs, 1)}
	if readColumns(&pl, 10) {
		t.Errorf("readColumns split a glossary table into columns")
	}
}
