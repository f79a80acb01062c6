package items

import (
	"regexp"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// Column roles of a recommendation's table.
const (
	colOther = iota
	colUnits
	colPriority
	colTime
	colResource
	// Roles of a label block only (an audit recommendation's "Status:", "Target date:"); a
	// table of recommendations with such columns is a follow-up plan (findTables).
	colStatus
	colDue
	colDueOriginal // "Original target date": counts only when no revised date is given
	colResponse
)

var (
	unitsHeadRe    = regexp.MustCompile(`(?i)responsib|responsab|\bunits?\b|\blead\b|\bwho\b|department|département|office\(s\)|addressed to|recommendation to|adressée?s? à|destinataire`)
	priorityHeadRe = regexp.MustCompile(`(?i)priority|priorité`)
	timeHeadRe     = regexp.MustCompile(`(?i)time|timing|timeline|timeframe|horizon|délai|calendrier`)
	resourceHeadRe = regexp.MustCompile(`(?i)resource|ressource|cost|budget|financ`)
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

// A recommendation's own table has no column of actions or statuses: a table with one is a
// table of key actions or a follow-up plan, whose rows are action items.
var (
	recActionHeadRe = regexp.MustCompile(`(?i)\b(?:key actions?|actions?|activit(?:y|ies)|outputs?|measures?|tasks?|deliverables?|steps?|milestones?|actions? clés?)\b`)
	recStatusHeadRe = regexp.MustCompile(`(?i)\b(?:status|progress|state of play|statut|état d[’']avancement)\b`)
)

var (
	responseLabelRe    = regexp.MustCompile(`(?i)^(?:management(?:'s|’s)? response|response|réponse de la direction)\b`)
	dueOriginalLabelRe = regexp.MustCompile(`(?i)^original (?:target |implementation |completion )?date\b`)
	dueLabelRe         = regexp.MustCompile(`(?i)^(?:revised |new )?(?:target|implementation|completion|due|expected completion)(?: date)?\b|^deadline\b|^date d[’']échéance|^échéance|^date (?:d[’']application|cible|prévue)`)
	statusLabelRe      = regexp.MustCompile(`(?i)^(?:implementation |current )?status\b|^statut\b|^état d[’']avancement`)
)

// labelRole is the role of a label in a recommendation's label block ("Department(s)
// responsible:", "Status:", "Priority:", "Target date:", "Revised target date:"), or of a
// column of its table.
func labelRole(label string) int {
	l := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label), ":"))
	switch {
	case responseLabelRe.MatchString(l):
		return colResponse
	case dueOriginalLabelRe.MatchString(l):
		return colDueOriginal
	case dueLabelRe.MatchString(l):
		return colDue
	case statusLabelRe.MatchString(l):
		return colStatus
	}
	return recColumnRole(l)
}

// isRecFieldsTable reports whether t is a recommendation's own table: label | value rows, or a
// header of units, priority and implications without an action column.
func (d *detector) isRecFieldsTable(t *textlayer.TableData) bool {
	var it normalize.Item
	return d.applyRecTable(&it, t)
}

// applyRecTable fills the units, priority and implications of a recommendation from the table
// that follows it. It reports false when the table is not such a table: a table of key
// actions ("Key action | Time frame | Responsible unit(s) | Status") belongs to findTables,
// whose rows name the recommendation as their parent.
func (d *detector) applyRecTable(it *normalize.Item, t *textlayer.TableData) bool {
	if t == nil || len(t.Rows) == 0 {
		return false
	}
	if d.applyLabelTable(it, t) {
		return true
	}
	head, body := splitHeader(t)
	if head == nil {
		return false
	}
	roles := make([]int, len(head))
	hasUnits := false
	for c, h := range head {
		if recActionHeadRe.MatchString(h) || recStatusHeadRe.MatchString(h) {
			// "Key action", "Action", "Output": an action table; "Status", "Progress": a
			// follow-up plan
			return false
		}
		roles[c] = recColumnRole(h)
		hasUnits = hasUnits || roles[c] == colUnits
	}
	if !hasUnits {
		return false
	}
	// Wrapped cells may come as several rows: a column's words are the words of all its rows,
	// up to a management response that a response matrix prints below its fields.
	vals := make([]string, len(head))
rows:
	for _, r := range body {
		last := false // the row holds the response: the fields end with it
		cells := expandCells(r, len(head))
		for _, cell := range cells {
			if subResponseRe.MatchString(cell) || keyActionHeadRe.MatchString(cell) || responseHeadRe.MatchString(cell) {
				break rows
			}
		}
		for c, cell := range cells {
			if loc := responseInlineRe.FindStringIndex(cell); loc != nil {
				cell, last = cell[:loc[0]], true
			}
			if cell != "" {
				vals[c] = strings.TrimSpace(vals[c] + " " + cell)
			}
		}
		if last {
			break
		}
	}
	for c, v := range vals {
		if roles[c] == colUnits && strings.ContainsAny(v, "●•▪") {
			it.Responsible = splitUnitList(v) // "● project management; ● donors ● IOM Offices."
			continue
		}
		setRecField(it, roles[c], v)
	}
	return true
}

// recFieldRe matches a recommendation's implication given as a labelled line:
// "Responsible units: ...", "Priority: high", "Time implication: short-term",
// "Resource implication: low", "Recommendation to: Project Management".
var recFieldRe = regexp.MustCompile(`(?i)^\s*(?:` + recFieldLabels + `)\s*(?:\([^)]{0,40}\))?\s*:\s*(.*)$`)

// recFieldLabels are the labels of a recommendation's labelled lines.
const recFieldLabels = `responsible(?: units?| offices?| departments?)?|responsibility|department\(s\) responsible|departments? responsible|lead unit|addressed to|recommendation to|priority(?: level)?|time(?: implications?| ?frame)?|timeline|timing|resource(?: implications?)?|resources|cost implications?|linked to` +
	// the follow-up labels of audit and oversight reports ("Status: Under implementation",
	// "Target date: Fourth quarter of 2026"), in English and in French ("Département
	// responsable :", "État d'avancement :", "Date d'application prévue :")
	`|(?:implementation |current )?status|(?:revised |original )?(?:target|due) date|(?:revised |original )?(?:implementation|completion|expected completion) date|deadline` +
	`|départements? responsables?|services? responsables?|entités? responsables?|unités? responsables?|priorité|` +
	// the implication lines of French evaluation reports ("Incidence sur les ressources :",
	// "Implications en ressources :", "Ressources :")
	`incidences? (?:sur les|en) ressources|implications? (?:sur les|en) ressources|ressources|statut|état d[’']avancement|date (?:d[’']application|cible|prévue)(?: prévue)?|échéance|destinataires?|adressée?s? à|responsables?|responsabilité|délais?|calendrier`

// recFieldSplitRe finds the labels of implication lines; group 1 is the label.
var recFieldSplitRe = regexp.MustCompile(`(?i)(?:^|[.;]?\s+)(` + recFieldLabels + `)\s*(?:\([^)]{0,40}\))?\s*:`)

// applyRecFields reads labelled implication lines; several may share one block ("Responsible
// units: SKILLS, EVAL Priority: High"). It reports whether the block was such a block.
func (d *detector) applyRecFields(it *normalize.Item, text string) bool {
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
		label := text[c[0]:c[1]]
		if p := strings.Index(label, "("); p > 0 {
			label = label[:p]
		}
		// "Priority: High | Timing: Short term": a bar may part the labels as ";" does
		v := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text[c[1]:end]), ".;|"))
		d.setLabelField(it, labelRole(label), v)
	}
	return true
}

// labelValueMaxChars bounds the value of a label in a run of labels that ends a
// recommendation's paragraph: a longer value is a sentence, not a field.
const labelValueMaxChars = 90

// cutLabelTail splits a recommendation's words from the labelled fields that a list item or a
// paragraph runs into its end when the page breaks them with <br> or prints them on one line
// ("... advisory committee. (ILO constituents, ROAP) Priority: High; Timing: short term"). The
// run must open after a full stop or a closing bracket with a capitalized label and hold only
// labels with short values to the end; labels is "" when the text has no such run.
func cutLabelTail(text string) (words, labels string) {
	ms := recFieldSplitRe.FindAllStringSubmatchIndex(text, -1)
	for k, m := range ms {
		ls := m[2]
		if ls == 0 || !unicode.IsUpper(rune(text[ls])) {
			continue
		}
		before := strings.TrimSpace(text[:ls])
		if !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, ")") {
			continue
		}
		ok := true
		for j := k; j < len(ms); j++ {
			end := len(text)
			if j+1 < len(ms) {
				end = ms[j+1][2]
			}
			v := strings.TrimSpace(text[ms[j][1]:end])
			if v == "" || len(v) > labelValueMaxChars {
				ok = false
				break
			}
		}
		if ok && len(strings.Fields(before)) >= 4 {
			return before, text[ls:]
		}
		return text, ""
	}
	return text, ""
}

// emptyLabelRoles returns the roles, in order, of the labels of a line that prints labels and
// no values ("Recommendation to: Priority level (1 to 3):"), whose values a table below gives;
// nil when a label has a value.
func emptyLabelRoles(text string) []int {
	ms := recFieldSplitRe.FindAllStringSubmatchIndex(text, -1)
	var roles []int
	for k, m := range ms {
		end := len(text)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		if strings.TrimSpace(text[m[1]:end]) != "" {
			return nil
		}
		roles = append(roles, labelRole(text[m[2]:m[3]]))
	}
	return roles
}

// applyValueTable reads the values of a label line from the table below it: the table's
// columns, bullet columns left out, give the labels' values in order, each column's rows joined
// up to the management response, which a response form prints in the next rows ("Management
// response (Accept/Partially Accept/Reject)" / "Recommendation accepted. ..."). It reports
// false when the table has no column for the labels.
func (d *detector) applyValueTable(it *normalize.Item, t *textlayer.TableData, roles []int) bool {
	if t == nil || len(t.Rows) == 0 {
		return false
	}
	cols := t.Columns
	vals := make([][]string, cols)
	markers := make([]bool, cols)
	for c := range markers {
		markers[c] = true
	}
	var resp string
	for ri, r := range t.Rows {
		cells := expandCells(r, cols)
		joined := strings.TrimSpace(strings.Join(cells, " "))
		if responseHeadRe.MatchString(joined) {
			if rest := strings.TrimSpace(responseInlineRe.ReplaceAllString(joined, "")); rest != "" {
				resp = rest
			} else if ri+1 < len(t.Rows) {
				resp = strings.TrimSpace(strings.Join(expandCells(t.Rows[ri+1], cols), " "))
			}
			break
		}
		if subResponseRe.MatchString(joined) {
			break
		}
		for c, cell := range cells {
			if cell == "" {
				continue
			}
			vals[c] = append(vals[c], cell)
			markers[c] = markers[c] && isMarkerCell(cell) && !markerNumberRe.MatchString(cell)
		}
	}
	k := 0
	for c := 0; c < cols && k < len(roles); c++ {
		if markers[c] {
			continue // a column of bullets, or an empty one
		}
		v := strings.Join(vals[c], ", ")
		if roles[k] == colUnits {
			it.Responsible = splitUnitList(v)
		} else {
			d.setLabelField(it, roles[k], v)
		}
		k++
	}
	if k == 0 {
		return false
	}
	if resp != "" && !subResponseRe.MatchString(resp) && it.Response == nil {
		it.Response = normalize.ParseResponse(resp)
	}
	return true
}

// applyLabelTable reads a recommendation's table laid out as label | value rows ("Responsible
// units | ROAS, PARDEV", "Priority | High", "Status: | Under implementation", "Target date: |
// Second quarter of 2027") or as cells that each hold a label and its value ("Recommendation
// to: Project Management | Priority level (1 to 3): 2"). It reports false for any other table.
func (d *detector) applyLabelTable(it *normalize.Item, t *textlayer.TableData) bool {
	labelled, units := 0, false
	for _, r := range t.Rows {
		cells := expandCells(r, t.Columns)
		if t.Columns == 2 && len(cells[0]) <= 40 {
			if role := labelRole(cells[0]); role != colOther {
				labelled++
				units = units || role == colUnits
				continue
			}
		}
		for _, c := range cells {
			if m := recFieldRe.FindStringSubmatch(c); m != nil {
				labelled++
				units = units || labelRole(c[:strings.Index(c, ":")]) == colUnits
			}
		}
	}
	if labelled < 2 || !units {
		return false
	}
	seen := map[int]bool{}
	for _, r := range t.Rows {
		cells := expandCells(r, t.Columns)
		if t.Columns == 2 && len(cells[0]) <= 40 && labelRole(cells[0]) != colOther {
			role := labelRole(cells[0])
			if seen[role] {
				// a label met again opens the next recommendation's block, which the
				// reader joined to this table: its values are not this one's
				break
			}
			seen[role] = true
			d.setLabelField(it, role, strings.TrimSpace(cells[1]))
			continue
		}
		for _, c := range cells {
			d.applyRecFields(it, c)
		}
	}
	return true
}

// setLabelField sets the field of a recommendation that a label of the given role holds. A
// revised target date overrides the original one, whatever their order.
func (d *detector) setLabelField(it *normalize.Item, role int, v string) {
	switch role {
	case colStatus:
		if v != "" {
			it.Status = normalize.ParseStatus(v)
		}
	case colDue:
		if optional(v) != nil {
			it.Due = d.parseDue(v)
		}
	case colDueOriginal:
		if it.Due == nil && optional(v) != nil {
			it.Due = d.parseDue(v)
		}
	case colResponse:
		if it.Response == nil {
			it.Response = normalize.ParseResponse(v)
		}
	case colUnits:
		it.Responsible = splitUnitList(v)
	case colTime:
		// "Time frame: by June 2026", "Délai : d'ici fin 2025" name a deadline; "Time
		// implication: short term" names none and stays a time implication only
		setRecField(it, role, v)
		if due := d.parseDue(v); it.Due == nil && due != nil && due.End != nil {
			it.Due = due
		}
	default:
		setRecField(it, role, v)
	}
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

// unitHeadRe matches the last word of a unit's name: the noun that says what kind of unit it
// is ("Financial Management Department", "Treasury Services Unit", "Facilities and
// Procurement Services Bureau").
var unitHeadRe = regexp.MustCompile(`\S\s+(?:Department|Unit|Bureau|Office|Service|Services|Section|Branch|Division|Team|team|Centre|Center|Committee|Secretariat|Programme|Desk|Cluster|Group|Mission|Directorate|Ministry|Agency|Board|Management|managers|officers|staff|experts|specialists|developers|focal points?)(?:\s*\([A-Z][A-Za-z/&.\-]*\))?$`)

// acronymRe matches a unit named by its acronym: "RPMEOs", "PMs", "EVAL".
var acronymRe = regexp.MustCompile(`^[A-Z][A-Z&/]+s?$`)

// splitUnitList splits a label block's units as SplitUnits does, and also on an "and" that
// joins two whole unit names: after a unit noun of two words or more ("Financial Management
// Department and Treasury Services Unit", "Project Management and project implementation
// team", "evaluation managers and RPMEOs") or before a final acronym. "Information and
// Technology Management Department" (an "and" inside a name) and "Treasurer and Financial
// Comptroller" (no unit noun before the "and") stay whole.
func splitUnitList(v string) []string {
	var out []string
	// bullets run on in one line ("● project management; ● donors ● IOM Offices") part units
	for _, b := range []string{"●", "•", "▪"} {
		v = strings.ReplaceAll(v, b, ",")
	}
	for _, u := range normalize.SplitUnits(v) {
		parts := strings.Split(u, " and ")
		start := 0
		for k := 0; k < len(parts)-1; k++ {
			left := strings.Join(parts[start:k+1], " and ")
			right := strings.TrimSpace(parts[k+1])
			if right != "" && (unitHeadRe.MatchString(left) || (acronymRe.MatchString(right) && k == len(parts)-2)) {
				out = append(out, strings.TrimSpace(left))
				start = k + 1
			}
		}
		out = append(out, strings.TrimSpace(strings.Join(parts[start:], " and ")))
	}
	return out
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

// withUnitLines returns cells (expandCells of r) with the units column c, when c >= 0, in
// the paragraphs its reader saw (textlayer.Cell.Paras) separated by blank lines, so that
// normalize.SplitUnits can split names printed one a line. Other columns keep their text.
func withUnitLines(cells []string, r textlayer.Row, c int) []string {
	if c < 0 || c >= len(cells) {
		return cells
	}
	col := 0
	for _, x := range r.Cells {
		if col == c {
			if x.Span <= 1 && len(x.Paras) > 0 {
				cells[c] = strings.TrimSpace(strings.Join(x.Paras, "\n\n"))
			}
			return cells
		}
		col += max(x.Span, 1)
		if col > c {
			return cells
		}
	}
	return cells
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
