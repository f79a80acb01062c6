package render

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gbtrack/changes"
	"gbtrack/normalize"
)

// registerColumns are the register's columns for a document, in millimetres, adding up to
// bodyW: the unit and due columns only when some item of the document names a unit or a time,
// and the item's words take the room left.
func registerColumns(units, dues bool) []column {
	cols := []column{{"No.", 11, "L"}, {"Item", 0, "L"}}
	if units {
		cols = append(cols, column{"Unit", 26, "L"})
	}
	if dues {
		cols = append(cols, column{"Due", 28, "L"})
	}
	cols = append(cols, column{"Status", 32, "L"}, column{"Page", 10, "L"})
	rest := bodyW
	for _, c := range cols {
		rest -= c.w
	}
	cols[1].w = rest
	return cols
}

// textRunes is the most of an item's words a register row prints: about half a page of the
// item column. Items are printed whole (a recommendation of an evaluation runs to 600
// characters, and the reader of a register must not need the source to know what was
// promised); only a text longer than this, most often a paragraph taken whole, is cut at a word
// with an ellipsis, and the page link leads to the rest.
const textRunes = 4000

// drawRegister draws one row an item, grouped by document, each document with a line that
// sums it up. Rows are drawn as they are made: nothing of a row is kept once it is drawn but its
// page and link target.
func (rd *renderer) drawRegister() error {
	r := rd.r
	rd.section("register", titleRegister)
	rd.para(fMeta, 0, "One row an item, grouped by document and kind, in the order of the document. Due: the words as printed, then the last day they allow. Status: where the item stands, with the document that reported it when a later one did. Page: opens the document at the item's page.", 0, "")
	rd.gap(2)
	if len(r.Entries) == 0 {
		rd.para(fBody, 0, "No item was found in the documents read.", 0, "")
	}
	for di, d := range r.ByDoc {
		if d.Error != "" && len(d.IDs) == 0 {
			continue // listed with the documents that could not be read
		}
		if err := rd.check(); err != nil {
			return err
		}
		rd.gap(2)
		rd.use(fBold)
		title := wrapText(rd.pdf, docHeading(d), bodyW)
		rd.ensure(float64(len(title))*lineH(sizeBody) + lineH(sizeMeta)*2 + 16)
		rd.mark("doc:" + strconv.Itoa(di))
		link := d.Link
		if link == "" {
			link = sourceURL(d.Source, 0)
		}
		rd.para(fBold, 0, docHeading(d), 0, link)
		summary := docSummary(d)
		if ids := rd.copiesOf[d.ID]; len(ids) > 0 {
			summary += "; also read as " + namedSome(ids) + ", counted once"
		}
		rd.para(fMeta, 0, summary, 0, "")
		rd.gap(1)
		if len(d.IDs) == 0 {
			rd.para(fMetaI, 0, "No item was found in this document.", 0, "")
			continue
		}
		byKind := map[string][]int{}
		units, dues := false, false
		for _, id := range d.IDs {
			i := rd.byID[id]
			byKind[r.Entries[i].Kind] = append(byKind[r.Entries[i].Kind], i)
			units = units || len(r.Entries[i].Units) > 0
			dues = dues || r.Entries[i].Due != nil
		}
		t := rd.newTable(fSmall, registerColumns(units, dues))
		kinds := kindsOf(byKind)
		for _, k := range kinds {
			if len(kinds) > 1 {
				t.span(kindPlural(k))
			}
			prev := ""
			for n, i := range byKind[k] {
				if n%64 == 0 {
					if err := rd.check(); err != nil {
						return err
					}
				}
				// A plan's rows without words of their own carry their issue's text: it is
				// printed once, on the first of the rows in a row that share it.
				text := strings.Join(strings.Fields(r.Entries[i].Text), " ")
				rd.registerRow(t, i, n > 0 && text == prev)
				prev = text
			}
		}
		t.end()
	}
	return nil
}

// kindsOf is the kinds present, in kindOrder, then any other in byte order.
func kindsOf(byKind map[string][]int) []string {
	var out, rest []string
	for _, k := range kindOrder {
		if len(byKind[k]) > 0 {
			out = append(out, k)
		}
	}
	for k := range byKind {
		if !slices.Contains(kindOrder, k) {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// docSummary is a document's line under its title: its date and pages, then its items by
// where they stand.
func docSummary(d DocSection) string {
	var facts []string
	if d.Date != "" {
		facts = append(facts, isoLong(d.Date))
	}
	if d.Pages > 0 {
		facts = append(facts, plural(d.Pages, "page"))
	}
	s := strings.Join(append(facts, plural(len(d.IDs), "item")), " · ")
	if len(d.IDs) > 0 {
		s += fmt.Sprintf(": %d completed, %d overdue", d.Completed.Count, d.Overdue.Count)
	}
	return s
}

// registerRow draws item i's row and makes it the target of the links to the item.
// sameText says the item's words are those of the row above, and are not printed again.
func (rd *renderer) registerRow(t *tableWriter, i int, sameText bool) {
	it := rd.r.Entries[i]
	num := "–"
	if it.Number != nil && *it.Number != "" {
		num = *it.Number
	}
	page := 0
	if it.Page != nil {
		page = *it.Page
	}
	link := sourceURL(it.Source, 0)
	if di, ok := rd.docIdx[it.Doc]; ok && rd.r.ByDoc[di].Source == it.Source && rd.r.ByDoc[di].Link != "" {
		link = rd.r.ByDoc[di].Link
	}
	pageCell := cell{text: "open", url: link}
	if page > 0 {
		pageCell = cell{text: strconv.Itoa(page), url: pageLink(link, page)}
	}
	cells := []cell{
		{text: num},
		{text: gist(it.Text, textRunes)},
		{text: unitText(it)},
		rd.dueCell(it),
		rd.statusCell(it),
		pageCell,
	}
	if sameText {
		cells[1] = cell{note: "Same words as above"}
	}
	if j, ok := rd.reportsOn[it.ID]; ok {
		// A progress report's row: the promise it follows up is linked, in its own words.
		e := rd.r.Entries[j]
		on := "Reports on " + e.Doc
		if e.Number != nil && *e.Number != "" {
			on += ", " + strings.ToLower(kindLabel(e.Kind)) + " " + *e.Number
		}
		cells[1].note = strings.TrimPrefix(cells[1].note+"\n"+on, "\n")
	}
	// The cells of the columns the document's table has.
	var kept []cell
	for k, title := range []string{"No.", "Item", "Unit", "Due", "Status", "Page"} {
		if slices.ContainsFunc(t.cols, func(c column) bool { return c.title == title }) {
			kept = append(kept, cells[k])
		}
	}
	cells = kept
	pg, top := t.row(cells)
	rd.itemPage[i] = pg
	rd.pdf.SetLink(rd.itemLinks[i], top, pg)
	rd.dests = append(rd.dests, dest{name: it.ID, page: pg, top: top})
}

// gist is s cut at a word boundary to at most n runes, with an ellipsis where it was cut.
func gist(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "(no text)"
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + " …"
}

// unitText is the item's units: the register's abbreviation where it knows the unit, else the
// name as printed.
func unitText(it normalize.Item) string {
	var out []string
	for _, u := range it.Units {
		s := strings.Join(strings.Fields(u.AsPrinted), " ")
		if u.Abbr != nil && *u.Abbr != "" {
			s = *u.Abbr
		}
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// dueCell is the deadline as printed, the last day it allows as a date, and, for an item still
// open past it, how long overdue. Words that only say where the work stands ("Ongoing") are
// shown as the status, not as a deadline.
func (rd *renderer) dueCell(it normalize.Item) cell {
	d := it.Due
	if d == nil || it.Status != nil && d.Start == nil && d.End == nil && d.Text == it.Status.Text {
		return cell{text: "–"}
	}
	c := cell{text: gist(d.Text, 90)}
	var notes []string
	switch {
	case d.End != nil:
		notes = append(notes, isoLong(*d.End))
	case d.Start != nil:
		notes = append(notes, "from "+isoLong(*d.Start))
	}
	if _, over := changes.Overdue(it, rd.asOf); over && statusValue(it) != normalize.StatusCompleted {
		if end, ok := changes.DueEnd(it); ok {
			notes = append(notes, overdueLabel(ageBand(end, rd.asOf)))
		}
	}
	c.note = strings.Join(notes, "\n")
	return c
}

// statusCell is where the item stands: the status in bold, then the words it was printed in
// when they say more, and the document and date that reported it when a later one did.
func (rd *renderer) statusCell(it normalize.Item) cell {
	ls := it.Latest()
	if ls == nil {
		return cell{text: "Not stated"}
	}
	c := cell{text: statusLabel(statusValue(it)), bold: true}
	var notes []string
	if w := strings.Join(strings.Fields(ls.Text), " "); w != "" && !strings.EqualFold(w, c.text) {
		notes = append(notes, "\u201c"+gist(w, 48)+"\u201d")
	}
	if ls.Doc != "" && ls.Doc != it.Doc {
		src := ls.Doc
		date := ""
		if ls.Date != nil {
			date = *ls.Date
		} else {
			date = rd.docDates[ls.Doc]
		}
		if date != "" {
			src += ", " + isoLong(date)
		}
		notes = append(notes, src)
	}
	c.note = strings.Join(notes, "\n")
	return c
}

// drawUnits is the by-unit view: a line a unit with its counts and the register pages where
// its items stand (linked to the first), instead of repeating their texts.
func (rd *renderer) drawUnits() error {
	r := rd.r
	rd.section("units", titleUnits)
	rd.para(fMeta, 0, "An item that names several units counts under each of them. Overdue and completed as on the first page. The pages are those of the register where the unit's items stand.", 0, "")
	rd.gap(2)
	t := rd.newTable(fMeta, []column{{"Unit", 90, "L"}, {"Items", 14, "R"}, {"Completed", 21, "R"}, {"Overdue", 17, "R"}, {"In the register, pages", 32, "L"}})
	abbr := map[string]string{}
	for _, it := range r.Entries {
		for _, u := range it.Units {
			if u.Abbr != nil && *u.Abbr != "" && u.Name != *u.Abbr {
				abbr[u.Name] = *u.Abbr
			}
		}
	}
	for n, u := range r.ByUnit {
		if n%64 == 0 {
			if err := rd.check(); err != nil {
				return err
			}
		}
		var pages []int
		link := 0
		for _, id := range u.IDs {
			i, ok := rd.byID[id]
			if !ok {
				continue
			}
			if link == 0 {
				link = rd.itemLinks[i]
			}
			if pg := rd.itemPage[i]; pg > 0 && !slices.Contains(pages, pg) {
				pages = append(pages, pg)
			}
		}
		slices.Sort(pages)
		name := u.Key
		if a, ok := abbr[name]; ok {
			name += " (" + a + ")"
		}
		t.row([]cell{{text: name}, {text: strconv.Itoa(u.Count.Count)}, {text: countOrDash(u.Completed.Count)},
			{text: countOrDash(u.Overdue.Count)}, {text: pageRanges(pages, 12), link: link}})
	}
	t.end()
	return nil
}

// pageRanges prints sorted page numbers as ranges, "3, 5–7", at most n ranges then "…".
func pageRanges(pages []int, n int) string {
	var parts []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if len(parts) == n {
			parts = append(parts, "…")
			break
		}
		if i == j {
			parts = append(parts, strconv.Itoa(pages[i]))
		} else {
			parts = append(parts, strconv.Itoa(pages[i])+"–"+strconv.Itoa(pages[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// sourceLink is where the report links a source: its entry in links, else sourceURL's.
func sourceLink(src string, links map[string]string) string {
	if l, ok := links[src]; ok {
		return l
	}
	return sourceURL(src, 0)
}

// pageLink is link opened at page (1-based); page 0 leaves it as it is.
func pageLink(link string, page int) string {
	if page <= 0 || link == "" {
		return link
	}
	if i := strings.IndexByte(link, '#'); i >= 0 {
		link = link[:i]
	}
	return link + "#page=" + strconv.Itoa(page)
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
	if len(r.Failed) == 0 {
		return nil
	}
	rd.section("failed", titleFailed)
	var rows [][]cell
	for _, f := range r.Failed {
		rows = append(rows, []cell{{text: f.ID}, {text: f.Source, url: sourceURL(f.Source, 0)}, {text: f.Error}})
	}
	rd.table([]column{{"Document", 44, "L"}, {"Source", 55, "L"}, {"Why", 75, "L"}}, rows)
	return nil
}
