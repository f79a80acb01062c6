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
	fMono   = font{famMono, "", sizeSmall}
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
		p.CellFormat(w, lh, line, "", 1, "L", false, link, url)
	}
}

const labelW = 25.0 // millimetres

// labelled draws "Label: value" with the label in bold, the value wrapped under the same indent
// as a hanging paragraph, so that a long value never runs past the margin.
func (rd *renderer) labelled(indent float64, label, value string, link int, url string) {
	p := rd.pdf
	rd.use(fMetaB)
	// A common label width lines the values up; a longer label widens its own row only.
	lw := max(labelW, p.GetStringWidth(label)+2*p.GetCellMargin()+1)
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
			p.CellFormat(lw, lh, label, "", 0, "L", false, 0, "")
			rd.use(fMeta)
			if url != "" || link != 0 {
				p.SetTextColor(20, 70, 160)
			}
		}
		p.SetX(marginL + indent + lw)
		p.CellFormat(w, lh, line, "", 1, "L", false, link, url)
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
