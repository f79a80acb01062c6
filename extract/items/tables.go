package items

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// rowNumberRe matches the number an action row or an issue starts with: "7. ", "1(a) ", "(c) ",
// "2.3 ".
var rowNumberRe = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,2})*(?:\([a-z]\))?|\([a-z]{1,3}\)|[a-z]\))\.?\s+(\S.*)$`)

// splitNumber separates a leading item number from the text.
func splitNumber(s string) (num, text string) {
	if m := rowNumberRe.FindStringSubmatch(s); m != nil {
		return m[1], m[2]
	}
	return "", s
}

// findTables reports the rows of action-plan, key-action and status tables as action items,
// and the recommendations such tables print in their rows as recommendations. The roles of the
// columns come from the header's meaning (tableModel).
//
// A table with no header of its own that follows an action table across nothing but page
// furniture ("Page 1 of 2"), with as many columns, is the rest of that table: it is read with
// that table's header and goes on under the same recommendation.
func (d *detector) findTables() {
	var prev *tableModel // the last action table read, while only furniture follows it
	prevParent, prevAt := 0, -1
	for i, b := range d.doc.Blocks {
		if b.Kind != textlayer.Table || d.claimed[i] || b.Table == nil {
			continue
		}
		m := newTableModel(b.Table)
		if prev != nil {
			if w := widenedHeader(prev, b.Table.Columns); w != nil {
				prev = w
			}
			if d.continuesTable(prevAt, i, prev, b.Table, m) {
				m = &tableModel{head: prev.head, roles: prev.roles, body: b.Table.Rows, cols: prev.cols, parent: prevParent}
			}
		}
		if m == nil || !m.isActionTable() {
			continue
		}
		if d.isEvaluationCalendar(i, m) {
			d.claimed[i] = true // the evaluators' steps: neither actions nor commitments
			continue
		}
		prevParent = d.actionTable(i, m)
		prev, prevAt = m, i
	}
}

// continuesTable reports whether the table t at block bi, read as m (nil when no header
// names its columns), is the rest of the action table prev at block at: it has prev's number
// of columns, no header of its own, and only page furniture ("Page 1 of 2", a page number)
// stands between them.
func (d *detector) continuesTable(at, bi int, prev *tableModel, t *textlayer.TableData, m *tableModel) bool {
	if t.Columns != prev.cols || len(t.Rows) == 0 {
		return false
	}
	if m != nil && !m.headerless {
		// A first row read as a header is one when it names the same roles (a repeated
		// header: read the table as it is), or unless it reads as a row of prev: a date under
		// prev's deadline column, which no header holds whatever the reader flagged.
		first := expandCells(t.Rows[0], t.Columns)
		due := d.parseDue(cellAt(first, prev.col(roleDue)))
		if slices.Equal(m.roles, prev.roles) || due == nil || due.End == nil {
			return false
		}
	}
	for k := at + 1; k < bi; k++ {
		if !pageFurnitureRe.MatchString(strings.TrimSpace(d.doc.Blocks[k].Text)) {
			return false
		}
	}
	return true
}

// widenedHeader reads a header-only table whose last column is a group ("Follow-up") over
// sub-columns named on a second header line ("Status Remarks"), when the table below it has
// one column for each: the header of that table, with the group's column replaced by one
// column a sub-title. It returns nil when prev is no such header or cols does not fit.
func widenedHeader(prev *tableModel, cols int) *tableModel {
	extra := cols - prev.cols
	if extra <= 0 || extra > 3 || len(prev.body) == 0 || len(prev.body) > 2 {
		return nil
	}
	var subs []string
	for _, r := range prev.body {
		cells := expandCells(r, prev.cols)
		for c, cell := range cells {
			if cell == "" {
				continue
			}
			if c != prev.cols-1 || subs != nil {
				return nil
			}
			subs = strings.Fields(cell)
		}
	}
	if len(subs) != extra+1 {
		return nil
	}
	w := &tableModel{head: slices.Clone(prev.head[:prev.cols-1]), roles: slices.Clone(prev.roles[:prev.cols-1]), cols: cols}
	for _, sub := range subs {
		role := columnRole(sub)
		if role == roleOther {
			return nil
		}
		w.head, w.roles = append(w.head, sub), append(w.roles, role)
	}
	return w
}

// pageFurnitureRe matches the page furniture a table may be broken by: "Page 2 of 6",
// "- 3 -", "12", "Page 4".
var pageFurnitureRe = regexp.MustCompile(`(?i)^(?:page\s+\d+(?:\s*(?:of|/|sur|de)\s*\d+)?|[-–—]?\s*\d{1,3}\s*[-–—]?|\d+\s*/\s*\d+)$`)

// actionTable reads one action table. A row gives one action item with the words of its action
// column (or, for a row that has only a time frame, of the issue it belongs to). A row that
// opens with a recommendation's label ("Evaluation recommendation 2: ...", often a row spanning
// the table) is a recommendation, with the management response printed after it, and the action
// rows below it are its key actions (parent). So is each row of a recommendation column in a
// management-response matrix ("Recommendation | Management response | Key actions | ...").
// A key-action table standing right after a recommendation belongs to it. It returns the
// recommendation the last rows belong to (a handle, 0 for none).
func (d *detector) actionTable(bi int, m *tableModel) (parent int) {
	d.claimed[bi] = true
	textCol, issueCol, recCol := m.col(roleText), m.col(roleIssue), m.col(roleRec)
	dueCol, statusCol, unitsCol, numberCol := m.col(roleDue), m.col(roleStatus), m.col(roleUnits), m.col(roleNumber)
	priorityCol, responseCol, commentsCol := m.col(rolePriority), m.col(roleResponse), m.col(roleComments)
	// A recommendation column holds items of their own in a response matrix, or when no column
	// holds actions; otherwise it names what the actions (the rows) answer, like an issue.
	recItems := recCol >= 0 && (responseCol >= 0 || textCol < 0)
	if issueCol < 0 && !recItems {
		issueCol = recCol
	}
	if issueCol < 0 {
		// No issue column: the leftmost action column names what later rows belong to.
		issueCol = textCol
	}
	if textCol >= 0 {
		parent = d.recommendationBefore(bi)
		if parent == 0 {
			parent = m.parent
		}
	}
	// The abbreviations the table gives its units tell a unit named by its abbreviation from
	// the first word of a longer name, in cells that print one unit a line.
	known := map[string]bool{}
	if unitsCol >= 0 {
		for _, r := range m.body {
			cell := withUnitLines(expandCells(r, m.cols), r, unitsCol)[unitsCol]
			for a := range normalize.UnitAbbreviations(cell) {
				known[a] = true
			}
			// A unit printed alone by its abbreviation ("SET", "SET and DPSM") is known too.
			for _, u := range normalize.SplitUnits(cell) {
				if isUnitAbbreviation(u) {
					known[u] = true
				}
			}
		}
	}
	var last lastRow
	prevCells := make([]string, m.cols) // the cells of the row above, as read
	byNumber := map[string][]string{}   // the cells of the rows read so far, by their number
	numbered := numberedRows(m)
	open := 0                         // the recommendation row whose words may go on in the next rows
	var part, section, carried string // carried: the issue a row without words of its own belongs to
	heading := ""                     // the last group row's words
	for ri, r := range m.body {
		cells := withUnitLines(expandCells(r, m.cols), r, unitsCol)
		if isInstructionRow(cells) {
			continue
		}
		for c := range cells {
			cells[c] = stripInstruction(blankNotApplicable(blankDash(cells[c])))
		}
		if !m.headerless && isHeaderRepeat(cells, m.head, m.roles) {
			continue
		}
		if isTableNote(cells) {
			continue
		}
		if only, ok := onlyCell(cells); ok {
			if h := d.tableRecommendation(bi, ri, r, only, ri == len(m.body)-1); h > 0 {
				parent, carried, open = h, "", h
				continue
			}
			if open > 0 {
				// The recommendation goes on over rows of its own (its lettered points, a
				// page break) up to its management response and its first action.
				rec := &d.found[open-1].item
				text, resp := splitResponse(only)
				if loc := responseRe.FindStringIndex(only); loc != nil && loc[0] == 0 {
					text = ""
				}
				if text != "" {
					rec.Text = strings.TrimSpace(rec.Text + " " + text)
				}
				if resp != "" {
					rec.Response = tableResponse(resp)
				}
				continue
			}
		}
		if _, ok := onlyCell(cells); !ok {
			open = 0
		}
		if g := groupText(r, cells); last.handle > 0 && (g == "" || unicode.IsLower(firstRune(g))) && continuesRow(cells, m.roles, numberCol, numbered) {
			// The rest of the row above, cut by a page break or split at a wrapped line.
			last.extend(cells)
			it := &d.found[last.handle-1].item
			if w := last.words(textCol, issueCol); w != "" {
				_, w = splitNumber(w)
				it.Text = strings.TrimSpace(strings.TrimPrefix(w, responseLeadRe.FindString(w)))
			}
			d.setRowFields(it, cellAt(last.cells, dueCol), cellAt(last.cells, statusCol), cellAt(last.cells, unitsCol), cellAt(last.cells, priorityCol), known)
			continue
		}
		last = lastRow{}
		// A cell that points to the row above ("See item above", "Idem") says what that row's
		// cell says; one that names an earlier row ("See item 1 above") what that row's says.
		for c := range cells {
			if sameAsAboveRe.MatchString(cells[c]) {
				cells[c] = prevCells[c]
			} else if m := referAboveRe.FindStringSubmatch(cells[c]); m != nil {
				if earlier, ok := byNumber[m[1]]; ok {
					cells[c] = earlier[c]
				}
			}
		}
		prevCells = cells
		if n, _ := splitNumber(cellAt(cells, textCol)); n != "" {
			byNumber[n] = cells
		} else if n := strings.TrimRight(cellAt(cells, numberCol), ". "); n != "" {
			byNumber[n] = cells
		}
		due, status := cellAt(cells, dueCol), cellAt(cells, statusCol)
		if status == "" && statusCol < 0 {
			status = m.markedStatus(cells)
		}
		if status == "" && statusCol < 0 {
			if s := normalize.ParseStatus(cellAt(cells, commentsCol)); s != nil && s.Value != normalize.StatusUnknown {
				status = s.Text
			}
		}
		units := cellAt(cells, unitsCol)
		text := cellAt(cells, textCol)
		if ref := numberRefRe.FindStringSubmatch(strings.TrimSpace(cellAt(cells, recCol))); recItems && ref != nil {
			// "1 | Accepted | Include ... | 2026": the row answers recommendation 1, given in
			// the text above; its actions are that recommendation's.
			parent = d.recommendationNumbered(ref[1], bi)
			if resp := cellAt(cells, responseCol); resp != "" && parent > 0 && d.found[parent-1].item.Response == nil {
				d.found[parent-1].item.Response = tableResponse(resp)
			}
			if text == "" {
				continue
			}
		} else if recItems && cells[recCol] != "" {
			h := d.tableRecommendation(bi, ri, r, cells[recCol], false)
			if h == 0 {
				it := d.rowItem(normalize.KindRecommendation, r, cells[recCol], section)
				if n := strings.TrimRight(cellAt(cells, numberCol), ". "); n != "" && it.Number == nil {
					it.Number = normalize.Ptr(n) // "No. | Recommendation | ...": an audit status table
				}
				// a deadline in the recommendation's own words, until a column gives one
				it.Due = d.ownDue(it.Text)
				h = d.add(bi, ri, it)
			}
			f := &d.found[h-1].item
			if resp := cellAt(cells, responseCol); resp != "" {
				f.Response = tableResponse(resp)
			}
			if text == "" {
				// No key action in the row: its follow-up columns are the recommendation's. A
				// time that names no date ("Short term", "Medium-term") is the time an
				// evaluation gives a recommendation: its time implication.
				d.setRowFields(f, due, status, units, cellAt(cells, priorityCol), known)
				if f.Due != nil && f.Due.End == nil && f.Due.Start == nil && due != "" {
					f.Due, f.TimeImplication = nil, optional(due)
				}
				parent = h
				continue
			}
			parent = h
		}
		if due == "" && status == "" && (!unicode.IsUpper(firstRune(units)) || text == "") {
			if g := groupText(r, cells); g != "" {
				if !isGroupTitle(g) {
					continue // a lettered point or a response left over from a recommendation
				}
				// "Part I -- ..." opens a new top-level group; "1. A coherent programme" or
				// "General" is a subgroup of the part it stands in.
				if topGroupRe.MatchString(g) || part == "" {
					part, section = g, g
				} else {
					section = part + " › " + g
				}
				heading = g
				continue
			}
			// A row of context: it names the issue the following rows belong to.
			if t := cellAt(cells, issueCol); t != "" {
				carried = t
			}
			continue
		}
		if t := cellAt(cells, issueCol); t != "" {
			carried = t
		}
		// The row's own words: its action, else its issue; a row with neither (a time frame
		// under its issue) carries the issue it belongs to.
		own := ""
		for c, role := range m.roles {
			if role == roleText && cells[c] != "" {
				own = cells[c]
				break
			}
		}
		if own == "" {
			own = cellAt(cells, issueCol)
		}
		words := own
		if words == "" {
			words = carried
		}
		if words == "" {
			// a row with only a time frame under a heading row, in a plan without issues
			words = heading
		}
		if words == "" {
			continue
		}
		it := d.rowItem(normalize.KindActionItem, r, words, section)
		if n := strings.TrimRight(cellAt(cells, numberCol), "."); n != "" && own != "" {
			it.Number = normalize.Ptr(n)
		}
		if it.Number == nil {
			// "1. Strengthen monitoring | A dashboard was built | Completed": the row's number
			// stands with its issue.
			if num, _ := splitNumber(cellAt(cells, issueCol)); num != "" {
				it.Number = normalize.Ptr(num)
			}
		}
		d.setRowFields(&it, due, status, units, cellAt(cells, priorityCol), known)
		if it.Priority == nil {
			it.Priority = bracketPriority(own)
		}
		it.ID = fmt.Sprintf("t%d.r%d", bi, ri) // replaced by a stable id in finish
		h := d.add(bi, ri, it)
		d.setParent(h, parent)
		if own != "" {
			last = lastRow{handle: h, cells: cells}
		}
	}
	return parent
}

// tableNoteRe matches the label of a note printed under a table's last row: "Source:",
// "Note:", "Notes:", "Abbreviations:", "Legend:", "Key:" and their French forms.
var tableNoteRe = regexp.MustCompile(`(?i)^(?:sources?|notes?|nb|abbreviations|acronyms|legend|key|légende|abréviations|sigles)\s*:`)

// isTableNote reports a row that is a note under the table rather than a row of it: its first
// filled cell opens with a note's label ("Source: | UNICEF management, status as at ...").
func isTableNote(cells []string) bool {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			return tableNoteRe.MatchString(c)
		}
	}
	return false
}

// sameAsAboveRe matches a cell that refers to the cell above: "See item above.", "As above",
// "Same as above", "Idem", "Ditto", "Voir ci-dessus".
var sameAsAboveRe = regexp.MustCompile(`(?i)^\(?(?:see (?:(?:the )?(?:item|row|action|point|recommendation) )?above|as above|same as (?:above|item above)|idem|ditto|id\.|voir ci-dessus|comme ci-dessus|idem supra)\.?\)?$`)

// referAboveRe matches a cell that refers to an earlier row by its number: "See item 1 above.",
// "Same as recommendation 3", "Voir le point 2 ci-dessus".
var referAboveRe = regexp.MustCompile(`(?i)^\(?(?:see|same as|as for|voir(?: le| la)?) (?:the )?(?:item|row|action|point|recommendation|recommandation) (\d+(?:\.\d+)*[a-z]?)(?: above| ci-dessus)?\.?\)?$`)

// lastRow is the row that gave the last action item, which a continuation row extends.
type lastRow struct {
	handle int      // the item's handle; 0 when the row above gave none
	cells  []string // the row's cells, with the continuations met so far
}

func (l *lastRow) extend(cells []string) {
	for c, v := range cells {
		if v != "" && c < len(l.cells) {
			l.cells[c] = strings.TrimSpace(l.cells[c] + " " + v)
		}
	}
}

// words returns the row's own words: its action, else its issue.
func (l *lastRow) words(textCol, issueCol int) string {
	if w := cellAt(l.cells, textCol); w != "" {
		return w
	}
	return cellAt(l.cells, issueCol)
}

// continuesRow reports a row that holds the rest of the row above: in a table with a number
// column, a row whose number cell is empty while its action or issue goes on; in any table, a
// row whose words start in lower case (the middle of a sentence) with no deadline or status of
// its own.
//
// In a table whose actions open with their numbers (numbered), a row of words with no number,
// no deadline and no status is the rest of the row above too.
func continuesRow(cells []string, roles []colRole, numberCol int, numbered bool) bool {
	words, fields, status := rowParts(cells, roles)
	if words == "" {
		return false
	}
	if numberCol >= 0 {
		return cells[numberCol] == ""
	}
	if fields {
		// A wrapped action's next line, lower case, beside the next line of its time frame
		// ("December" / "2026") is still the row above; a status of its own makes a new row.
		return !status && !numbered && unicode.IsLower(firstRune(words))
	}
	if numbered {
		num, _ := splitNumber(words)
		return num == ""
	}
	return unicode.IsLower(firstRune(words))
}

// rowParts reads a row's cells by their columns' roles: the words of its first action, issue or
// recommendation cell, whether a deadline or status cell holds anything (fields), and whether a
// status cell does (status).
func rowParts(cells []string, roles []colRole) (words string, fields, status bool) {
	for c, role := range roles {
		switch role {
		case roleText, roleIssue, roleRec:
			if words == "" {
				words = cells[c]
			}
		case roleDue, roleStatus, roleStatusMark:
			fields = fields || cells[c] != ""
			status = status || role != roleDue && cells[c] != ""
		}
	}
	return words, fields, status
}

// numberedRows reports a table whose rows with a deadline or status open their action (or
// issue) with an item number ("7. Data on consultancy spending: ..."): at least two such rows,
// and all of them numbered.
func numberedRows(m *tableModel) bool {
	rows, numbered := 0, 0
	for _, r := range m.body {
		cells := expandCells(r, m.cols)
		words, fields, _ := rowParts(cells, m.roles)
		if words == "" || !fields {
			continue
		}
		rows++
		if num, _ := splitNumber(words); num != "" {
			numbered++
		}
	}
	return rows >= 2 && numbered == rows
}

// rowItem starts an item from a row's words: its number as printed, its page and section.
func (d *detector) rowItem(kind string, r textlayer.Row, words, section string) normalize.Item {
	num, text := splitNumber(words)
	if m := recWordNumberRe.FindStringSubmatch(words); num == "" && m != nil {
		num, text = m[1], strings.TrimSpace(words[len(m[0]):])
	}
	if m := recShortNumberRe.FindStringSubmatch(words); num == "" && kind == normalize.KindRecommendation && m != nil {
		num, text = m[1], m[2]
	}
	if kind == normalize.KindActionItem {
		text = strings.TrimSpace(strings.TrimPrefix(text, responseLeadRe.FindString(text)))
	}
	it := normalize.Item{Kind: kind, Text: text}
	if num != "" {
		it.Number = normalize.Ptr(num)
	}
	if r.Page > 0 {
		it.Page = normalize.Ptr(r.Page)
	}
	if section != "" {
		it.Section = normalize.Ptr(section)
	}
	return it
}

// recShortNumberRe matches a recommendation cell that opens with the short number evaluation
// reports give recommendations in tables: "R1. Mettre en place ...", "R 3 - Strengthen ...";
// group 1 is the number as printed ("R1"), group 2 the words.
var recShortNumberRe = regexp.MustCompile(`^(R\s?\d{1,2})\s*[.:)\-–]?\s+(\S.*)$`)

// responseLeadRe matches the lead that ties an action to the part of a recommendation it
// answers: "Response to the first part of the recommendation:", "Response to points (a) and
// (c):", "Réponse au point b :". The action's own words follow it.
var responseLeadRe = regexp.MustCompile(`(?i)^(?:response to|in response to|réponse (?:à|au|aux))\b[^:]{1,80}:\s*`)

// setRowFields fills the follow-up fields of an item from its row's cells. A status cell that
// tells a story ("... has been delayed. The revised implementation date is 31 March 2027.")
// gives the due date when no column does.
func (d *detector) setRowFields(it *normalize.Item, due, status, units, priority string, known map[string]bool) {
	it.Due = d.parseDue(due)
	it.Status = normalize.ParseStatus(status)
	if it.Status == nil {
		// A time-frame cell that says where the work stands ("Ongoing", "Under negotiation").
		it.Status = normalize.StatusOfTimeFrame(it.Due)
	}
	if it.Due == nil && status != "" {
		it.Due = d.dueInStatus(status)
		if it.Due != nil && it.Status != nil && it.Status.Value == normalize.StatusCompleted {
			// A narrative that sets the work a date still to come tells of steps done, not of
			// the work done: "... which were adopted in June 2026. The revised statutes are
			// due to be adopted by the end of March 2027."
			it.Status.Value = normalize.StatusOngoing
		}
	}
	if units != "" {
		it.Responsible = normalize.SplitUnitsKnown(units, known)
	}
	if p := optional(priority); p != nil {
		it.Priority = p
	}
}

// dueInStatus returns the date a status narrative sets for the work: the time of its last
// sentence that speaks of a date or deadline ("The revised implementation date is 31 March
// 2027"), as audit follow-up tables print it; nil when no sentence does.
func (d *detector) dueInStatus(status string) *normalize.Due {
	sents := splitSentences(status)
	for k := len(sents) - 1; k >= 0; k-- {
		sent := status[sents[k].start:sents[k].end]
		if !hasPhrase(headerWords(sent), []string{"date", "deadline*", "target*", "due", "echeance*"}) {
			continue
		}
		ts := normalize.FindTimes(sent, d.ref)
		for j := len(ts) - 1; j >= 0; j-- {
			if ts[j].Due.End != nil {
				due := ts[j].Due
				return &due
			}
		}
	}
	return nil
}

// bracketPriority reads a priority printed in an action's title: "Governance arrangements [high
// priority]:", "(Priority: medium)", as audit reports rate their agreed actions.
func bracketPriority(s string) *string {
	m := bracketPriorityRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	v := strings.ToLower(m[1] + m[2])
	return normalize.Ptr(strings.ToUpper(v[:1]) + v[1:])
}

var bracketPriorityRe = regexp.MustCompile(`(?i)[\[(]\s*(?:(high|medium|low|critical)(?:\s+(?:priority|risk))|priority\s*:?\s*(high|medium|low|critical))\s*[\])]`)

// tableRecommendation reports a row of a table whose words open with a recommendation's label
// ("Evaluation recommendation 1: ... Management response: Agree.") as a recommendation, with
// its management response, and returns its handle; 0 when the words are no such label.
//
// A label with no words in the table's last row (last) takes the paragraphs after the table.
func (d *detector) tableRecommendation(bi, ri int, r textlayer.Row, words string, last bool) int {
	m := recRowRe.FindStringSubmatch(words)
	if m == nil {
		return 0
	}
	text, resp := splitResponse(m[2])
	if text == "" && resp == "" && last {
		// "Recommendation 4." alone in the table's last row: a heading that the layout took
		// into the table above; its words are the paragraphs after the table.
		text, resp = d.wordsAfterTable(bi)
	}
	it := normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr(m[1]), Text: text}
	if r.Page > 0 {
		it.Page = normalize.Ptr(r.Page)
	}
	it.Response = tableResponse(resp)
	return d.add(bi, ri, it)
}

// wordsAfterTable returns the words of the paragraphs right after the table at block bi, up to
// the next table or heading, with the management response they end with, and claims them.
func (d *detector) wordsAfterTable(bi int) (text, response string) {
	var parts []string
	for k := bi + 1; k < len(d.doc.Blocks); k++ {
		b := d.doc.Blocks[k]
		if b.Kind != textlayer.Paragraph || d.claimed[k] {
			break
		}
		d.claimed[k] = true
		if loc := responseRe.FindStringIndex(b.Text); loc != nil && loc[0] == 0 {
			response = strings.TrimSpace(b.Text[loc[1]:])
			break
		}
		t, resp := splitResponse(b.Text)
		parts = append(parts, t)
		if resp != "" {
			response = resp
			break
		}
	}
	return strings.Join(parts, " "), response
}

// recommendationBefore returns the handle of the recommendation that a key-action table at block
// bi answers: the last recommendation found before it, when only its words, its management
// response and the table's own header lines stand between them; 0 when none does.
func (d *detector) recommendationBefore(bi int) int {
	best, at := 0, -1
	for k, f := range d.found {
		if f.item.Kind == normalize.KindRecommendation && f.block < bi && f.block > at {
			best, at = k+1, f.block
		}
	}
	if best == 0 || bi-at > 12 {
		return 0
	}
	for k := at + 1; k < bi; k++ {
		b := d.doc.Blocks[k]
		if b.Kind == textlayer.Table || b.Kind == textlayer.Heading && columnRole(b.Text) == roleOther {
			return 0
		}
	}
	return best
}

// onlyCell returns the text of a row with a single filled cell.
func onlyCell(cells []string) (string, bool) {
	text, n := "", 0
	for _, c := range cells {
		if c != "" {
			text, n = c, n+1
		}
	}
	return text, n == 1
}

// isGroupTitle reports whether the words of a row spanning the table read as the title of a
// group of rows ("Part I -- Relevance", "Outcome 2: Better data"): not a lettered point
// ("(a) Support ..."), not a management response.
func isGroupTitle(g string) bool {
	if responseRe.MatchString(g) {
		return false
	}
	num, _ := splitNumber(g)
	return !strings.HasPrefix(num, "(") || topGroupRe.MatchString(g)
}

// topGroupRe matches a group row that opens a top-level division of a plan.
var topGroupRe = regexp.MustCompile(`(?i)^(part|component|section|chapter|pillar|outcome|objective|area|theme|priority)\b|^[IVX]+[.:)\s]`)

// notApplicableRe matches a cell that says the column does not apply to the row: "N/A",
// "Not applicable", "Sans objet", "Non applicable", "Néant", "No action required". A management
// response matrix prints it in every key-action cell of a rejected recommendation: the row
// holds no action.
var notApplicableRe = regexp.MustCompile(`(?i)^\(?\s*(?:n\.?/?a\.?|not applicable|sans objet|non applicable|n[ée]ant|no (?:further )?action (?:planned|required|proposed|needed)|aucune action(?: pr[ée]vue| requise)?)\s*\)?\.?$`)

// blankNotApplicable empties a cell that says "not applicable" (notApplicableRe).
func blankNotApplicable(s string) string {
	if notApplicableRe.MatchString(strings.TrimSpace(s)) {
		return ""
	}
	return s
}

// blankDash empties a cell that holds only a dash or dots: "—" means "not stated".
func blankDash(s string) string {
	if strings.Trim(s, "-–—.… ") == "" {
		return ""
	}
	return s
}

func cellAt(cells []string, c int) string {
	if c < 0 || c >= len(cells) {
		return ""
	}
	return cells[c]
}

// groupText returns the text of a row that groups the rows below it ("Component 1: ...",
// "Part I -- ...", a row spanning the table), or "" when the row is not such a row.
func groupText(r textlayer.Row, cells []string) string {
	var text []string
	spans := true
	for _, c := range r.Cells {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		text = append(text, strings.TrimSpace(c.Text))
		spans = spans && c.Span > 1
	}
	if len(text) == 1 && spans {
		return text[0]
	}
	return ""
}

// isHeaderRepeat reports a header row repeated in the body (a table continued on a new page whose
// repeated header was not recognized as such).
func isHeaderRepeat(cells, head []string, roles []colRole) bool {
	same, named, filled := 0, 0, 0
	for c := range head {
		if head[c] != "" && strings.EqualFold(cells[c], head[c]) {
			same++
		}
		if cells[c] == "" {
			continue
		}
		filled++
		// the header printed again with its lines cut elsewhere ("Timeframe or deadline" under
		// "Timeframe or"): one cell as in the header, each other naming its column's role and
		// holding no more than a header does
		if c < len(roles) && roles[c] != roleOther && len(cells[c]) <= 60 && columnRole(cells[c]) == roles[c] {
			named++
		}
	}
	return same >= 2 || same >= 1 && named >= 2 && named == filled
}

// isUnitAbbreviation reports a word of two to eight capitals (and digits, "&" or "/") that
// names a unit by its abbreviation: "SET", "DPSM", "M&E", "HR/OD".
func isUnitAbbreviation(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9', r == '&', r == '/':
		default:
			return false
		}
	}
	return caps >= 2
}
