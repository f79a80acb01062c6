package render

import (
	"fmt"
	"strconv"
)

// tocEntry is a line of the table of contents and an outline (bookmark) entry.
type tocEntry struct {
	key   string
	title string
	level int // 0 for a section, 1 for a part of it (a unit, a document)
}

// plan lists the report's sections in drawing order. It depends on the Report only, so both
// drawing passes agree on it.
func plan(r *Report) []tocEntry {
	t := []tocEntry{
		{"summary", "Summary", 0},
		{"overdue", "Overdue items", 1},
		{"duesoon", fmt.Sprintf("Items due in the next %d days", DueSoonDays), 1},
		{"nodue", "Items without a deadline", 1},
		{"units", "Items by responsible unit", 0},
	}
	if unitsShown(r) {
		for i, u := range r.ByUnit {
			t = append(t, tocEntry{"unit:" + strconv.Itoa(i), u.Key, 1})
		}
	}
	t = append(t, tocEntry{"docs", "Items by document", 0})
	for i, d := range r.ByDoc {
		t = append(t, tocEntry{"doc:" + strconv.Itoa(i), docHeading(d), 1})
	}
	t = append(t, tocEntry{"failed", "Documents that could not be read", 0})
	if r.HasChanges {
		t = append(t, tocEntry{"changes", "Changes since the previous run", 0})
	}
	return t
}

// unitsShown says whether the by-unit section lists items: when no item names a unit it would
// repeat the by-document section under one heading, so it says so in a line instead.
func unitsShown(r *Report) bool {
	return !(len(r.ByUnit) == 0 || len(r.ByUnit) == 1 && r.ByUnit[0].Key == NoUnit)
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

func (rd *renderer) drawContents() error {
	p := rd.pdf
	p.AddPage()
	rd.use(fBody)
	p.Bookmark("Contents", 0, p.GetY())
	rd.heading(fH1, "Contents")
	const numW = 16.0
	for i, e := range rd.toc {
		f := fBody
		if e.level == 0 {
			f = fBold
		}
		indent := float64(e.level) * 7
		rd.use(f)
		lh := lineH(f.size) + 0.6
		if e.level == 0 && i > 0 {
			rd.gap(1.5)
		}
		lines := wrapText(p, e.title, bodyW-indent-numW)
		for j, line := range lines {
			rd.ensure(lh)
			p.SetX(marginL + indent)
			rd.cell(bodyW-indent-numW, lh, line, "", 0, "L", false, rd.tocLinks[i], "")
			num := ""
			if j == len(lines)-1 && rd.tocPages != nil {
				num = strconv.Itoa(rd.tocPages[i])
			}
			rd.cell(numW, lh, num, "", 1, "R", false, rd.tocLinks[i], "")
		}
	}
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

// subsectionLead is the room kept below a subsection title, in millimetres.
const subsectionLead = 40.0

// subsection starts a part of a section on the current page when there is room for its title.
func (rd *renderer) subsection(key, title string) {
	rd.gap(3)
	rd.use(fH2)
	// Room for the title and the start of what follows (a table header and a few rows), so
	// that a title never stands alone at the foot of a page.
	rd.ensure(float64(len(wrapText(rd.pdf, title, bodyW)))*(lineH(sizeH2)+1) + subsectionLead)
	rd.mark(key)
	rd.heading(fH2, title)
}
