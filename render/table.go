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

// keepWhole is the most lines a row may have and still be moved whole to the next page rather
// than split; a taller row is continued on the next page once a few of its lines are drawn, so
// that one long text does not leave most of a page blank.
const keepWhole = 6

// table draws rows under a header row. Cells wrap; nothing is cut. A short row that does not fit
// moves whole to the next page, a long one is continued there line by line; on every page the
// table reaches its header row is drawn again, and never alone at the foot of a page.
func (rd *renderer) table(cols []column, rows [][]cell) {
	p := rd.pdf
	lh := lineH(sizeMeta)
	rd.use(fMetaB)
	headLines := make([][]string, len(cols))
	hn := 1
	for i, c := range cols {
		headLines[i] = wrapText(p, c.title, c.w)
		hn = max(hn, len(headLines[i]))
	}
	headH := float64(hn)*lh + 2*cellPad
	head := func() {
		rd.use(fMetaB)
		y := p.GetY()
		x := marginL
		p.SetFillColor(228, 232, 238)
		for i, c := range cols {
			p.Rect(x, y, c.w, headH, "FD")
			for j, l := range headLines[i] {
				p.SetXY(x, y+cellPad+float64(j)*lh)
				rd.cell(c.w, lh, l, "", 0, c.align, false, 0, "")
			}
			x += c.w
		}
		p.SetXY(marginL, y+headH)
		rd.use(fMeta)
	}
	newPage := func() {
		rd.ensure(bodyBot) // always breaks
		head()
	}
	p.SetDrawColor(170, 170, 170)
	p.SetLineWidth(0.2)
	rd.use(fMeta)
	for r, row := range rows {
		lines := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			lines[i] = wrapText(p, row[i].text, c.w)
			n = max(n, len(lines[i]))
		}
		// The lines this row must have on the page where it starts.
		need := n
		if n > keepWhole {
			need = 3
		}
		fits := func() bool { return p.GetY()+float64(need)*lh+2*cellPad <= bodyBot }
		if r == 0 {
			if p.GetY()+headH+float64(need)*lh+2*cellPad > bodyBot {
				rd.ensure(bodyBot)
			}
			head()
		} else if !fits() {
			newPage()
		}
		for from := 0; from < n; {
			avail := int((bodyBot - p.GetY() - 2*cellPad) / lh)
			if avail < 1 {
				newPage()
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
					rd.cell(c.w, lh, lines[i][j], "", 0, c.align, false, row[i].link, row[i].url)
				}
				p.SetTextColor(0, 0, 0)
				x += c.w
			}
			p.SetXY(marginL, y+h)
			from = to
		}
	}
	if len(rows) == 0 {
		rd.ensure(headH + lh)
		head()
	}
	p.SetY(p.GetY() + 2)
}
