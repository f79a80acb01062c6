package render

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func (rd *renderer) drawCover() error {
	p := rd.pdf
	rd.cover = true
	p.AddPage()
	rd.cover = false
	rd.use(fBody)
	p.Bookmark("Cover", 0, 0)
	p.SetY(60)
	p.SetDrawColor(20, 70, 160)
	p.SetLineWidth(1.2)
	p.Line(marginL, 55, marginL+40, 55)
	rd.use(font{famText, "B", sizeTitle})
	for _, line := range wrapText(p, rd.r.Title, bodyW) {
		p.SetX(marginL)
		rd.cell(bodyW, lineH(sizeTitle)+1, line, "", 1, "L", false, 0, "")
	}
	p.SetY(p.GetY() + 6)
	rd.para(font{famText, "", 14}, 0, "Consolidated progress report on recommendations, action items and commitments", 0, "")
	p.SetY(p.GetY() + 4)
	rd.para(font{famText, "B", 14}, 0, "As of "+longDate(rd.asOf), 0, "")
	p.SetY(p.GetY() + 14)
	r := rd.r
	facts := [][2]string{
		{"Documents read", strconv.Itoa(r.Documents.Read)},
		{"Documents that could not be read", strconv.Itoa(r.Documents.Failed)},
		{"Items", strconv.Itoa(r.Items)},
		{"Overdue items", strconv.Itoa(len(r.Overdue))},
		{"Implementation rate", rateText(r.Rate)},
	}
	p.SetDrawColor(150, 150, 150)
	p.SetLineWidth(0.2)
	for _, f := range facts {
		rd.use(fBody)
		p.SetX(marginL)
		rd.cell(100, 7, f[0], "B", 0, "L", false, 0, "")
		rd.use(fBold)
		rd.cell(bodyW-100, 7, f[1], "B", 1, "R", false, 0, "")
	}
	return nil
}

// rateText shows the rate with the denominator beside it, since a rate without its base hides
// how many items could not be judged.
func rateText(im Implementation) string {
	if im.Rate == nil {
		return "n/a (no item states a status)"
	}
	return fmt.Sprintf("%.1f%% (%d of %d)", *im.Rate*100, im.Completed, im.Denominator)
}

func (rd *renderer) drawSummary() error {
	r := rd.r
	rd.section("summary", "Summary")
	rd.para(fBody, 0, fmt.Sprintf("This report covers %s from %s read, judged as of %s; %s could not be read.",
		plural(r.Items, "item"), plural(r.Documents.Read, "document"), longDate(rd.asOf), plural(r.Documents.Failed, "document")), 0, "")
	rd.gap(3)

	rd.heading(fH2, "Items by kind")
	var rows [][]cell
	for _, c := range r.ByKind {
		rows = append(rows, []cell{{text: kindLabel(c.Key)}, {text: strconv.Itoa(c.Count)}})
	}
	rows = append(rows, []cell{{text: "All items"}, {text: strconv.Itoa(r.Items)}})
	rd.table([]column{{"Kind", 120, "L"}, {"Items", 54, "R"}}, rows)

	rd.heading(fH2, "Items by status")
	rows = nil
	for _, c := range r.StatusRows() {
		rows = append(rows, []cell{{text: statusLabel(c.Key)}, {text: strconv.Itoa(c.Count)}, {text: share(c.Count, r.Items)}})
	}
	rd.table([]column{{"Status", 100, "L"}, {"Items", 37, "R"}, {"Share of all items", 37, "R"}}, rows)
	rd.drawStatusChart()

	rd.heading(fH2, "Implementation rate")
	im := r.Rate
	if im.Rate == nil {
		rd.para(fBody, 0, "Not computed: no item states a status.", 0, "")
	} else {
		rd.para(fBold, 0, fmt.Sprintf("%.1f%% = %d completed / %d items with a stated status", *im.Rate*100, im.Completed, im.Denominator), 0, "")
		rd.para(fMeta, 0, fmt.Sprintf("The denominator leaves out the %d items that state no status.", r.Items-im.Denominator), 0, "")
	}

	if err := rd.check(); err != nil {
		return err
	}
	rd.subsection("overdue", "Overdue items")
	rd.para(fMeta, 0, fmt.Sprintf("Items whose deadline (the last day it allows) is before %s and whose status is not completed.", longDate(rd.asOf)), 0, "")
	rd.gap(1)
	rows = nil
	for _, d := range r.Overdue {
		rows = append(rows, rd.deadlineRow(d.Deadline, d.DaysOverdue))
	}
	rd.deadlineTable(rows, "Days overdue", "No item is overdue.")

	rd.subsection("duesoon", fmt.Sprintf("Items due in the next %d days", DueSoonDays))
	rd.para(fMeta, 0, fmt.Sprintf("Items not completed whose deadline falls from %s to %s.",
		longDate(rd.asOf), longDate(rd.asOf.AddDate(0, 0, DueSoonDays))), 0, "")
	rd.gap(1)
	rows = nil
	for _, d := range r.DueSoon {
		rows = append(rows, rd.deadlineRow(d.Deadline, d.DaysLeft))
	}
	rd.deadlineTable(rows, "Days left", fmt.Sprintf("No item falls due in the next %d days.", DueSoonDays))

	rd.subsection("nodue", "Items without a deadline")
	rd.para(fMeta, 0, "Items that name no time, or a time without an end (\u201cContinuously\u201d, \u201cAs required\u201d).", 0, "")
	rd.gap(1)
	if len(r.NoDue.IDs) == 0 {
		rd.para(fBody, 0, "Every item names a deadline.", 0, "")
		return nil
	}
	rows = nil
	for _, id := range r.NoDue.IDs {
		it := r.Entries[rd.byID[id]]
		due := "not stated"
		if it.Due != nil {
			due = it.Due.Text
		}
		rows = append(rows, []cell{rd.itemCell(id), {text: due}, {text: statusLabel(statusValue(it))}})
	}
	rd.table([]column{{"Item", 94, "L"}, {"Due as printed", 50, "L"}, {"Status", 30, "L"}}, rows)
	return nil
}

func (rd *renderer) deadlineRow(d Deadline, days int) []cell {
	return []cell{rd.itemGist(d.ID), {text: d.DueText}, {text: d.DueEnd}, {text: strconv.Itoa(days)}, {text: statusLabel(deadlineStatus(d))}}
}

// gistRunes is how much of an item's text the summary lists show beside its id: enough to
// recognise the item; the full text is one click away.
const gistRunes = 90

// itemGist is itemCell with the start of the item's text, so that a reader of the overdue list
// sees what is late, not only its id.
func (rd *renderer) itemGist(id string) cell {
	c := rd.itemCell(id)
	i, ok := rd.byID[id]
	if !ok {
		return c
	}
	text := []rune(rd.r.Entries[i].Text)
	if len(text) > gistRunes {
		cut := gistRunes
		for cut > gistRunes/2 && text[cut] != ' ' {
			cut--
		}
		text = append(text[:cut:cut], '…')
	}
	if len(text) > 0 {
		c.text += ": " + string(text)
	}
	return c
}

func (rd *renderer) deadlineTable(rows [][]cell, daysTitle, none string) {
	if len(rows) == 0 {
		rd.para(fBody, 0, none, 0, "")
		return
	}
	rd.table([]column{{"Item", 64, "L"}, {"Due as printed", 38, "L"}, {"Due by", 22, "L"}, {daysTitle, 20, "R"}, {"Status", 30, "L"}}, rows)
}

// itemCell names an item and links to its full entry in the by-document section.
func (rd *renderer) itemCell(id string) cell {
	i, ok := rd.byID[id]
	if !ok {
		return cell{text: id}
	}
	return cell{text: id, link: rd.itemLinks[i]}
}

func share(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", float64(n)*100/float64(of))
}

// statusColors are fixed fills per status value, chosen to read apart in grey print too.
var statusColors = map[string][3]int{
	"completed":   {46, 125, 50},
	"ongoing":     {30, 110, 190},
	"planned":     {120, 170, 220},
	"not_started": {150, 150, 150},
	"delayed":     {230, 130, 30},
	"cancelled":   {90, 90, 90},
	"unknown":     {200, 200, 200},
}

// drawStatusChart draws one horizontal bar per status row, with vector rectangles only.
func (rd *renderer) drawStatusChart() {
	p := rd.pdf
	rows := rd.r.StatusRows()
	const labelW, countW, barH, step = 38.0, 16.0, 5.0, 7.0
	barMax := bodyW - labelW - countW - 1
	most := 1
	for _, c := range rows {
		most = max(most, c.Count)
	}
	rd.ensure(float64(len(rows))*step + 8)
	p.SetY(p.GetY() + 2)
	rd.use(fMeta)
	top := p.GetY()
	for i, c := range rows {
		y := top + float64(i)*step
		p.SetXY(marginL, y)
		label := statusLabel(c.Key)
		if l := wrapText(p, label, labelW); len(l) > 1 {
			label = l[0] // status values are short; a stray long one keeps its first line here and whole in the table above
		}
		rd.cell(labelW, barH, label, "", 0, "L", false, 0, "")
		col, ok := statusColors[c.Key]
		if !ok {
			col = [3]int{220, 220, 220}
		}
		p.SetFillColor(col[0], col[1], col[2])
		p.SetDrawColor(110, 110, 110)
		w := barMax * float64(c.Count) / float64(most)
		if c.Count > 0 {
			p.Rect(marginL+labelW, y, max(w, 0.6), barH, "FD")
		}
		p.SetXY(marginL+labelW+w+1, y)
		rd.cell(countW, barH, strconv.Itoa(c.Count), "", 0, "L", false, 0, "")
	}
	p.SetDrawColor(110, 110, 110)
	p.Line(marginL+labelW, top-1, marginL+labelW, top+float64(len(rows))*step-1)
	p.SetXY(marginL, top+float64(len(rows))*step+3)
}

func kindLabel(k string) string {
	switch k {
	case "recommendation":
		return "Recommendation"
	case "action_item":
		return "Action item"
	case "commitment":
		return "Commitment"
	}
	return k
}

// deadlineStatus is d's status value, or NoStatus when it has none.
func deadlineStatus(d Deadline) string {
	if d.Status == nil {
		return NoStatus
	}
	return *d.Status
}

func statusLabel(s string) string {
	switch s {
	case NoStatus:
		return "Not stated"
	case "not_started":
		return "Not started"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ReplaceAll(s[n:], "_", " ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
