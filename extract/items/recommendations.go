package items

import (
	"regexp"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// recHeadRe matches the heading of a numbered recommendation: "RECOMMENDATION 3",
// "Recommendation 3:", "Recommendation 3. Develop ...". An instrument such as "the Social
// Protection Floors Recommendation, 2012 (No. 202)" has no number right after the word.
var recHeadRe = regexp.MustCompile(`^(?:RECOMMENDATION|Recommendation)\s+(\d{1,2}[A-Za-z]?)(?:\s*[:.\-–—]\s*|\s*$)(.*)$`)

// recSectionRe matches the heading of a recommendations section whose recommendations are
// numbered paragraphs ("1. The Office should ...") rather than headed blocks.
var recSectionRe = regexp.MustCompile(`(?i)^(?:\d{1,2}\s*)?[►▶•\-–\s]*(?:main |key )?recommendations\s*$`)

// numberedParaRe matches a paragraph that starts with its number: "3. ", "(b) ", "3) ".
var numberedParaRe = regexp.MustCompile(`^(?:(\d{1,2})[.)]|\(([a-z]|\d{1,2})\))\s+(\S.*)$`)

// findRecommendations reports numbered recommendations with the table of responsible units,
// priority and implications that follows each.
func (d *detector) findRecommendations() {
	blocks := d.doc.Blocks
	headed := false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == textlayer.Table {
			continue
		}
		m := recHeadRe.FindStringSubmatch(b.Text)
		if m == nil || !(b.Kind == textlayer.Heading || b.Bold || strings.HasPrefix(b.Text, "RECOMMENDATION") || strings.ContainsAny(b.Text[:len(b.Text)-len(m[2])], ":.")) {
			continue
		}
		headed = true
		d.claimed[i] = true
		var parts []string
		if rest := strings.TrimSpace(m[2]); rest != "" {
			parts = append(parts, rest)
		}
		it := normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr(m[1])}
		if b.Page > 0 {
			it.Page = normalize.Ptr(b.Page)
		}
		j := i + 1
		for ; j < len(blocks); j++ {
			nb := blocks[j]
			if recHeadRe.MatchString(nb.Text) && nb.Kind != textlayer.Table {
				break
			}
			if nb.Kind == textlayer.Table {
				if applyRecTable(&it, nb.Table) {
					d.claimed[j] = true
					j++
				}
				break
			}
			// A short heading ("INSTITUTIONAL", "Policy recommendations") closes the
			// recommendation; a bold lead paragraph detected as a heading does not.
			if nb.Kind == textlayer.Heading && len(nb.Text) < 60 && !recFieldRe.MatchString(nb.Text) {
				break
			}
			// "Responsible units: PROGRAM, EVAL" as a line of its own instead of a table.
			if applyRecFields(&it, nb.Text) {
				d.claimed[j] = true
				continue
			}
			d.claimed[j] = true
			parts = append(parts, nb.Text)
		}
		it.Text = strings.Join(parts, " ")
		it.ID = d.docID + "#recommendation-" + m[1]
		d.add(i, 0, it)
		i = j - 1
	}
	if !headed {
		d.findNumberedRecommendations()
	}
}

// findNumberedRecommendations reports the numbered paragraphs of a "Recommendations" section.
func (d *detector) findNumberedRecommendations() {
	in := false
	for i, b := range d.doc.Blocks {
		switch {
		case b.Kind == textlayer.Heading || (b.Bold && len(b.Text) < 60):
			in = recSectionRe.MatchString(b.Text)
			continue
		case !in || b.Kind == textlayer.Table:
			continue
		}
		m := numberedParaRe.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		num := m[1] + m[2]
		it := normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr(num), Text: m[3],
			ID: d.docID + "#recommendation-" + num}
		if b.Page > 0 {
			it.Page = normalize.Ptr(b.Page)
		}
		d.claimed[i] = true
		d.add(i, 0, it)
	}
}

// Column roles of a recommendation's table.
const (
	colOther = iota
	colUnits
	colPriority
	colTime
	colResource
)

var (
	unitsHeadRe    = regexp.MustCompile(`(?i)responsib|\bunits?\b|\blead\b|\bwho\b|department|office\(s\)|addressed to`)
	priorityHeadRe = regexp.MustCompile(`(?i)priority`)
	timeHeadRe     = regexp.MustCompile(`(?i)time|timing|timeline|timeframe|horizon`)
	resourceHeadRe = regexp.MustCompile(`(?i)resource|cost|budget|financ`)
)

func recColumnRole(head string) int {
	switch {
	case resourceHeadRe.MatchString(head):
		return colResource
	case priorityHeadRe.MatchString(head):
		return colPriority
	case timeHeadRe.MatchString(head):
		return colTime
	case unitsHeadRe.MatchString(head):
		return colUnits
	}
	return colOther
}

// applyRecTable fills the units, priority and implications of a recommendation from the table
// that follows it. It reports false when the table is not such a table.
func applyRecTable(it *normalize.Item, t *textlayer.TableData) bool {
	if t == nil || len(t.Rows) == 0 {
		return false
	}
	if m := newTableModel(t); m != nil && m.isActionTable() {
		return false // a table of key actions: findTables reads its rows
	}
	if applyLabelTable(it, t) {
		return true
	}
	head, body := splitHeader(t)
	if head == nil {
		return false
	}
	roles := make([]int, len(head))
	hasUnits := false
	for c, h := range head {
		roles[c] = recColumnRole(h)
		hasUnits = hasUnits || roles[c] == colUnits
	}
	if !hasUnits {
		return false
	}
	// Wrapped cells may come as several rows: a column's words are the words of all its rows.
	vals := make([]string, len(head))
	for _, r := range body {
		for c, cell := range expandCells(r, len(head)) {
			if cell != "" {
				vals[c] = strings.TrimSpace(vals[c] + " " + cell)
			}
		}
	}
	for c, v := range vals {
		setRecField(it, roles[c], v)
	}
	return true
}

// recFieldRe matches a recommendation's implication given as a labelled line:
// "Responsible units: ...", "Priority: high", "Time implication: short-term",
// "Resource implication: low".
var recFieldRe = regexp.MustCompile(`(?i)^\s*(responsible(?: units?| offices?)?|lead unit|addressed to|priority|time(?: implication| frame)?|timing|resource(?: implications?)?|resources|cost implications?)\s*:\s*(.*)$`)

// applyRecFields reads labelled implication lines; several may share one block ("Responsible
// units: SKILLS, EVAL Priority: High"). It reports whether the block was such a block.
func applyRecFields(it *normalize.Item, text string) bool {
	var cuts [][2]int // label start, value start
	for _, m := range recFieldSplitRe.FindAllStringSubmatchIndex(text, -1) {
		ls := m[2]
		// A label inside the text counts when a sentence mark precedes it or it is
		// capitalized: "... Turin Centre Priority: High"; "the time: now" is no label.
		if ls > 0 && !strings.ContainsAny(text[m[0]:ls], ".;") && !unicode.IsUpper(rune(text[ls])) {
			continue
		}
		cuts = append(cuts, [2]int{ls, m[1]})
	}
	if len(cuts) == 0 || strings.TrimSpace(text[:cuts[0][0]]) != "" {
		return false
	}
	for k, c := range cuts {
		end := len(text)
		if k+1 < len(cuts) {
			end = cuts[k+1][0]
		}
		label := strings.TrimSuffix(strings.TrimSpace(text[c[0]:c[1]]), ":")
		v := strings.TrimRight(strings.TrimSpace(text[c[1]:end]), ".;")
		setRecField(it, recColumnRole(label), v)
	}
	return true
}

// recFieldSplitRe finds the labels of implication lines; group 1 is the label.
var recFieldSplitRe = regexp.MustCompile(`(?i)(?:^|[.;]?\s+)(responsible(?: units?| offices?)?|lead unit|addressed to|priority|time(?: implication| frame)?|timing|resource(?: implications?)?|resources|cost implications?)\s*:`)

// applyLabelTable reads a recommendation's table laid out as label | value rows ("Responsible
// units | ROAS, PARDEV", "Priority | High"). It reports false for any other table.
func applyLabelTable(it *normalize.Item, t *textlayer.TableData) bool {
	if t.Columns != 2 {
		return false
	}
	labelled, units := 0, false
	for _, r := range t.Rows {
		cells := expandCells(r, 2)
		role := recColumnRole(cells[0])
		if role == colOther || len(cells[0]) > 40 {
			continue
		}
		labelled++
		units = units || role == colUnits
	}
	if labelled < 2 || !units {
		return false
	}
	for _, r := range t.Rows {
		cells := expandCells(r, 2)
		if len(cells[0]) > 40 {
			continue
		}
		v := strings.TrimSpace(cells[1])
		setRecField(it, recColumnRole(cells[0]), v)
	}
	return true
}

// setRecField sets the field of a recommendation that a column or label of the given role
// holds.
func setRecField(it *normalize.Item, role int, v string) {
	switch role {
	case colUnits:
		it.Responsible = normalize.SplitUnits(v)
	case colPriority:
		it.Priority = optional(v)
	case colTime:
		it.TimeImplication = optional(v)
	case colResource:
		it.ResourceImplication = optional(v)
	}
}

// optional returns nil for an empty or dash-only cell.
func optional(s string) *string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, "-–—./ ") == "" || strings.EqualFold(s, "n/a") {
		return nil
	}
	return &s
}

// splitHeader returns the column titles (one per column, spans repeated) and the body rows.
// Consecutive header rows join (a header that wraps); a header row met again later (a plan in
// parts, each with its header) is dropped. A table without a flagged header row takes its first
// row with two or more filled cells as the header; rows above the header (a title spanning the
// table) stay in the body, where they read as group rows.
func splitHeader(t *textlayer.TableData) (head []string, body []textlayer.Row) {
	cols := t.Columns
	flagged := false
	for _, r := range t.Rows {
		flagged = flagged || r.Header
	}
	inHead := false
	for _, r := range t.Rows {
		isHead := r.Header
		if !flagged && head == nil && filledCells(r) >= 2 {
			isHead = true
		}
		switch {
		case isHead && head == nil:
			head, inHead = expandCells(r, cols), true
		case isHead && inHead:
			cells := expandCells(r, cols)
			for c := range head {
				head[c] = strings.TrimSpace(head[c] + " " + cells[c])
			}
		case isHead:
			// a repeated header
		default:
			inHead = false
			body = append(body, r)
		}
	}
	return head, body
}

func filledCells(r textlayer.Row) int {
	n := 0
	for _, c := range r.Cells {
		if strings.TrimSpace(c.Text) != "" {
			n++
		}
	}
	return n
}

// expandCells returns one string per column, a spanning cell's text in its first column and
// empty strings in the columns it covers.
func expandCells(r textlayer.Row, cols int) []string {
	out := make([]string, 0, cols)
	for _, c := range r.Cells {
		out = append(out, strings.TrimSpace(c.Text))
		for k := 1; k < c.Span; k++ {
			out = append(out, "")
		}
	}
	if cols <= 0 {
		return out
	}
	for len(out) < cols {
		out = append(out, "")
	}
	return out[:cols]
}
