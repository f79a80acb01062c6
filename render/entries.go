package render

import (
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gbtrack/normalize"
)

// drawUnits lists each unit's items as a table (id linked to the full entry, whole text,
// deadline, status): a unit reads its own work at a glance, and the full entries stay in one
// place, the by-document section. Items that name no unit are listed without their text, since
// they are most of a typical run and their entries follow in the next section anyway.
func (rd *renderer) drawUnits() error {
	r := rd.r
	rd.section("units", "Items by responsible unit")
	if !unitsShown(r) {
		rd.para(fBody, 0, "No item names a responsible unit; every item is listed under its document in the next section.", 0, "")
		return nil
	}
	rd.para(fMeta, 0, "An item that names several units is listed under each of them. Each item links to its full entry in the section by document.", 0, "")
	for i, u := range r.ByUnit {
		if err := rd.check(); err != nil {
			return err
		}
		rd.subsection("unit:"+strconv.Itoa(i), u.Key)
		rd.para(fMeta, 0, plural(u.Count, "item"), 0, "")
		rd.gap(1)
		var rows [][]cell
		for _, id := range u.IDs {
			it := r.Entries[rd.byID[id]]
			row := []cell{rd.itemCell(id), {text: dueCell(it.Due)}, {text: statusLabel(statusValue(it))}}
			if u.Key != NoUnit {
				row = slices.Insert(row, 1, cell{text: it.Text})
			}
			rows = append(rows, row)
		}
		if u.Key == NoUnit {
			rd.table([]column{{"Item", 104, "L"}, {"Due", 40, "L"}, {"Status", 30, "L"}}, rows)
		} else {
			rd.table([]column{{"Item", 36, "L"}, {"Text", 94, "L"}, {"Due", 24, "L"}, {"Status", 20, "L"}}, rows)
		}
	}
	return nil
}

// dueCell is a deadline in a table cell: the words as printed, then the last day they allow.
func dueCell(d *normalize.Due) string {
	switch {
	case d == nil:
		return "not stated"
	case d.End == nil:
		return d.Text
	}
	return d.Text + "\n(" + *d.End + ")"
}

func (rd *renderer) drawDocuments() error {
	r := rd.r
	rd.section("docs", "Items by document")
	for i, d := range r.ByDoc {
		if i > 0 {
			rd.gap(4)
		}
		rd.subsection("doc:"+strconv.Itoa(i), docHeading(d))
		var facts []string
		if d.Date != "" {
			facts = append(facts, "dated "+d.Date)
		}
		if d.Pages > 0 {
			facts = append(facts, plural(d.Pages, "page"))
		}
		facts = append(facts, plural(len(d.IDs), "item"))
		rd.labelled(0, "Source:", d.Source, 0, sourceURL(d.Source, 0))
		rd.labelled(0, "Document:", strings.Join(facts, ", "), 0, "")
		if d.Error != "" {
			rd.labelled(0, "Could not be read:", d.Error, 0, "")
		}
		rd.gap(2)
		if len(d.IDs) == 0 && d.Error == "" {
			rd.para(fItalic, 0, "No item was found in this document.", 0, "")
		}
		for _, id := range d.IDs {
			if err := rd.check(); err != nil {
				return err
			}
			rd.entry(rd.byID[id], true)
		}
	}
	return nil
}

// entry draws an item in full: its number and kind, its id, its whole text, its deadline as
// printed and as normalized, its status, units and source. With anchor set the entry is the
// target of the links to that item (the first full entry drawn for it in the by-document
// section); fpdf writes no named destinations, so internal links stand in for them.
func (rd *renderer) entry(i int, anchor bool) {
	p := rd.pdf
	it := rd.r.Entries[i]
	title := kindLabel(it.Kind)
	if it.Number != nil && *it.Number != "" {
		title += " " + *it.Number
	} else {
		title += " (unnumbered)"
	}
	text := it.Text
	if strings.TrimSpace(text) == "" {
		text = "(no text)"
	}
	page := 0
	if it.Page != nil {
		page = *it.Page
	}
	type field struct{ label, value, url string }
	fields := []field{{"Due:", dueLine(it.Due), ""}, {"Status:", statusLine(it.Status), ""}}
	if len(it.Responsible) > 0 {
		fields = append(fields, field{"Responsible:", strings.Join(it.Responsible, "; "), ""})
	}
	if it.Section != nil && *it.Section != "" {
		fields = append(fields, field{"Section:", *it.Section, ""})
	}
	fields = append(fields, field{"Source:", sourceLine(it, page), sourceURL(it.Source, page)})
	const ind = 4.0

	// An entry that fits on a page is kept on one; a longer one starts where it is, with its
	// title, id and first lines of text together.
	h := 1 + rd.paraHeight(fBold, 0, title) + rd.paraHeight(fMono, 0, it.ID) + 0.8 + rd.paraHeight(fBody, 0, text) + 0.8 + 2.5
	for _, f := range fields {
		h += rd.labelledHeight(ind, f.label, f.value)
	}
	if h <= bodyBot-marginTop {
		rd.ensure(h)
	} else {
		rd.ensure(lineH(sizeBody)*3 + lineH(sizeSmall) + 2)
	}
	p.SetY(p.GetY() + 1)
	if anchor && !rd.anchored[i] {
		p.SetLink(rd.itemLinks[i], p.GetY(), p.PageNo())
		rd.anchored[i] = true
		rd.dests = append(rd.dests, dest{name: it.ID, page: p.PageNo(), top: p.GetY()})
	}
	rd.para(fBold, 0, title, 0, "")
	p.SetTextColor(90, 90, 90)
	rd.para(fMono, 0, it.ID, 0, "")
	p.SetTextColor(0, 0, 0)
	rd.gap(0.8)
	rd.para(fBody, 0, text, 0, "")
	rd.gap(0.8)
	for _, f := range fields {
		rd.labelled(ind, f.label, f.value, 0, f.url)
	}
	rd.gap(1.5)
	p.SetDrawColor(215, 215, 215)
	p.SetLineWidth(0.2)
	p.Line(marginL, p.GetY(), pageW-marginR, p.GetY())
	p.SetY(p.GetY() + 1)
}

func dueLine(d *normalize.Due) string {
	if d == nil {
		return "no deadline stated"
	}
	var norm []string
	if d.Start != nil {
		norm = append(norm, "from "+*d.Start)
	}
	if d.End != nil {
		norm = append(norm, "by "+*d.End)
	}
	if len(norm) == 0 {
		norm = append(norm, "no end date")
	}
	if d.Precision != nil && *d.Precision != "" {
		norm = append(norm, "precision "+*d.Precision)
	}
	if d.Vague {
		norm = append(norm, "vague")
	}
	if d.Calendar != "" {
		norm = append(norm, "via "+d.Calendar)
	}
	return "\u201c" + d.Text + "\u201d → " + strings.Join(norm, ", ")
}

func statusLine(s *normalize.Status) string {
	if s == nil || s.Value == "" {
		return "not stated"
	}
	if s.Text == "" {
		return statusLabel(s.Value)
	}
	return statusLabel(s.Value) + " (\u201c" + s.Text + "\u201d)"
}

func sourceLine(it normalize.Item, page int) string {
	s := it.Doc
	if s == "" {
		s = it.Source
	}
	if page > 0 {
		s += ", page " + strconv.Itoa(page)
	}
	return s
}

// sourceURL is the link target of a source: a web address keeps its address and gains
// #page=N; a local file is linked by its file name alone, relative to the report, because the
// path it was read from on the machine that ran gbtrack means nothing to a reader elsewhere.
func sourceURL(src string, page int) string {
	if src == "" {
		return ""
	}
	frag := ""
	if page > 0 {
		frag = "#page=" + strconv.Itoa(page)
	}
	if u, err := url.Parse(src); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		u.Fragment = ""
		return u.String() + frag
	}
	name := filepath.Base(filepath.FromSlash(src))
	return (&url.URL{Path: path.Clean(name)}).String() + frag
}

func (rd *renderer) drawFailed() error {
	r := rd.r
	rd.section("failed", "Documents that could not be read")
	if len(r.Failed) == 0 {
		rd.para(fBody, 0, "Every document was read.", 0, "")
		return nil
	}
	var rows [][]cell
	for _, f := range r.Failed {
		rows = append(rows, []cell{{text: f.ID}, {text: f.Source, url: sourceURL(f.Source, 0)}, {text: f.Error}})
	}
	rd.table([]column{{"Document", 44, "L"}, {"Source", 55, "L"}, {"Error", 75, "L"}}, rows)
	return nil
}
