package render

// font is a face and a size, so that a block can say in one value how it is set.
type font struct {
	fam   string
	style string
	size  float64
}

var (
	fBody   = font{famText, "", sizeBody}
	fBold   = font{famText, "B", sizeBody}
	fItalic = font{famText, "I", sizeBody}
	fMeta   = font{famText, "", sizeMeta}
	fMetaB  = font{famText, "B", sizeMeta}
	fMetaI  = font{famText, "I", sizeMeta}
	fSmall  = font{famText, "", sizeSmall}
	fH1     = font{famText, "B", sizeH1}
	fH2     = font{famText, "B", sizeH2}
)

// use sets f unless it is already set; fpdf's SetFont formats and writes an operator every time,
// and the report switches faces on nearly every line. The header and footer set fonts directly,
// which is safe because fpdf's AddPage restores the font that was current before them.
func (rd *renderer) use(f font) {
	if rd.cur == f {
		return
	}
	rd.cur = f
	rd.pdf.SetFont(f.fam, f.style, f.size)
}

// para draws s wrapped to the body width less indent, one line at a time, starting a new page
// whenever the next line would not fit. link (an internal link id) or url, when set, make every
// line of the paragraph a link.
func (rd *renderer) para(f font, indent float64, s string, link int, url string) {
	p := rd.pdf
	rd.use(f)
	w := bodyW - indent
	lh := lineH(f.size)
	for _, line := range wrapText(p, s, w) {
		rd.ensure(lh)
		p.SetX(marginL + indent)
		rd.cell(w, lh, line, "", 1, "L", false, link, url)
	}
}

const labelW = 25.0 // millimetres

// labelled draws "Label: value" with the label in bold, the value wrapped under the same indent
// as a hanging paragraph, so that a long value never runs past the margin.
func (rd *renderer) labelled(indent float64, label, value string, link int, url string) {
	p := rd.pdf
	lw := rd.labelWidth(label)
	rd.use(fMeta)
	w := bodyW - indent - lw
	lh := lineH(sizeMeta)
	if url != "" || link != 0 {
		p.SetTextColor(20, 70, 160)
	}
	for i, line := range wrapText(p, value, w) {
		rd.ensure(lh)
		if i == 0 {
			rd.use(fMetaB)
			p.SetTextColor(0, 0, 0)
			p.SetX(marginL + indent)
			rd.cell(lw, lh, label, "", 0, "L", false, 0, "")
			rd.use(fMeta)
			if url != "" || link != 0 {
				p.SetTextColor(20, 70, 160)
			}
		}
		p.SetX(marginL + indent + lw)
		rd.cell(w, lh, line, "", 1, "L", false, link, url)
	}
	p.SetTextColor(0, 0, 0)
}

// gap moves down by h millimetres, or to the top of the next page when h does not fit.
func (rd *renderer) gap(h float64) {
	if rd.ensure(h) {
		return
	}
	rd.pdf.SetY(rd.pdf.GetY() + h)
}

// labelWidth is the width of a label column: a common width lines the values up, and a longer
// label widens its own row only.
func (rd *renderer) labelWidth(label string) float64 {
	rd.use(fMetaB)
	return max(labelW, rd.pdf.GetStringWidth(label)+2*rd.pdf.GetCellMargin()+1)
}

// paraHeight is the height para would take for s, in millimetres, page breaks aside.
func (rd *renderer) paraHeight(f font, indent float64, s string) float64 {
	rd.use(f)
	return float64(len(wrapText(rd.pdf, s, bodyW-indent))) * lineH(f.size)
}

// labelledHeight is the height labelled would take, page breaks aside.
func (rd *renderer) labelledHeight(indent float64, label, value string) float64 {
	w := bodyW - indent - rd.labelWidth(label)
	rd.use(fMeta)
	return float64(len(wrapText(rd.pdf, value, w))) * lineH(sizeMeta)
}

// cell is the one place text reaches the page: fpdf's CellFormat, behind the test hook that
// checks no text is wider than its cell.
func (rd *renderer) cell(w, h float64, txt, border string, ln int, align string, fill bool, link int, url string) {
	// Every text reaches fpdf through here, so this is where it is made printable: fpdf panics
	// on invalid UTF-8 (a status value with a stray byte reached the chart's labels unfiltered).
	txt = printable(txt)
	if rd.onCell != nil {
		rd.onCell(txt, w)
	}
	rd.pdf.CellFormat(w, h, txt, border, ln, align, fill, link, url)
}
