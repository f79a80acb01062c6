package render

// column is a table column: its header, its width in millimetres and its alignment.
type column struct {
	title string
	w     float64
	align string // "L", "R" or "C"
}

// cell is a table cell: its text, an optional internal link or URL, and an optional note drawn
// under the text in grey (a date under a deadline, the source under a status). bold sets the
// text, not the note, in bold.
type cell struct {
	text string
	link int
	url  string
	note string
	bold bool
}

const cellPad = 0.8 // millimetres above and below a row's text

// colGap is the room, in millimetres, a cell's lines leave free at its right edge beside the
// cell margins. A text extractor (pdftotext, a screen reader, a copy from the viewer) joins two
// cells' lines that stand on one baseline when little space is between them: a long word that
// filled its cell ran into the next cell's date, "Tables-Conso 31 January 2027 lidated". With
// this gap the columns read apart and a broken word reads whole.
const colGap = 2.5

// keepWhole is the most lines a row may have and still be moved whole to the next page rather
// than split; a taller row is continued on the next page once a few of its lines are drawn, so
// that one long text does not leave most of a page blank.
const keepWhole = 6

// tableWriter draws a table row by row, so that a long table (the register of 20,000 items)
// never holds more than one row's wrapped lines. Cells wrap; nothing is cut. A short row that
// does not fit moves whole to the next page, a long one is continued there line by line; on
// every page the table reaches its header row is drawn again, and never alone at the foot of a
// page.
type tableWriter struct {
	rd        *renderer
	cols      []column
	f         font
	headLines [][]string
	headH     float64
	started   bool
	// onPage, when set, is called after each header row, with the page it is drawn on.
	onPage func()
}

// newTable starts a table in face f (its header in the bold of f); nothing is drawn before the
// first row.
func (rd *renderer) newTable(f font, cols []column) *tableWriter {
	t := &tableWriter{rd: rd, cols: cols, f: f}
	rd.use(font{f.fam, "B", f.size})
	hn := 1
	t.headLines = make([][]string, len(cols))
	for i, c := range cols {
		t.headLines[i] = wrapText(rd.pdf, c.title, c.w)
		hn = max(hn, len(t.headLines[i]))
	}
	t.headH = float64(hn)*lineH(f.size) + 2*cellPad
	return t
}

func (t *tableWriter) head() {
	rd, p := t.rd, t.rd.pdf
	lh := lineH(t.f.size)
	rd.use(font{t.f.fam, "B", t.f.size})
	p.SetDrawColor(170, 170, 170)
	p.SetLineWidth(0.2)
	y := p.GetY()
	x := marginL
	p.SetFillColor(228, 232, 238)
	for i, c := range t.cols {
		p.Rect(x, y, c.w, t.headH, "FD")
		for j, l := range t.headLines[i] {
			p.SetXY(x, y+cellPad+float64(j)*lh)
			rd.cell(c.w, lh, l, "", 0, c.align, false, 0, "")
		}
		x += c.w
	}
	p.SetXY(marginL, y+t.headH)
	rd.use(t.f)
}

// newPage continues the table on the next page.
func (t *tableWriter) newPage() {
	t.rd.ensure(bodyBot) // always breaks
	t.head()
}

// line is one printed line of a cell: its text and whether it is the cell's grey note.
type line struct {
	text string
	note bool
}

// wrapCell is a cell's lines in the column's width: the text's, then the note's.
func (t *tableWriter) wrapCell(c cell, w float64) []line {
	rd, p := t.rd, t.rd.pdf
	var out []line
	if c.text != "" {
		if c.bold {
			rd.use(font{t.f.fam, "B", t.f.size})
		} else {
			rd.use(t.f)
		}
		for _, l := range wrapText(p, c.text, w) {
			out = append(out, line{l, false})
		}
	}
	if c.note != "" {
		rd.use(t.f)
		for _, l := range wrapText(p, c.note, w) {
			out = append(out, line{l, true})
		}
	}
	return out
}

// span draws a row of one cell across the whole table: a group title within a table.
func (t *tableWriter) span(text string) {
	rd, p := t.rd, t.rd.pdf
	lh := lineH(t.f.size)
	var w float64
	for _, c := range t.cols {
		w += c.w
	}
	rd.use(font{t.f.fam, "B", t.f.size})
	lines := wrapText(p, text, w)
	h := float64(len(lines))*lh + 2*cellPad
	// A group title keeps its first row with it.
	if !t.started {
		rd.ensure(t.headH + h + 2*lh + 2*cellPad)
		t.head()
		t.started = true
	} else if p.GetY()+h+2*lh+2*cellPad > bodyBot {
		t.newPage()
	}
	rd.use(font{t.f.fam, "B", t.f.size})
	y := p.GetY()
	p.SetFillColor(244, 246, 249)
	p.Rect(marginL, y, w, h, "FD")
	for j, l := range lines {
		p.SetXY(marginL, y+cellPad+float64(j)*lh)
		rd.cell(w, lh, l, "", 0, "L", false, 0, "")
	}
	p.SetXY(marginL, y+h)
	rd.use(t.f)
}

// row draws one row and returns the page and y where it starts.
func (t *tableWriter) row(cells []cell) (page int, top float64) {
	rd, p := t.rd, t.rd.pdf
	lh := lineH(t.f.size)
	lines := make([][]line, len(t.cols))
	n := 1
	for i, c := range t.cols {
		w := c.w
		if w >= 20 { // a narrow column holds a number or a short word, never a long run of text
			w -= colGap
		}
		lines[i] = t.wrapCell(cells[i], w)
		n = max(n, len(lines[i]))
	}
	// The lines this row must have on the page where it starts.
	need := n
	if n > keepWhole {
		need = 3
	}
	if !t.started {
		rd.ensure(t.headH + float64(need)*lh + 2*cellPad)
		t.head()
		t.started = true
	} else if p.GetY()+float64(need)*lh+2*cellPad > bodyBot {
		t.newPage()
	}
	page, top = p.PageNo(), p.GetY()
	p.SetDrawColor(170, 170, 170)
	p.SetLineWidth(0.2)
	for from := 0; from < n; {
		avail := int((bodyBot - p.GetY() - 2*cellPad) / lh)
		if avail < 1 {
			t.newPage()
			continue
		}
		to := min(n, from+avail)
		h := float64(to-from)*lh + 2*cellPad
		y := p.GetY()
		x := marginL
		for i, c := range t.cols {
			p.Rect(x, y, c.w, h, "D")
			for j := from; j < to && j < len(lines[i]); j++ {
				l := lines[i][j]
				switch {
				case l.note:
					rd.use(t.f)
					p.SetTextColor(85, 85, 85)
				case cells[i].link != 0 || cells[i].url != "":
					rd.use(t.f)
					p.SetTextColor(20, 70, 160)
				case cells[i].bold:
					rd.use(font{t.f.fam, "B", t.f.size})
				default:
					rd.use(t.f)
				}
				link, url := cells[i].link, cells[i].url
				if l.note {
					link, url = 0, ""
				}
				p.SetXY(x, y+cellPad+float64(j-from)*lh)
				rd.cell(c.w, lh, l.text, "", 0, c.align, false, link, url)
				p.SetTextColor(0, 0, 0)
			}
			x += c.w
		}
		p.SetXY(marginL, y+h)
		from = to
	}
	rd.use(t.f)
	return page, top
}

// end closes the table: a table without rows still shows its header, and a gap follows.
func (t *tableWriter) end() {
	if !t.started {
		t.rd.ensure(t.headH + lineH(t.f.size))
		t.head()
	}
	t.rd.pdf.SetY(t.rd.pdf.GetY() + 2)
}

// table draws rows under a header row in the meta face (see tableWriter).
func (rd *renderer) table(cols []column, rows [][]cell) {
	t := rd.newTable(fMeta, cols)
	for _, r := range rows {
		t.row(r)
	}
	t.end()
}
