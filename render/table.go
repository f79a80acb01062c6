package render

// column is a table column: its header, its width in millimetres and its alignment.
type column struct {
	title string
	w     float64
	align string // "L", "R" or "C"
}

// cell is a table cell's text and an optional internal link or URL.
type cell struct {
	text string
	link int
	url  string
}

const cellPad = 0.8 // millimetres above and below a row's text

// table draws rows under a header row. A row is wrapped cell by cell and kept whole on a page
// when it fits on one; a row taller than a page is continued line by line. Whenever the table
// goes on to a new page its header row is drawn again.
func (rd *renderer) table(cols []column, rows [][]cell) {
	p := rd.pdf
	lh := lineH(sizeMeta)
	head := func() {
		rd.use(fMetaB)
		lines := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			lines[i] = wrapText(p, c.title, c.w)
			n = max(n, len(lines[i]))
		}
		h := float64(n)*lh + 2*cellPad
		rd.ensure(h + lh + 2*cellPad) // never a header alone at the foot of a page
		y := p.GetY()
		x := marginL
		p.SetFillColor(228, 232, 238)
		for i, c := range cols {
			p.Rect(x, y, c.w, h, "FD")
			for j, l := range lines[i] {
				p.SetXY(x, y+cellPad+float64(j)*lh)
				p.CellFormat(c.w, lh, l, "", 0, c.align, false, 0, "")
			}
			x += c.w
		}
		p.SetXY(marginL, y+h)
	}
	p.SetDrawColor(170, 170, 170)
	p.SetLineWidth(0.2)
	head()
	rd.use(fMeta)
	for _, row := range rows {
		lines := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			lines[i] = wrapText(p, row[i].text, c.w)
			n = max(n, len(lines[i]))
		}
		rowH := float64(n)*lh + 2*cellPad
		if p.GetY()+rowH > bodyBot && rowH <= bodyBot-marginTop-lh-2*cellPad {
			rd.ensure(rowH)
			head()
			rd.use(fMeta)
		}
		// Draw the row in chunks of the lines that fit; for a row that fits, one chunk.
		for from := 0; from < n; {
			avail := int((bodyBot - p.GetY() - 2*cellPad) / lh)
			if avail < 1 {
				rd.ensure(bodyBot) // forces a page
				head()
				rd.use(fMeta)
				continue
			}
			to := min(n, from+avail)
			h := float64(to-from)*lh + 2*cellPad
			y := p.GetY()
			x := marginL
			for i, c := range cols {
				p.Rect(x, y, c.w, h, "D")
				if row[i].link != 0 || row[i].url != "" {
					p.SetTextColor(20, 70, 160)
				}
				for j := from; j < to && j < len(lines[i]); j++ {
					p.SetXY(x, y+cellPad+float64(j-from)*lh)
					p.CellFormat(c.w, lh, lines[i][j], "", 0, c.align, false, row[i].link, row[i].url)
				}
				p.SetTextColor(0, 0, 0)
				x += c.w
			}
			p.SetXY(marginL, y+h)
			from = to
		}
	}
	p.SetY(p.GetY() + 2)
}
