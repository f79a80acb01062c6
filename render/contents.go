package render

import (
	"strconv"
)

// tocEntry is a line of the contents and an outline (bookmark) entry.
type tocEntry struct {
	key   string
	title string
	level int // 0 for a section, listed on the first page; 1 for a document, in the outline only
}

// Section titles, as the contents and the outline show them.
const (
	titleRegister = "Register of items"
	titleUnits    = "Items by responsible unit"
	titleChanges  = "Changes since the previous run"
	titleFailed   = "Documents that could not be read"
)

// plan lists the report's sections in drawing order. It depends on the Report only.
func plan(r *Report) []tocEntry {
	t := []tocEntry{{"register", titleRegister, 0}}
	for i, d := range r.ByDoc {
		if d.Error == "" || len(d.IDs) > 0 { // as drawRegister: a failed document is listed at the end
			t = append(t, tocEntry{"doc:" + strconv.Itoa(i), docHeading(d), 1})
		}
	}
	t = append(t, tocEntry{"units", titleUnits, 0})
	if r.HasChanges {
		t = append(t, tocEntry{"changes", titleChanges, 0})
	}
	if len(r.Failed) > 0 {
		t = append(t, tocEntry{"failed", titleFailed, 0})
	}
	return t
}

func docHeading(d DocSection) string {
	if d.ID == "" {
		return "(no document named)"
	}
	if d.Title != "" && d.Title != d.ID {
		return d.ID + " – " + d.Title
	}
	return d.ID
}

// mark records that the section key starts here: its page for the contents, the target of its
// contents link, and its outline entry.
func (rd *renderer) mark(key string) {
	for i, e := range rd.toc {
		if e.key != key {
			continue
		}
		p := rd.pdf
		rd.pages[i] = p.PageNo()
		p.SetLink(rd.tocLinks[i], p.GetY(), p.PageNo())
		rd.use(fBody) // the outline title is encoded for the current font: a UTF-8 one
		p.Bookmark(printable(e.title), e.level, p.GetY())
		return
	}
}

const tocNumW = 16.0 // millimetres for a page number in the contents

// drawContents draws the first page's contents without page numbers, keeping where each line
// is so that fillContents can write them once the sections are drawn.
func (rd *renderer) drawContents() {
	p := rd.pdf
	rd.heading(fH2, "Contents")
	lh := lineH(sizeBody) + 0.8
	for i, e := range rd.toc {
		if e.level > 0 {
			continue
		}
		rd.use(fBody)
		rd.tocAt[i] = p.GetY()
		p.SetX(marginL)
		rd.cell(bodyW-tocNumW, lh, e.title, "", 1, "L", false, rd.tocLinks[i], "")
	}
}

// fillContents writes the contents' page numbers on the first page.
func (rd *renderer) fillContents() error {
	p := rd.pdf
	last := p.PageNo()
	p.SetPage(1)
	rd.use(fBody)
	lh := lineH(sizeBody) + 0.8
	for i, y := range rd.tocAt {
		if y == 0 {
			continue
		}
		p.SetXY(marginL+bodyW-tocNumW, y)
		rd.cell(tocNumW, lh, strconv.Itoa(rd.pages[i]), "", 0, "R", false, rd.tocLinks[i], "")
	}
	p.SetPage(last)
	return nil
}

// heading draws a section title, keeping it on the page with room for a few lines after it.
func (rd *renderer) heading(f font, s string) {
	p := rd.pdf
	rd.use(f)
	lh := lineH(f.size) + 1
	lines := wrapText(p, s, bodyW)
	rd.ensure(float64(len(lines))*lh + 4*lineH(sizeBody))
	for _, line := range lines {
		p.SetX(marginL)
		rd.cell(bodyW, lh, line, "", 1, "L", false, 0, "")
	}
	p.SetY(p.GetY() + 1.5)
}

// section starts a top-level section on a new page.
func (rd *renderer) section(key, title string) {
	rd.pdf.AddPage()
	rd.mark(key)
	rd.heading(fH1, title)
}
