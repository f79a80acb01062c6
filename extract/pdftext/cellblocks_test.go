package pdftext

import (
	"slices"
	"strings"
	"testing"

	"gbtrack/extract/textlayer"

	"github.com/stretchr/testify/assert"
)

// mrRow is one row of a management-response table: the recommendation and the response, each a
// cell of lines, beside sub-rows of key actions (action, unit, due date: one cell of lines each).
type mrRow struct {
	rec, response []string
	actions       [][3][]string
}

// mrTable lays out a management-response table as a word processor prints it: a header whose
// titles wrap (titles of one line centred in the header's height), then rows padded 6 points
// above and below each sub-row, the recommendation and the response centred vertically in their
// row (or set at its top) and each sub-row's cells centred in the sub-row. Lines are 11.5 points
// apart at size 10.
func mrTable(header [5][]string, rows []mrRow, centred bool) []run {
	return mrTableHead(header, true, true, rows, centred)
}

// mrTableHead is mrTable with the header's titles bold or plain, centred in the header's height
// or set at its top.
func mrTableHead(header [5][]string, bold, headCentred bool, rows []mrRow, centred bool) []run {
	const sz, lead, pad = 10.0, 11.5, 6.0
	xs := [5]float64{40, 200, 310, 460, 530}
	var out []run
	tall := 0
	for _, h := range header {
		tall = max(tall, len(h))
	}
	place := func(lines []string, x, top, height float64, bold, centre bool) {
		if centre {
			top += (height - float64(len(lines))*lead) / 2
		}
		for k, s := range lines {
			out = append(out, run{text: s, x: x, y: top + float64(k)*lead, size: sz, bold: bold})
		}
	}
	y := 60.0
	for c, h := range header {
		place(h, xs[c], y, float64(tall)*lead, bold, headCentred)
	}
	y += float64(tall)*lead + 2*pad
	for _, r := range rows {
		subs := 0.0
		for _, a := range r.actions {
			n := max(len(a[0]), len(a[1]), len(a[2]))
			subs += float64(n)*lead + 2*pad
		}
		h := max(subs, float64(max(len(r.rec), len(r.response)))*lead+2*pad)
		place(r.rec, xs[0], y+pad, h-2*pad, false, centred)
		place(r.response, xs[1], y+pad, h-2*pad, false, centred)
		sy := y
		for _, a := range r.actions {
			n := float64(max(len(a[0]), len(a[1]), len(a[2])))
			for k, cell := range a {
				place(cell, xs[2+k], sy+pad, n*lead, false, centred)
			}
			sy += n*lead + 2*pad
		}
		y += h
	}
	return out
}

var mrRowsEN = []mrRow{
	{
		rec:      []string{"1. Align the next programme", "with the national plan and", "the cooperation framework,", "with fewer outcomes."},
		response: []string{"Accepted"},
		actions: [][3][]string{
			{{"1.1 Hold a validation", "workshop with the", "tripartite constituents"}, {"CO-Abuja"}, {"March 2026"}},
			{{"1.2 Draft a results", "framework with baselines"}, {"CO-Abuja", "PROGRAM"}, {"June 2026"}},
		},
	},
	{
		rec:      []string{"2. Strengthen the steering", "committee."},
		response: []string{"Partially accepted.", "Resources depend on", "the Government."},
		actions: [][3][]string{
			{{"2.1 Organize a training", "for committee members"}, {"CO-Abuja"}, {"Q3 2026"}},
			{{"2.2 Hold an annual review", "with the committee"}, {"CO-Abuja"}, {"Annually"}},
			{{"2.3 Publish the review"}, {"CO-Abuja"}, {"Q4 2026"}},
		},
	},
	{
		rec:      []string{"3. Mobilize resources for", "young people in the", "informal economy."},
		response: []string{"Not accepted."},
	},
}

var mrRowsFR = []mrRow{
	{
		rec:      []string{"1. Concentrer le prochain", "programme sur trois", "priorités au plus."},
		response: []string{"Acceptée"},
		actions: [][3][]string{
			{{"1.1 Organiser un atelier", "de priorisation avec", "les mandants"}, {"BP-Dakar"}, {"Février 2025"}},
			{{"1.2 Soumettre le projet", "au comité de pilotage"}, {"BP-Dakar", "PROGRAM"}, {"Juin 2025"}},
		},
	},
	{
		rec:      []string{"2. Renforcer le suivi des", "résultats du bureau."},
		response: []string{"Partiellement", "acceptée. Le poste", "dépend des", "ressources."},
		actions: [][3][]string{
			{{"2.1 Rechercher un", "financement pour un", "poste de suivi"}, {"BP-Dakar"}, {"Fin 2025"}},
		},
	},
}

// TestTableCentredKeyActions: a management-response table whose recommendation and response
// cells are centred vertically beside their key actions (each a sub-row with its unit and due
// date, centred in it), under a header whose titles wrap to two lines, is one header and one
// row a key action, the recommendation and the response in the first row of each; a
// recommendation without actions is a row of its own. English and French, the cells centred
// (LibreOffice, Word) or set at the top of their rows.
func TestTableCentredKeyActions(t *testing.T) {
	en := [5][]string{{"Recommendation"}, {"Management", "response"}, {"Key actions"}, {"Responsible", "unit"}, {"Timeline"}}
	wantEN := []string{
		"Recommendation | Management response | Key actions | Responsible unit | Timeline",
		"1. Align the next programme with the national plan and the cooperation framework, with fewer outcomes. | Accepted | 1.1 Hold a validation workshop with the tripartite constituents | CO-Abuja | March 2026",
		" |  | 1.2 Draft a results framework with baselines | CO-Abuja PROGRAM | June 2026",
		"2. Strengthen the steering committee. | Partially accepted. Resources depend on the Government. | 2.1 Organize a training for committee members | CO-Abuja | Q3 2026",
		" |  | 2.2 Hold an annual review with the committee | CO-Abuja | Annually",
		" |  | 2.3 Publish the review | CO-Abuja | Q4 2026",
		"3. Mobilize resources for young people in the informal economy. | Not accepted. |  |  | ",
	}
	fr := [5][]string{{"Recommandation"}, {"Réponse de", "la direction"}, {"Actions clés"}, {"Unité", "responsable"}, {"Échéance"}}
	wantFR := []string{
		"Recommandation | Réponse de la direction | Actions clés | Unité responsable | Échéance",
		"1. Concentrer le prochain programme sur trois priorités au plus. | Acceptée | 1.1 Organiser un atelier de priorisation avec les mandants | BP-Dakar | Février 2025",
		" |  | 1.2 Soumettre le projet au comité de pilotage | BP-Dakar PROGRAM | Juin 2025",
		"2. Renforcer le suivi des résultats du bureau. | Partiellement acceptée. Le poste dépend des ressources. | 2.1 Rechercher un financement pour un poste de suivi | BP-Dakar | Fin 2025",
	}
	// The same table with neither recommendations nor key actions numbered.
	unnumbered := func(rows []mrRow) []mrRow {
		strip := func(ls []string) []string {
			out := slices.Clone(ls)
			if len(out) > 0 {
				if _, rest, ok := strings.Cut(out[0], " "); ok && strings.ContainsAny(out[0][:1], "0123456789") {
					out[0] = rest
				}
			}
			return out
		}
		var out []mrRow
		for _, r := range rows {
			n := mrRow{rec: strip(r.rec), response: r.response}
			for _, a := range r.actions {
				n.actions = append(n.actions, [3][]string{strip(a[0]), a[1], a[2]})
			}
			out = append(out, n)
		}
		return out
	}
	var wantBare []string
	for _, w := range wantEN {
		for _, num := range []string{"1.1 ", "1.2 ", "2.1 ", "2.2 ", "2.3 ", "1. ", "2. ", "3. "} {
			w = strings.ReplaceAll(w, num, "")
		}
		wantBare = append(wantBare, w)
	}
	tests := []struct {
		name    string
		header  [5][]string
		rows    []mrRow
		centred bool
		want    []string
	}{
		{"English, centred", en, mrRowsEN, true, wantEN},
		{"English, centred, unnumbered", en, unnumbered(mrRowsEN), true, wantBare},
		{"English, top-aligned", en, mrRowsEN, false, wantEN},
		{"French, centred", fr, mrRowsFR, true, wantFR},
		{"French, top-aligned", fr, mrRowsFR, false, wantFR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzePages(t, page(1, mrTable(tt.header, tt.rows, tt.centred)...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			var got []string
			for _, r := range tbs[0].Table.Rows {
				got = append(got, rowTexts(r))
			}
			assert.Equal(t, tt.want, got, dump(doc))
		})
	}
}

// TestCellGroups: sub-rows (their tops and bottoms) go to the keys (recommendations) in order,
// each key at the centre of its run where the cells are centred, at its top where they are
// top-aligned; a sub-row above the first key is the rest of a row begun on the previous page
// only where the body continues a table.
func TestCellGroups(t *testing.T) {
	type span struct{ top, bot float64 }
	tests := []struct {
		name      string
		keys      []span
		subs      []span
		continued bool
		want      []int
	}{
		// A key of two lines centred beside three sub-rows meets only the middle one.
		{"centred beside three", []span{{130, 153}, {260, 272}}, []span{{100, 124}, {136, 148}, {160, 184}, {255, 278}}, false, []int{0, 0, 0, 1}},
		// Two keys, the second beside two sub-rows, the first beside one it does not meet.
		{"centred, a key between sub-rows", []span{{110, 122}, {175, 187}}, []span{{100, 130}, {150, 170}, {192, 212}}, false, []int{0, 1, 1}},
		{"top-aligned", []span{{100, 134}, {180, 192}}, []span{{100, 124}, {136, 160}, {180, 204}}, false, []int{0, 0, 1}},
		{"rest of a row on a new page", []span{{150, 162}}, []span{{60, 84}, {150, 174}}, true, []int{-1, 0}},
		{"no rest on a first page", []span{{150, 162}}, []span{{60, 84}, {150, 174}}, false, []int{0, 0}},
		{"a key without actions", []span{{100, 112}, {130, 142}}, []span{{100, 112}}, false, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := make([]cellBlock, len(tt.keys))
			for i, k := range tt.keys {
				keys[i] = cellBlock{top: k.top, bot: k.bot}
			}
			subs := make([]subRow, len(tt.subs))
			for i, s := range tt.subs {
				subs[i] = subRow{top: s.top, bot: s.bot}
			}
			assert.Equal(t, tt.want, cellGroups(keys, subs, tt.continued), "cellGroups(%v, %v, %v)", tt.keys, tt.subs, tt.continued)
		})
	}
}

// TestStaggered: a body whose cells are centred beside wrapped cells is staggered; level cells
// are not, nor a bullet whose box is shorter than the words beside it.
func TestStaggered(t *testing.T) {
	const sz = 10.0
	g := grid{starts: []float64{40, 200}, ends: []float64{120, 280}}
	tests := []struct {
		name string
		runs []run
		want bool
	}{
		{"centred beside a wrapped cell", []run{
			{text: "first line of a cell", x: 40, y: 100, size: sz}, {text: "Accepted", x: 200, y: 106, size: sz},
			{text: "second line of a cell", x: 40, y: 111.5, size: sz}, {text: "in part", x: 200, y: 117.5, size: sz},
			{text: "third line", x: 40, y: 123, size: sz},
		}, true},
		{"level cells", []run{
			{text: "first line of a cell", x: 40, y: 100, size: sz}, {text: "Accepted", x: 200, y: 100, size: sz},
			{text: "second line of a cell", x: 40, y: 111.5, size: sz}, {text: "in part", x: 200, y: 111.5, size: sz},
		}, false},
		{"bullets", []run{
			{text: "▪", x: 40, y: 100, size: 6}, {text: "Provide continuum of care", x: 200, y: 100, size: sz},
			{text: "▪", x: 40, y: 130, size: 6}, {text: "Base the support on", x: 200, y: 130, size: sz},
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := buildLines(page(1, tt.runs...).Glyphs, 1)
			assert.Equal(t, tt.want, staggered(ls, 0, g), "staggered(%s)", tt.name)
		})
	}
}

// TestTableWrappedHeaderBand: a header whose titles wrap to two or three lines, centred in the
// header's height or set at its top, bold or plain (a shaded header row in a regular weight), is
// the table's header, not a heading over a table whose header is the first row.
func TestTableWrappedHeaderBand(t *testing.T) {
	rows := []mrRow{
		{rec: []string{"1. Align the programme."}, response: []string{"Accepted"},
			actions: [][3][]string{{{"1.1 Hold a workshop"}, {"CO-Abuja"}, {"March 2026"}}}},
		{rec: []string{"2. Mobilize resources."}, response: []string{"Accepted"},
			actions: [][3][]string{{{"2.1 Draft a plan"}, {"CO-Abuja"}, {"June 2026"}}}},
	}
	two := [5][]string{{"Recommendation"}, {"Management", "response"}, {"Key actions"}, {"Responsible", "unit"}, {"Timeline"}}
	three := [5][]string{{"Recommandation"}, {"Réponse de", "la direction"}, {"Actions clés"}, {"Unité", "chargée", "du suivi"}, {"Échéance"}}
	wantTwo := "Recommendation | Management response | Key actions | Responsible unit | Timeline"
	wantThree := "Recommandation | Réponse de la direction | Actions clés | Unité chargée du suivi | Échéance"
	body := []string{
		"1. Align the programme. | Accepted | 1.1 Hold a workshop | CO-Abuja | March 2026",
		"2. Mobilize resources. | Accepted | 2.1 Draft a plan | CO-Abuja | June 2026",
	}
	tests := []struct {
		name          string
		header        [5][]string
		bold, centred bool
		want          string
	}{
		{"two lines, bold, centred", two, true, true, wantTwo},
		{"two lines, bold, top", two, true, false, wantTwo},
		{"two lines, plain, centred", two, false, true, wantTwo},
		{"two lines, plain, top", two, false, false, wantTwo},
		{"three lines, bold, centred", three, true, true, wantThree},
		{"three lines, bold, top", three, true, false, wantThree},
		{"three lines, plain, centred", three, false, true, wantThree},
		{"three lines, plain, top", three, false, false, wantThree},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzePages(t, page(1, mrTableHead(tt.header, tt.bold, tt.centred, rows, false)...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			var got []string
			for _, r := range tbs[0].Table.Rows {
				got = append(got, rowTexts(r))
			}
			assert.Equal(t, append([]string{tt.want}, body...), got, dump(doc))
			assert.True(t, tbs[0].Table.Rows[0].Header, "the first row is the header")
		})
	}
}

// TestColumnBlocks: a column's lines set close are one cell; a gap of a row's padding starts
// another, and in a table ruled tight, whose cells stand apart by little more than their lines,
// so does a smaller gap before a numbered entry ("1.2"), never one before an unnumbered line.
func TestColumnBlocks(t *testing.T) {
	const sz, lead = 10.0, 11.5
	// lines sets one word a line at x=300 from y, each gap (pt) added before the line after it.
	lines := func(y float64, texts []string, gaps map[int]float64) []word {
		var ws []word
		for k, s := range texts {
			y += gaps[k]
			ws = append(ws, word{text: s, x0: 300, x1: 300 + 5*float64(len(s)), y0: y, y1: y + 12.8, size: sz})
			y += lead
		}
		return ws
	}
	tests := []struct {
		name  string
		texts []string
		gaps  map[int]float64
		want  []int // lines per block
	}{
		{"one cell", []string{"1.1 Hold", "a workshop", "with the constituents"}, nil, []int{3}},
		{"padded cells", []string{"1.1 Hold", "a workshop", "1.2 Draft", "a framework"}, map[int]float64{2: 12}, []int{2, 2}},
		{"tight, numbered", []string{"1.1 Hold", "a workshop", "1.2 Draft", "a framework"}, map[int]float64{2: 2.9}, []int{2, 2}},
		{"tight, not numbered", []string{"Hold", "a workshop", "Draft", "a framework"}, map[int]float64{2: 2.9}, []int{4}},
		{"numbered line set close", []string{"see paragraph", "2. above", "and below"}, nil, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := lines(100, tt.texts, tt.gaps)
			sep, numSep := blockSep([][]word{ws}, sz)
			var got []int
			for _, b := range columnBlocks(ws, sz, sep, numSep) {
				got = append(got, len(b.lines))
			}
			assert.Equal(t, tt.want, got, "columnBlocks(%q)", tt.texts)
		})
	}
}

// TestSplitSequence: in cells set with no gap to tell them apart, a line that opens with the
// number after the block's own starts the next entry; in the first column any number counts, in
// the others only a key action's ("1.2"): "1." and "2." there are a list inside one cell.
func TestSplitSequence(t *testing.T) {
	block := func(texts ...string) cellBlock {
		var ls [][]word
		for k, s := range texts {
			y := 100 + 11.5*float64(k)
			var ws []word
			for _, f := range strings.Fields(s) {
				ws = append(ws, word{text: f, y0: y, y1: y + 10, size: 10})
			}
			ls = append(ls, ws)
		}
		return blockOf(ls)
	}
	tests := []struct {
		name string
		b    cellBlock
		keys bool
		want []int // lines per block
	}{
		{"recommendations", block("1. Align the", "programme.", "2. Strengthen", "the committee."), true, []int{2, 2}},
		{"not the next number", block("1. Align the", "3. programme"), true, []int{2}},
		{"key actions", block("1.1 Hold a", "workshop", "1.2 Draft a", "framework"), false, []int{2, 2}},
		{"a list in a cell", block("1. Purpose", "2. Scope"), false, []int{2}},
		{"no number", block("Align the", "2. programme"), true, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, b := range splitSequence([]cellBlock{tt.b}, tt.keys) {
				got = append(got, len(b.lines))
			}
			assert.Equal(t, tt.want, got, "splitSequence(%s)", tt.name)
		})
	}
}

// TestParseStaggeredDeclines: a body whose cells stand too close to be told apart, so that one
// cell of the second column reads beside two keys, is left to the line-by-line reading.
func TestParseStaggeredDeclines(t *testing.T) {
	const sz, lead = 10.0, 11.0
	var runs []run
	// Two keys centred beside a second column whose two cells follow each other at the
	// cells' own line spacing.
	for k, s := range []string{"The evaluation sample presents", "a fragmentation of the", "findings by region.", "Some of the evaluations were", "carried out by former staff", "who could not be reached."} {
		runs = append(runs, run{text: s, x: 200, y: 100 + lead*float64(k), size: sz})
	}
	runs = append(runs, run{text: "Imbalance of findings", x: 40, y: 100 + lead, size: sz},
		run{text: "Interviews", x: 40, y: 100 + 4*lead, size: sz})
	ls := buildLines(page(1, runs...).Glyphs, 1)
	g := grid{starts: []float64{40, 200}, ends: []float64{150, 400}}
	tb := pageTable{grid: g, data: &textlayer.TableData{Columns: 2}, last: -1}
	assert.False(t, parseStaggered(ls, 0, &tb, vocabulary{}), "parseStaggered read two rows' cells as one")
	assert.Empty(t, tb.data.Rows, "a declined body leaves the table as it was")
	assert.Equal(t, -1, tb.last)
}

// BenchmarkParseStaggered reads a long management-response table whose cells are centred:
// sixty recommendations, each beside three key actions.
func BenchmarkParseStaggered(b *testing.B) {
	var rows []mrRow
	for range 60 {
		rows = append(rows, mrRowsEN[1])
	}
	runs := mrTable([5][]string{{"Recommendation"}, {"Management", "response"}, {"Key actions"}, {"Responsible", "unit"}, {"Timeline"}}, rows, true)
	p := RawPage{Number: 1, Width: 600, Height: 8000}
	for _, r := range runs {
		p.Glyphs = append(p.Glyphs, r.glyphs()...)
	}
	pl := pageLines{number: 1, width: 600, height: 8000, lines: buildLines(p.Glyphs, 1)}
	v := vocabulary{}
	for b.Loop() {
		findTables(pl, nil, v)
	}
}

// TestTableCentredKeyActionsOverPages: a centred management-response table whose second
// recommendation's key actions run over a page break under the header set again: the key
// action at the top of the next page stays with that recommendation (a sub-row with its first
// cell empty), not with the recommendation that follows it there.
func TestTableCentredKeyActionsOverPages(t *testing.T) {
	en := [5][]string{{"Recommendation"}, {"Management", "response"}, {"Key actions"}, {"Responsible", "unit"}, {"Timeline"}}
	first := []mrRow{mrRowsEN[0], {
		rec:      []string{"2. Strengthen the steering", "committee."},
		response: []string{"Partially accepted."},
		actions: [][3][]string{
			{{"2.1 Organize a training", "for committee members"}, {"CO-Abuja"}, {"Q3 2026"}},
			{{"2.2 Hold an annual review", "with the committee"}, {"CO-Abuja"}, {"Annually"}},
		},
	}}
	second := []mrRow{
		{actions: [][3][]string{{{"2.3 Publish the review", "on the website"}, {"CO-Abuja"}, {"Q4 2026"}}}},
		{rec: []string{"3. Mobilize resources for", "young people in the", "informal economy."}, response: []string{"Accepted"},
			actions: [][3][]string{{{"3.1 Draft a resource", "mobilization plan"}, {"PARDEV"}, {"June 2026"}}}},
	}
	doc := analyzePages(t, page(1, mrTable(en, first, true)...), page(2, mrTable(en, second, true)...))
	var got []string
	for _, b := range tablesOf(doc) {
		for _, r := range b.Table.Rows {
			got = append(got, rowTexts(r))
		}
	}
	want := []string{
		"Recommendation | Management response | Key actions | Responsible unit | Timeline",
		"1. Align the next programme with the national plan and the cooperation framework, with fewer outcomes. | Accepted | 1.1 Hold a validation workshop with the tripartite constituents | CO-Abuja | March 2026",
		" |  | 1.2 Draft a results framework with baselines | CO-Abuja PROGRAM | June 2026",
		"2. Strengthen the steering committee. | Partially accepted. | 2.1 Organize a training for committee members | CO-Abuja | Q3 2026",
		" |  | 2.2 Hold an annual review with the committee | CO-Abuja | Annually",
		" |  | 2.3 Publish the review on the website | CO-Abuja | Q4 2026",
		"3. Mobilize resources for young people in the informal economy. | Accepted | 3.1 Draft a resource mobilization plan | PARDEV | June 2026",
	}
	assert.Equal(t, want, got, dump(doc))
}

// FuzzCellGroups gives cellGroups keys and sub-rows of any heights (from the page's glyph boxes,
// which a hostile file sets at will): it must not panic, and must give every sub-row a key of
// the table or -1, in order where a grouping was found.
func FuzzCellGroups(f *testing.F) {
	f.Add([]byte{10, 5, 30, 4, 0, 8, 12, 6, 40, 9}, true)
	f.Add([]byte{0, 0, 0, 0}, false)
	f.Fuzz(func(t *testing.T, data []byte, continued bool) {
		if len(data) < 2 {
			return
		}
		nk := int(data[0]) % 8
		data = data[1:]
		span := func(i int) (float64, float64) {
			top := float64(data[(2*i)%len(data)])
			return top, top + 1 + float64(data[(2*i+1)%len(data)]%40)
		}
		keys := make([]cellBlock, nk)
		for i := range keys {
			keys[i].top, keys[i].bot = span(i)
		}
		slices.SortFunc(keys, func(a, b cellBlock) int { return cmpFloat(a.top, b.top) })
		ns := len(data) / 2
		subs := make([]subRow, ns)
		for j := range subs {
			subs[j].top, subs[j].bot = span(nk + j)
		}
		slices.SortFunc(subs, func(a, b subRow) int { return cmpFloat(a.top, b.top) })
		owner := cellGroups(keys, subs, continued)
		if len(owner) != len(subs) {
			t.Fatalf("cellGroups gave %d owners for %d sub-rows", len(owner), len(subs))
		}
		for j, k := range owner {
			if k < -1 || k >= len(keys) {
				t.Fatalf("sub-row %d given key %d of %d", j, k, len(keys))
			}
		}
	})
}

// TestTableNumberedCentredKeyActions: a numbered management-response table (No. | Recommendation
// | Response | Key actions | Unit | Due) whose number, recommendation and response are centred
// beside two key actions each: one row a key action, as without the number column; the
// numbers centred in their rows do not join the key actions into one row.
func TestTableNumberedCentredKeyActions(t *testing.T) {
	const sz, lead, pad = 10.0, 11.5, 6.0
	type action struct{ text, unit, due []string }
	type row struct {
		n, rec, resp []string
		actions      []action
	}
	layout := func(header []string, rows []row) []run {
		xs := []float64{40, 70, 220, 320, 470, 540}
		var runs []run
		place := func(lines []string, x, top, height float64) {
			top += (height - float64(len(lines))*lead) / 2
			for k, s := range lines {
				runs = append(runs, run{text: s, x: x, y: top + float64(k)*lead, size: sz})
			}
		}
		for c, h := range header {
			runs = append(runs, run{text: h, x: xs[c], y: 60, size: sz, bold: true})
		}
		y := 60 + lead + 2*pad
		for _, r := range rows {
			h := 0.0
			for _, a := range r.actions {
				h += float64(max(len(a.text), len(a.unit), len(a.due)))*lead + 2*pad
			}
			place(r.n, xs[0], y+pad, h-2*pad)
			place(r.rec, xs[1], y+pad, h-2*pad)
			place(r.resp, xs[2], y+pad, h-2*pad)
			sy := y
			for _, a := range r.actions {
				n := float64(max(len(a.text), len(a.unit), len(a.due)))
				place(a.text, xs[3], sy+pad, n*lead)
				place(a.unit, xs[4], sy+pad, n*lead)
				place(a.due, xs[5], sy+pad, n*lead)
				sy += n*lead + 2*pad
			}
			y += h
		}
		return runs
	}
	tests := []struct {
		name   string
		header []string
		rows   []row
		want   []string
	}{
		{"English", []string{"No.", "Recommendation", "Response", "Key actions", "Unit", "Due"}, []row{
			{[]string{"1"}, []string{"Align the next", "programme with the", "national plan."}, []string{"Accepted"}, []action{
				{[]string{"Hold a validation", "workshop"}, []string{"CO-Abuja"}, []string{"March 2026"}},
				{[]string{"Draft a results", "framework"}, []string{"PROGRAM"}, []string{"June 2026"}}}},
			{[]string{"2"}, []string{"Strengthen the", "committee."}, []string{"Accepted"}, []action{
				{[]string{"Organize a", "training"}, []string{"CO-Abuja"}, []string{"Q3 2026"}},
				{[]string{"Hold an annual", "review"}, []string{"CO-Abuja"}, []string{"Q4 2026"}}}},
		}, []string{
			"No. | Recommendation | Response | Key actions | Unit | Due",
			"1 | Align the next programme with the national plan. | Accepted | Hold a validation workshop | CO-Abuja | March 2026",
			" |  |  | Draft a results framework | PROGRAM | June 2026",
			"2 | Strengthen the committee. | Accepted | Organize a training | CO-Abuja | Q3 2026",
			" |  |  | Hold an annual review | CO-Abuja | Q4 2026",
		}},
		{"French", []string{"N°", "Recommandation", "Réponse", "Actions clés", "Unité", "Délai"}, []row{
			{[]string{"1"}, []string{"Concentrer le", "programme sur trois", "priorités."}, []string{"Acceptée"}, []action{
				{[]string{"Organiser un", "atelier"}, []string{"BP-Dakar"}, []string{"Mars 2025"}},
				{[]string{"Soumettre le", "projet au comité"}, []string{"PROGRAM"}, []string{"Juin 2025"}}}},
			{[]string{"2"}, []string{"Renforcer le", "suivi."}, []string{"Acceptée"}, []action{
				{[]string{"Recruter un", "chargé de suivi"}, []string{"BP-Dakar"}, []string{"Fin 2025"}},
				{[]string{"Publier un", "bilan annuel"}, []string{"BP-Dakar"}, []string{"Fin 2026"}}}},
		}, []string{
			"N° | Recommandation | Réponse | Actions clés | Unité | Délai",
			"1 | Concentrer le programme sur trois priorités. | Acceptée | Organiser un atelier | BP-Dakar | Mars 2025",
			" |  |  | Soumettre le projet au comité | PROGRAM | Juin 2025",
			"2 | Renforcer le suivi. | Acceptée | Recruter un chargé de suivi | BP-Dakar | Fin 2025",
			" |  |  | Publier un bilan annuel | BP-Dakar | Fin 2026",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyzePages(t, page(1, layout(tt.header, tt.rows)...))
			tbs := tablesOf(doc)
			if len(tbs) != 1 {
				t.Fatalf("%d tables, want 1\n%s", len(tbs), dump(doc))
			}
			var got []string
			for _, r := range tbs[0].Table.Rows {
				got = append(got, rowTexts(r))
			}
			assert.Equal(t, tt.want, got, dump(doc))
		})
	}
}
