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

// TestRaggedColumns checks two columns of ragged running text whose lines stand at heights of
// their own (a side column set with its own spacing): read column by column, never as a table.
// Each paragraph's wrapped lines go on in small letters and end where the next word would not
// fit; its last line is short and ends a sentence.
func TestRaggedColumns(t *testing.T) {
	const l0, l1, r0, r1, sz = 72.0, 290.0, 330.0, 528.0, 10.0
	runs := []run{{text: "A heading over the columns", x: l0, y: 60, size: 14, bold: true}}
	// para sets a paragraph of n lines from y in the column from x0 to x1, every other line
	// short of the edge by less than the long word that starts the next one.
	para := func(word string, x0, x1, y float64, n int) {
		for i := 0; i < n; i++ {
			first := word
			if i > 0 {
				first = "internationally"
			}
			text := fillTo(first, x0, sz, x1-float64(i%2)*40)
			if i == n-1 {
				text = first + " ends here."
			}
			runs = append(runs, run{text: text, x: x0, y: y + float64(i)*14, size: sz})
		}
	}
	para("alpha", l0, l1, 90, 8)
	para("bravo", l0, l1, 212, 8)
	para("charlie", r0, r1, 97, 7)
	para("delta", r0, r1, 205, 9)
	doc := analyzePages(t, page(1, runs...))
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			t.Fatalf("two ragged columns of prose read as a table\n%s", dump(doc))
		}
		got = append(got, strings.Fields(b.Text)[0])
	}
	want := []string{"A", "alpha", "bravo", "charlie", "delta"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("blocks start %q, want %q\n%s", got, want, dump(doc))
	}
}

// TestInnerGutter reads one side of a candidate gutter, line by line: cells set beside
// wrapping cells (a matrix's recommendation and its response) hold a column boundary of their
// own, running text and a bulleted list do not.
func TestInnerGutter(t *testing.T) {
	const sz = 10.0
	// side sets one line per entry: each entry is the words' start and end x.
	side := func(spans ...[][2]float64) [][]word {
		var lines [][]word
		for i, sp := range spans {
			var ws []word
			for _, s := range sp {
				ws = append(ws, word{text: "w", x0: s[0], x1: s[1], y0: 100 + float64(i)*12, y1: 110 + float64(i)*12, size: sz})
			}
			lines = append(lines, ws)
		}
		return lines
	}
	prose := func(x0, x1 float64, shift float64) [][2]float64 {
		var sp [][2]float64
		for x := x0 + shift; x+30 <= x1; x += 34 {
			sp = append(sp, [2]float64{x, x + 30})
		}
		return sp
	}
	cells := func(x0, x1, y0, y1 float64) [][2]float64 {
		return append(prose(x0, x1, 0), [2]float64{y0, y1})
	}
	tests := []struct {
		name  string
		lines [][]word
		want  bool
	}{
		{"recommendation beside its response", side(
			cells(72, 230, 250, 300), prose(72, 230, 0), prose(72, 200, 0),
			cells(72, 230, 250, 320), prose(72, 230, 5), cells(72, 220, 250, 290)), true},
		{"running text", side(
			prose(72, 300, 0), prose(72, 300, 9), prose(72, 300, 17), prose(72, 300, 3),
			prose(72, 300, 12), prose(72, 200, 0)), false},
		{"bulleted list", side(
			[][2]float64{{72, 76}}, prose(86, 300, 0), prose(86, 300, 7), prose(86, 300, 0),
			prose(86, 300, 11), prose(86, 300, 0)), false},
		{"bullets each on one line", side(
			append([][2]float64{{72, 76}}, prose(86, 300, 0)...),
			append([][2]float64{{72, 76}}, prose(86, 300, 0)...),
			append([][2]float64{{72, 76}}, prose(86, 280, 0)...),
			append([][2]float64{{72, 76}}, prose(86, 300, 0)...)), false},
	}
	for _, tt := range tests {
		if got := innerGutter(tt.lines, sz); got != tt.want {
			t.Errorf("innerGutter(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
