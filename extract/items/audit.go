package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// auditLeadRe matches the lead-in of an audit recommendation as the Board of Auditors, the
// Joint Inspection Unit and oversight committees print their follow-up ("3. In paragraph 28,
// the Board recommended that the Office establish ..."): group 1 is the paragraph of the
// auditors' report, group 2 the recommendation's own words.
var auditLeadRe = regexp.MustCompile(`^(?:\d{1,3}\.\s+)?(?:(?i:in) (?:paragraph|para\.)\s+(\d{1,3}(?:\s*\([a-z]\))?)(?: of (?:its|the|their) [^,]{0,80})?,\s*)?` +
	`(?i:the) (?:Board(?: of Auditors)?|(?:Advisory |Audit |Independent Audit Advisory |Oversight )?Committee|Inspectors?|(?:External |Internal )?Auditors?|Unit|Panel|OIOS)` +
	`\s+(?:also\s+|further\s+|had\s+)?(?:recommended|recommends)\s+(?:that\s+)?(\S.*)$`)

// auditLeadFrRe is auditLeadRe in French, as the French versions of the same reports print it
// ("12. Au paragraphe 28 de son rapport, le Comité a recommandé que l'Administration ..."):
// group 1 is the paragraph, group 2 the recommendation's words.
var auditLeadFrRe = regexp.MustCompile(`^(?:\d{1,3}\.\s+)?(?:(?i:au) paragraphe\s+(\d{1,3}(?:\s*\([a-z]\))?)(?: de (?:son|leur|ses) [^,]{0,80})?,\s*)?` +
	`(?i:le) (?:Comité(?: des commissaires aux comptes)?|Corps commun d['’]inspection|(?:Les )?Inspecteurs?|Bureau des services de contrôle interne|Commissaire aux comptes)` +
	`\s+(?:a\s+|avait\s+)(?:également\s+|en outre\s+|aussi\s+)?recommandé\s+(?:que\s+|qu['’]\s*|à\s+|au\s+|aux\s+)?(\S.*)$`)

// bracketRecRe matches a recommendation as internal audit reports print it in their text: a
// paragraph opened by its number in brackets, addressed to the audited entity ("(1) DESA should
// require a written justification ..."); group 1 is the number, group 2 the words.
var bracketRecRe = regexp.MustCompile(`^\((\d{1,2})\)\s+(\S[^.]{0,200}?\b(?:should|shall|must|needs? to)\b.*)$`)

// acceptedRecRe matches the entity's answer that follows such a recommendation ("DESA accepted
// recommendation 1 and stated that ...", "UNHCR partially accepted recommendation 3"); group 1
// is the verdict, group 2 the number.
var acceptedRecRe = regexp.MustCompile(`(?i)\b((?:did not |partially |not )?(?:accepted|accept|agreed|agree|rejected))\s+(?:with\s+)?recommendations?\s+(\d{1,2})\b`)

// findBracketedRecommendations reports the recommendations an internal audit report prints
// as paragraphs numbered in brackets: in bold, or followed by the entity's answer to the
// recommendation of that number ("DESA accepted recommendation 1 ..."), which gives the
// response. The answer stays running text: what it promises is a commitment.
func (d *detector) findBracketedRecommendations() {
	blocks := d.doc.Blocks
	for i, b := range blocks {
		if b.Kind == textlayer.Table || d.claimed[i] {
			continue
		}
		m := bracketRecRe.FindStringSubmatch(strings.TrimSpace(b.Text))
		if m == nil {
			continue
		}
		var resp *normalize.Response
		if i+1 < len(blocks) && blocks[i+1].Kind != textlayer.Table {
			if a := acceptedRecRe.FindStringSubmatch(blocks[i+1].Text); a != nil && a[2] == m[1] {
				resp = normalize.ParseResponse(a[1])
			}
		}
		if !b.Bold && resp == nil {
			continue
		}
		it := normalize.Item{Kind: normalize.KindRecommendation, Text: m[2], Number: normalize.Ptr(m[1]), Response: resp}
		if b.Page > 0 {
			it.Page = normalize.Ptr(b.Page)
		}
		it.Due = d.ownDue(it.Text)
		d.claimed[i] = true
		d.add(i, 0, it)
	}
}

// applyLabelRows reads a table of label | value rows that continues a label block begun in
// lines above it ("Status: | Under implementation", "Priority: | High"): every row must hold a
// label of a recommendation's field. It reports false for any other table.
func (d *detector) applyLabelRows(it *normalize.Item, t *textlayer.TableData) bool {
	if t == nil || t.Columns != 2 || len(t.Rows) == 0 {
		return false
	}
	for _, r := range t.Rows {
		cells := expandCells(r, 2)
		if len(cells[0]) > 40 || labelRole(cells[0]) == colOther || strings.TrimSpace(cells[1]) == "" {
			return false
		}
	}
	for _, r := range t.Rows {
		cells := expandCells(r, 2)
		d.setLabelField(it, labelRole(cells[0]), strings.TrimSpace(cells[1]))
	}
	return true
}

// findAuditRecommendations reports audit recommendations: a paragraph "In paragraph N, the Board
// recommended that ..." (continued by the blocks that end its sentence), numbered by the
// auditors' paragraph, with the label block that follows it ("Department(s) responsible: /
// Status: / Priority: / Target date:") and the management response after that. A lead-in
// without a paragraph reference counts only when a label block follows, so that a sentence
// that merely reports a recommendation is left to the commitment finder. It reports whether it
// found any.
func (d *detector) findAuditRecommendations() bool {
	blocks := d.doc.Blocks
	found := false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind != textlayer.Paragraph || d.claimed[i] {
			continue
		}
		m := auditLeadRe.FindStringSubmatch(b.Text)
		if m == nil {
			m = auditLeadFrRe.FindStringSubmatch(b.Text)
		}
		if m == nil {
			continue
		}
		parts := []string{m[2]}
		j := i + 1
		for ; j < len(blocks) && !endsSentence(parts[len(parts)-1]); j++ {
			nb := blocks[j]
			if nb.Kind != textlayer.Paragraph || reportParaRe.MatchString(nb.Text) || recFieldRe.MatchString(nb.Text) {
				break
			}
			parts = append(parts, nb.Text)
		}
		it := normalize.Item{Kind: normalize.KindRecommendation, Text: strings.Join(parts, " ")}
		if m[1] != "" {
			it.Number = normalize.Ptr(strings.Join(strings.Fields(m[1]), ""))
		}
		if b.Page > 0 {
			it.Page = normalize.Ptr(b.Page)
		}
		// The Secretary-General's reports on the Board's recommendations set the
		// Administration's comment (a paragraph or two) between the recommendation and its
		// label block: the block is the recommendation's still, and the comment gives its
		// response and stays running text (what it promises is a commitment).
		comment := -1
		if !opensLabels(blocks, j) {
			for g := j; g < len(blocks) && g < j+2; g++ {
				nb := blocks[g]
				if nb.Kind != textlayer.Paragraph || d.claimed[g] || auditLeadRe.MatchString(nb.Text) || auditLeadFrRe.MatchString(nb.Text) {
					break
				}
				if opensLabels(blocks, g+1) {
					comment, j = j, g+1
					break
				}
			}
		}
		// The label block: lines, a table, or lines then a table of the labels left (the
		// layout sets a value of several lines, units one a line, beside its label).
		k, fields := j, false
		for ; k < len(blocks); k++ {
			nb := blocks[k]
			if nb.Kind == textlayer.Table {
				if !d.applyRecTable(&it, nb.Table) && !(fields && d.applyLabelRows(&it, nb.Table)) {
					break
				}
			} else if !d.applyRecFields(&it, nb.Text) {
				break
			}
			fields = true
		}
		if m[1] == "" && !fields {
			continue
		}
		for c := i; c < k; c++ {
			if comment < 0 || c < comment || c >= j {
				d.claimed[c] = true
			}
		}
		if comment >= 0 {
			it.Response = responseSentence(stripParaNumber(blocks[comment].Text))
		}
		if k < len(blocks) && responseHeadRe.MatchString(blocks[k].Text) && it.Response == nil {
			it.Response = normalize.ParseResponse(stripParaNumber(blocks[k].Text))
		}
		if it.Due == nil {
			it.Due = d.ownDue(it.Text)
		}
		d.add(i, 0, it)
		found = true
		i = k - 1
	}
	return found
}

// opensLabels reports whether block i opens a label block of a recommendation's fields: a
// line "Department responsible: ...", "Status: ...", or a table whose rows are such labels.
func opensLabels(blocks []textlayer.Block, i int) bool {
	if i >= len(blocks) {
		return false
	}
	b := blocks[i]
	if b.Kind == textlayer.Table {
		return b.Table != nil && isLabelRun(b.Table.Rows)
	}
	return recFieldRe.MatchString(b.Text)
}

// splitLabelBlocks repairs a label block that the text layer read together with the text
// below it: "Department(s) responsible: | ...", "Status: | ...", then rows that hold the
// management response and the next recommendation's paragraph, because the response's first
// line is indented like the block's values. The block keeps its label rows; the rows after
// them become paragraphs again (a new one where a row opens with a paragraph number or a new
// sentence), and a paragraph left open at the end of the table is joined with the block that
// continues it, so that its sentences are read as running text (commitments) and the next
// recommendation is found as such.
func (d *detector) splitLabelBlocks() {
	var out []textlayer.Block
	rebuilt := map[int]bool{} // indices in out of paragraphs rebuilt from a table's rows
	for _, b := range d.doc.Blocks {
		if b.Kind != textlayer.Table || b.Table == nil || !isLabelRun(b.Table.Rows) {
			// a paragraph that continues one cut off at the end of a split table
			if n := len(out); n > 0 && rebuilt[n-1] && b.Kind == textlayer.Paragraph &&
				!endsSentence(out[n-1].Text) && startsLower(b.Text) {
				out[n-1] = joinBlocks(out[n-1], b)
				continue
			}
			out = append(out, b)
			continue
		}
		for _, nb := range splitLabelRows(b) {
			if nb.Kind == textlayer.Paragraph {
				rebuilt[len(out)] = true
			}
			out = append(out, nb)
		}
	}
	if len(rebuilt) == 0 {
		return
	}
	doc := *d.doc
	doc.Blocks = out
	d.doc = &doc
}

// isLabelRow reports whether a row is a row of a recommendation's label block: "label: |
// value", or cells that each hold "Label: value" ("Recommendation to: Project Management |
// Priority level (1 to 3): 2").
func isLabelRow(r textlayer.Row) bool {
	cells := expandCells(r, 0)
	if len(cells) < 2 {
		return false
	}
	l := strings.TrimSpace(cells[0])
	if l != "" && len(l) <= 40 && strings.HasSuffix(l, ":") && labelRole(l) != colOther {
		// a header row of labels ("Recommendation to: | Priority level (1 to 3):") is
		// no label | value row
		return !recFieldRe.MatchString(cells[1]) && strings.TrimSpace(cells[1]) != ""
	}
	return labelledCells(cells) >= 2
}

// labelledCells counts the cells that hold "Label: value" of a recommendation's field, with a
// value.
func labelledCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if m := recFieldRe.FindStringSubmatch(c); m != nil && strings.TrimSpace(m[1]) != "" {
			n++
		}
	}
	return n
}

// isLabelRun reports whether a table opens with a label block: two label rows, or one row of
// two labelled cells.
func isLabelRun(rows []textlayer.Row) bool {
	if len(rows) == 0 || !isLabelRow(rows[0]) {
		return false
	}
	return labelledCells(expandCells(rows[0], 0)) >= 2 || (len(rows) >= 2 && isLabelRow(rows[1]))
}

// isTableAgain reports a row after a label block that opens a table of another kind (a
// key-action table's header, a recommendation's label spanning the table): the rows from it on
// stay a table.
func isTableAgain(text string) bool {
	if _, ok := parseRecHead(text); ok {
		return true
	}
	return keyActionHeadRe.MatchString(text)
}

var keyActionHeadRe = regexp.MustCompile(`(?i)^(?:key )?actions?\b.{0,40}\b(?:time ?frame|deadline|responsib|timeline)`)

// opensParagraph reports whether a row's words start a paragraph of their own after a label
// block: a paragraph number, a management response, a field label.
func opensParagraph(text string) bool {
	return reportParaRe.MatchString(text) || responseHeadRe.MatchString(text) || recFieldRe.MatchString(text)
}

// splitLabelRows cuts a table into its runs of label rows (each a table of its own), the
// paragraphs its other rows hold, and, from a row that opens a table of another kind, the
// rest as a table.
func splitLabelRows(b textlayer.Block) []textlayer.Block {
	var out []textlayer.Block
	var tbl *textlayer.Block
	var para *textlayer.Block
	flush := func() {
		if tbl != nil {
			out = append(out, *tbl)
			tbl = nil
		}
		if para != nil {
			out = append(out, *para)
			para = nil
		}
	}
	rows := b.Table.Rows
	for ri, r := range rows {
		if isLabelRow(r) {
			if para != nil {
				flush()
			}
			if tbl == nil {
				tbl = &textlayer.Block{Kind: textlayer.Table, Page: r.Page, Table: &textlayer.TableData{Columns: b.Table.Columns}}
			}
			tbl.Table.Rows = append(tbl.Table.Rows, r)
			continue
		}
		var words []string
		bold := true
		for _, c := range r.Cells {
			if t := strings.TrimSpace(c.Text); t != "" {
				words = append(words, t)
				bold = bold && c.Bold
			}
		}
		text := strings.Join(words, " ")
		if text == "" {
			continue
		}
		flushTable := func() {
			if tbl != nil {
				out = append(out, *tbl)
				tbl = nil
			}
		}
		flushTable()
		if isTableAgain(text) {
			flush()
			rest := append([]textlayer.Row(nil), rows[ri:]...)
			rest[0].Header = keyActionHeadRe.MatchString(text)
			out = append(out, textlayer.Block{Kind: textlayer.Table, Page: r.Page, Table: &textlayer.TableData{Columns: b.Table.Columns, Rows: rest}})
			break
		}
		if para != nil && (opensParagraph(text) || (endsSentence(para.Text) && !startsLower(text))) {
			flush()
		}
		if para == nil {
			para = &textlayer.Block{Kind: textlayer.Paragraph, Page: r.Page, Text: text, Bold: bold}
			continue
		}
		*para = joinBlocks(*para, textlayer.Block{Kind: textlayer.Paragraph, Page: r.Page, Text: text, Bold: bold})
	}
	flush()
	if len(out) > 0 && out[0].Kind == textlayer.Table {
		out[0].Page = b.Page
	}
	return out
}

// joinBlocks appends paragraph b to paragraph a, keeping the page where b's words start.
func joinBlocks(a, b textlayer.Block) textlayer.Block {
	off := len(a.Text) + 1
	a.Text += " " + b.Text
	if b.Page > 0 && b.Page != a.PageAt(off-1) {
		a.Breaks = append(a.Breaks, textlayer.PageBreak{Offset: off, Page: b.Page})
	}
	for _, br := range b.Breaks {
		a.Breaks = append(a.Breaks, textlayer.PageBreak{Offset: off + br.Offset, Page: br.Page})
	}
	a.Bold = a.Bold && b.Bold
	return a
}
