package pdftext

import (
	"context"
	"testing"

	"gbtrack/extract/textlayer"
)

func TestBuildWords(t *testing.T) {
	tests := []struct {
		name string
		runs []run
		want string
	}{
		{"plain without space glyphs", []run{{text: "the UN reform", x: 10, y: 10, size: 10}}, "the|UN|reform"},
		{"plain with space glyphs", []run{{text: "the UN reform", x: 10, y: 10, size: 10, spaces: true}}, "the|UN|reform"},
		{"justified wide gaps", []run{{text: "Develop an Organization-wide crisis", x: 10, y: 10, size: 10, gapEm: 3}}, "Develop|an|Organization-wide|crisis"},
		{"narrow spaces still split", []run{{text: "a narrow line", x: 10, y: 10, size: 10, gapEm: 0.18}}, "a|narrow|line"},
		{"glued superscript marker", []run{
			{text: "the UN reform", x: 10, y: 10, size: 10},
			{text: "1", x: run{text: "the UN reform", x: 10, size: 10}.end(), y: 10, size: 6, raise: 1},
			{text: "was", x: 90, y: 10, size: 10},
		}, "the|UN|reform|^1|was"},
		{"marker after a space", []run{
			{text: "(QCPR),", x: 10, y: 10, size: 10},
			{text: "3", x: 50, y: 10, size: 6, raise: 1},
			{text: "which", x: 56, y: 10, size: 10},
		}, "(QCPR),|^3|which"},
		{"small text beside a big capital is no marker", []run{
			{text: "United Nations", x: 10, y: 10, size: 14},
			{text: "A", x: 190, y: 6, size: 20},
			{text: "/RES/79/280", x: 200, y: 12, size: 10},
		}, "United|Nations|A/RES/79/280"},
		{"small year beside a big heading is no marker", []run{
			{text: "EVALUATION BRIEF", x: 10, y: 10, size: 26},
			{text: "March 2022", x: 300, y: 12, size: 12},
		}, "EVALUATION|BRIEF|March|2022"},
		{"word split by a wide gap", []run{
			{text: "powers and competenci", x: 10, y: 10, size: 10},
			{text: "es as enshrined", x: 108, y: 10, size: 10},
		}, "powers|and|competencies|as|enshrined"},
		{"words that are words stay apart", []run{
			{text: "follow up on a void", x: 10, y: 10, size: 10, gapEm: 0.5},
		}, "follow|up|on|a|void"},
		{"French stays apart", []run{{text: "mise en oeuvre de la", x: 10, y: 10, size: 10, gapEm: 0.5}}, "mise|en|oeuvre|de|la"},
		{"ordinary numbers stay", []run{{text: "by 2030 and 12 more", x: 10, y: 10, size: 10}}, "by|2030|and|12|more"},
		{"double letters in narrow glyphs", []run{{text: "the follow-up of ill office", x: 10, y: 10, size: 14, glyphEm: 0.17}}, "the|follow-up|of|ill|office"},
		{"narrow italic spaces", []run{{text: "Chapter 5 of the report presented", x: 10, y: 10, size: 13, gapEm: 0.14}}, "Chapter|5|of|the|report|presented"},
		{"tracked text stays whole", []run{{text: "Annual report of the office", x: 10, y: 10, size: 10, trackEm: 0.2, gapEm: 0.3}}, "Annual|report|of|the|office"},
		{"letter-spaced heading", []run{{text: "I N S T I T U T E", x: 10, y: 10, size: 10, gapEm: 0.3}}, "INSTITUTE"},
	}
	for _, tt := range tests {
		var gs []Glyph
		for _, r := range tt.runs {
			gs = append(gs, r.glyphs()...)
		}
		ls := buildLines(gs, 1)
		if len(ls) != 1 {
			t.Errorf("%s: buildLines gave %d lines, want 1", tt.name, len(ls))
			continue
		}
		if got := texts(ls[0].words); got != tt.want {
			t.Errorf("%s: words = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBuildLinesOrder(t *testing.T) {
	// Content order is bottom line first; the lines must come out top to bottom, words left
	// to right, and the raised marker must stay on its line.
	p := page(1,
		run{text: "second line", x: 72, y: 114, size: 10},
		run{text: "right", x: 300, y: 100, size: 10},
		run{text: "left", x: 72, y: 100, size: 10},
		run{text: "2", x: 96, y: 100, size: 6, raise: 1.5},
	)
	ls := buildLines(p.Glyphs, 1)
	var got []string
	for _, l := range ls {
		got = append(got, texts(l.words))
	}
	want := []string{"left|^2|right", "second|line"}
	if len(got) != len(want) {
		t.Fatalf("buildLines = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("buildLines line %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func BenchmarkBuildLines(b *testing.B) {
	var runs []run
	for i := 0; i < 50; i++ {
		runs = append(runs, run{text: fullLine("Benchmark line", 90), x: 72, y: 60 + float64(i)*14, size: 10})
	}
	p := page(1, runs...)
	b.ResetTimer()
	for b.Loop() {
		buildLines(p.Glyphs, 1)
	}
}

// BenchmarkBuildLinesPage groups the glyphs of real dense pages (gb340-ins-6.pdf, 13 pages of
// some 2,500 glyphs each, in the order PDFium reports them) into lines, the step that costs
// most of the layout analysis.
func BenchmarkBuildLinesPage(b *testing.B) {
	data := readSample(b, "gb340-ins-6.pdf")
	raw, err := sharedEngine(b).Read(context.Background(), data, "")
	if err != nil {
		b.Fatal(err)
	}
	glyphs := 0
	for _, p := range raw.Pages {
		glyphs += len(p.Glyphs)
	}
	b.ResetTimer()
	cpu := processCPU(b)
	for b.Loop() {
		for i, p := range raw.Pages {
			buildLines(p.Glyphs, i+1)
		}
	}
	b.ReportMetric(float64((processCPU(b)-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(glyphs*b.N)/b.Elapsed().Seconds(), "glyphs/s")
}

// splitLigatures turns every glyph holding a presentation-form ligature into one glyph a
// letter, all with the ligature's box, as PDFium reports them.
func splitLigatures(gs []Glyph) []Glyph {
	var out []Glyph
	for _, g := range gs {
		l := textlayer.SpellLigatures(g.Text)
		if l == g.Text {
			out = append(out, g)
			continue
		}
		for _, r := range l {
			p := g
			p.Text = string(r)
			out = append(out, p)
		}
	}
	return out
}

// offset returns the glyphs moved by dx points, as a producer faking bold draws them again.
func offset(gs []Glyph, dx float64) []Glyph {
	out := make([]Glyph, len(gs))
	for i, g := range gs {
		g.X0 += dx
		g.X1 += dx
		out[i] = g
	}
	return out
}

func TestBuildWordsLigatures(t *testing.T) {
	line := run{text: "the Oﬃce ﬁnalizes eﬀective ﬂows", x: 10, y: 10, size: 10}.glyphs()
	pieces := splitLigatures(line)
	tests := []struct {
		name string
		gs   []Glyph
		want string
	}{
		{"presentation forms", line, "the|Office|finalizes|effective|flows"},
		{"one glyph a letter, one box (PDFium)", pieces, "the|Office|finalizes|effective|flows"},
		{"pieces drawn twice to fake bold", append(append([]Glyph(nil), pieces...), offset(pieces, 0.3)...), "the|Office|finalizes|effective|flows"},
		{"double letters stay", run{text: "staff office", x: 10, y: 10, size: 10}.glyphs(), "staff|office"},
	}
	for _, tt := range tests {
		ls := buildLines(tt.gs, 1)
		if len(ls) != 1 {
			t.Errorf("%s: buildLines gave %d lines, want 1", tt.name, len(ls))
			continue
		}
		if got := texts(ls[0].words); got != tt.want {
			t.Errorf("%s: words = %q, want %q", tt.name, got, tt.want)
		}
	}
}
