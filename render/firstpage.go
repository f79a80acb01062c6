package render

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbtrack/normalize"
)

// drawFirstPage answers the secretariat's question on one page: what was promised (items by
// kind), how far it got (by latest status, the two rates with their denominators), how late
// the rest is (age bands) and what changed since the previous run; then the contents.
func (rd *renderer) drawFirstPage() error {
	p, r := rd.pdf, rd.r
	p.AddPage()
	rd.use(fBody)
	p.Bookmark("Summary", 0, p.GetY())
	rd.use(font{famText, "B", 18})
	for _, l := range wrapText(p, r.Title, bodyW) {
		p.SetX(marginL)
		rd.cell(bodyW, lineH(18)+1, l, "", 1, "L", false, 0, "")
	}
	p.SetY(p.GetY() + 1)
	rd.para(fBody, 0, "What was promised and how far it got, as of "+longDate(rd.asOf), 0, "")
	p.SetDrawColor(20, 70, 160)
	p.SetLineWidth(0.8)
	p.Line(marginL, p.GetY()+1.5, marginL+40, p.GetY()+1.5)
	p.SetY(p.GetY() + 4)
	rd.para(fBody, 0, rd.lead(), 0, "")
	rd.gap(3)

	rd.heading(fH2, "Where the items stand")
	// "Unknown" (a status printed in words the vocabulary does not read) gets a column only
	// when some item has it, so that the others' titles fit on one line.
	var keys []string
	unknown := 0
	for _, c := range r.ByStatus {
		if c.Key == normalize.StatusUnknown {
			unknown = c.Count
		}
	}
	for _, k := range append(append([]string{}, statusOrder...), NoStatus) {
		if k != normalize.StatusUnknown || unknown > 0 {
			keys = append(keys, k)
		}
	}
	cols := []column{{"", 31, "L"}}
	for _, k := range keys {
		cols = append(cols, column{statusLabel(k), (bodyW - 31 - 12) / float64(len(keys)), "R"})
	}
	cols = append(cols, column{"Total", 12, "R"})
	t := rd.newTable(fSmall, cols)
	sums := make([]int, len(keys))
	for _, ks := range r.KindStatus {
		row := []cell{{text: kindPlural(ks.Kind)}}
		j := 0
		for _, c := range ks.ByStatus {
			if c.Key == normalize.StatusUnknown && unknown == 0 {
				continue
			}
			sums[j] += c.Count
			j++
			row = append(row, cell{text: countOrDash(c.Count)})
		}
		row = append(row, cell{text: strconv.Itoa(ks.Total), bold: true})
		t.row(row)
	}
	row := []cell{{text: "All items", bold: true}}
	for _, n := range sums {
		row = append(row, cell{text: countOrDash(n), bold: true, note: share(n, r.Items)})
	}
	t.row(append(row, cell{text: strconv.Itoa(r.Items), bold: true, note: "100%"}))
	t.end()
	rd.para(fMeta, 0, "Status is where an item stands by the newest document of the run that reports on it, else as its own document states it.", 0, "")
	rd.gap(3)

	rd.heading(fH2, "Implementation and acceptance")
	rd.rateLine("Implementation rate", rateText(r.Rate.Rate, r.Rate.Completed, r.Rate.Denominator),
		fmt.Sprintf("completed of %s: action items, commitments, and recommendations that a management response accepts.",
			plural(r.Rate.Denominator, "accepted item")))
	accNote := fmt.Sprintf("recommendations accepted in full or in part, of %d with a known management response.", r.Acceptance.Denominator)
	if r.Acceptance.Rate == nil {
		accNote = "no recommendation states a management response."
	}
	rd.rateLine("Acceptance rate", rateText(r.Acceptance.Rate, r.Acceptance.Accepted, r.Acceptance.Denominator), accNote)
	rd.para(fMeta, 0, "As the Joint Inspection Unit reports them: implemented over accepted, and accepted over recommendations considered.", 0, "")
	rd.gap(3)

	rd.heading(fH2, "Deadlines")
	cols = nil
	var cells []cell
	for _, c := range r.Ages {
		cols = append(cols, column{ageLabel(c.Key), bodyW / float64(len(r.Ages)), "R"})
		cells = append(cells, cell{text: strconv.Itoa(c.Count), bold: c.Key == AgeLongOutstanding, note: share(c.Count, r.Items)})
	}
	t = rd.newTable(fMeta, cols)
	t.row(cells)
	t.end()
	rd.para(fMeta, 0, fmt.Sprintf("Overdue: the last day the deadline allows is before %s and the item is not completed. An item due \u201cContinuously\u201d or by no stated time has no deadline.", longDate(rd.asOf)), 0, "")
	rd.gap(3)

	rd.heading(fH2, "Since the previous run")
	rd.para(fBody, 0, rd.changesLead(), 0, "")
	rd.gap(4)
	rd.drawContents()
	return rd.check()
}

// lead is the first page's opening sentence: what the report counts, from what.
func (rd *renderer) lead() string {
	r := rd.r
	var kinds []string
	for _, c := range r.ByKind {
		if c.Count > 0 {
			kinds = append(kinds, strings.ToLower(plural(c.Count, kindLabel(c.Key))))
		}
	}
	var s strings.Builder
	fmt.Fprintf(&s, "%s from %s", plural(r.Items, "item"), plural(r.Documents.Read-r.Documents.Copies, "document"))
	if len(kinds) > 0 {
		s.WriteString(": " + joinAnd(kinds))
	}
	s.WriteString(".")
	switch n := len(r.Copies); {
	case n > maxNamed:
		// a sentence a copy would fill the first page of a run over an archive's mirrors; the
		// register names the copies beside the documents they copy
		fmt.Fprintf(&s, " %d documents are copies of others read in the run and are counted once (the register names them beside their originals).", n)
	default:
		for _, c := range r.Copies {
			fmt.Fprintf(&s, " %s is a copy of %s and is counted once.", c.ID, c.SameAs)
		}
	}
	switch r.Documents.Failed {
	case 0:
	case 1:
		s.WriteString(" One document could not be read (listed at the end).")
	default:
		fmt.Fprintf(&s, " %d documents could not be read (listed at the end).", r.Documents.Failed)
	}
	return s.String()
}

// changesLead sums up the changes since the previous run in a sentence.
func (rd *renderer) changesLead() string {
	r := rd.r
	if !r.HasChanges {
		return "No earlier run was given to compare this one with."
	}
	if len(r.Changes) == 0 {
		return "Nothing changed since the previous run."
	}
	var parts []string
	for _, c := range r.ChangeCounts {
		parts = append(parts, fmt.Sprintf("%d %s", c.Count, changePhrase(c.Key, c.Count)))
	}
	return joinAnd(parts) + " (listed in \u201c" + titleChanges + "\u201d)."
}

// rateLine draws a rate in bold with what it counts beside it.
func (rd *renderer) rateLine(label, value, note string) {
	p := rd.pdf
	rd.use(fBold)
	lw := 40.0
	vw := 32.0
	lh := lineH(sizeBody) + 0.5
	lines := func() []string { rd.use(fMeta); return wrapText(p, note, bodyW-lw-vw) }()
	rd.ensure(float64(max(1, len(lines))) * lh)
	y := p.GetY()
	p.SetXY(marginL, y)
	rd.use(fBold)
	rd.cell(lw, lh, label, "", 0, "L", false, 0, "")
	rd.cell(vw, lh, value, "", 0, "L", false, 0, "")
	rd.use(fMeta)
	for i, l := range lines {
		p.SetXY(marginL+lw+vw, y+float64(i)*lh)
		rd.cell(bodyW-lw-vw, lh, l, "", 0, "L", false, 0, "")
	}
	p.SetXY(marginL, y+float64(max(1, len(lines)))*lh+0.5)
}

// rateText shows a rate with its numerator and denominator, since a rate without its base
// hides how many items could not be judged.
func rateText(rate *float64, n, of int) string {
	if rate == nil {
		return "not computed"
	}
	return fmt.Sprintf("%.0f%% (%d of %d)", *rate*100, n, of)
}

func countOrDash(n int) string {
	if n == 0 {
		return "–"
	}
	return strconv.Itoa(n)
}

func share(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", float64(n)*100/float64(of))
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func kindLabel(k string) string {
	switch k {
	case normalize.KindRecommendation:
		return "Recommendation"
	case normalize.KindActionItem:
		return "Action item"
	case normalize.KindCommitment:
		return "Commitment"
	}
	return k
}

func kindPlural(k string) string {
	switch k {
	case normalize.KindRecommendation:
		return "Recommendations"
	case normalize.KindActionItem:
		return "Action items"
	case normalize.KindCommitment:
		return "Commitments"
	}
	return k
}

func statusLabel(s string) string {
	switch s {
	case NoStatus, "no_status":
		return "Not stated"
	case normalize.StatusNotStarted:
		return "Not started"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ReplaceAll(s[n:], "_", " ")
}

func ageLabel(k string) string {
	switch k {
	case AgeCompleted:
		return "Completed"
	case AgeNotYetDue:
		return "Not yet due"
	case AgeUnder1Year:
		return "Overdue under 1 year"
	case Age1To2Years:
		return "Overdue 1–2 years"
	case Age2To5Years:
		return "Overdue 2–5 years"
	case AgeLongOutstanding:
		return "Long outstanding (5 years or more)"
	case AgeNoDeadline:
		return "No deadline"
	}
	return k
}

// overdueLabel is an overdue age band as the register's deadline cell says it.
func overdueLabel(k string) string {
	switch k {
	case AgeUnder1Year:
		return "overdue, under 1 year"
	case Age1To2Years:
		return "overdue 1–2 years"
	case Age2To5Years:
		return "overdue 2–5 years"
	case AgeLongOutstanding:
		return "long outstanding"
	}
	return ""
}

func changePhrase(k string, n int) string {
	one := n == 1
	switch k {
	case "new":
		return pick(one, "new item", "new items")
	case "removed":
		return pick(one, "item removed", "items removed")
	case "moved":
		return pick(one, "item renumbered", "items renumbered")
	case "reworded":
		return pick(one, "item reworded", "items reworded")
	case "status_changed":
		return pick(one, "change of status", "changes of status")
	case "due_changed":
		return pick(one, "deadline moved", "deadlines moved")
	case "newly_overdue":
		return pick(one, "item now overdue", "items now overdue")
	case "text_changed":
		return pick(one, "text changed", "texts changed")
	}
	return k
}

func pick(one bool, a, b string) string {
	if one {
		return a
	}
	return b
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// maxNamed is how many names a sentence of the report lists before it counts the rest.
const maxNamed = 3

// namedSome joins up to maxNamed of names with "and", and counts the rest: "a, b, c and 4
// more".
func namedSome(names []string) string {
	if len(names) <= maxNamed {
		return joinAnd(names)
	}
	return joinAnd(append(names[:maxNamed:maxNamed], strconv.Itoa(len(names)-maxNamed)+" more"))
}
