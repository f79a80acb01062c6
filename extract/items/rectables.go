package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// findRecommendationTables reports the rows of a table that lists recommendations, one a row,
// with their units, priority, implications, time frame or management response in other columns
// ("Recommendation | Responsible unit | Priority | Time implication", "Recommendation |
// Addressed to | Priority | Timeframe"), as an evaluation's summary of recommendations and its
// abridged version do, or a two-column "No. | Recommendation" list ("N° | Recommandation"). A
// table that also has a column of actions or statuses is a follow-up plan, left to findTables. A recommendation names its deadline in a time-frame column, else
// in its own words (ownDue).
func (d *detector) findRecommendationTables() {
	for bi, b := range d.doc.Blocks {
		if b.Kind != textlayer.Table || d.claimed[bi] || b.Table == nil {
			continue
		}
		m := newTableModel(b.Table)
		if m == nil || m.headerless {
			continue
		}
		textCol, numberCol := m.col(roleRec), m.col(roleNumber)
		if textCol < 0 || m.has(roleText) || m.has(roleStatus) || m.has(roleStatusMark) {
			continue
		}
		fields := 0
		for _, role := range m.roles {
			if recFieldRole(role) != colOther || role == roleResponse {
				fields++
			}
		}
		if fields < 1 && !(numberCol >= 0 && m.cols == 2 && len(m.body) >= 2) {
			// "No. | Recommendation" alone lists recommendations too, wherever it stands.
			continue
		}
		d.claimed[bi] = true
		for ri, r := range m.body {
			cells := withUnitLines(expandCells(r, m.cols), r, m.col(roleUnits))
			text := stripInstruction(cells[textCol])
			if text == "" || groupText(r, cells) != "" {
				continue
			}
			num, words := splitNumber(text)
			if m := recShortNumberRe.FindStringSubmatch(words); num == "" && m != nil {
				num, words = m[1], m[2] // "R1. Mettre en place ..."
			}
			if n := strings.TrimRight(cellAt(cells, numberCol), "."); n != "" {
				num = n
			}
			if m := recWordNumberRe.FindStringSubmatch(text); num == "" && m != nil {
				num, words = m[1], strings.TrimSpace(text[len(m[0]):])
			}
			it := normalize.Item{Kind: normalize.KindRecommendation, Text: words}
			if num != "" {
				it.Number = normalize.Ptr(num)
			}
			if r.Page > 0 {
				it.Page = normalize.Ptr(r.Page)
			}
			for c, role := range m.roles {
				if c == textCol {
					continue
				}
				v := stripInstruction(cells[c])
				if role == roleResponse {
					it.Response = tableResponse(v)
					continue
				}
				if role == roleDue {
					d.setLabelField(&it, colDue, v)
					if it.Due == nil || it.Due.End == nil && it.Due.Start == nil {
						// "Timeframe | Short term" names no date: the recommendation's
						// time implication, as a "Time frame:" label's is (setLabelField)
						it.TimeImplication = optional(v)
					}
					continue
				}
				if fr := recFieldRole(role); fr != colOther {
					setRecField(&it, fr, v)
				}
			}
			if it.Due == nil {
				it.Due = d.ownDue(words)
			}
			d.add(bi, ri, it)
		}
	}
}

// recFieldRole maps a column role to the field of a recommendation it fills (setRecField).
func recFieldRole(r colRole) int {
	switch r {
	case roleUnits:
		return colUnits
	case rolePriority:
		return colPriority
	case roleTimeImpl:
		return colTime
	case roleResource:
		return colResource
	}
	return colOther
}

// recWordNumberRe matches "Recommendation 3:" opening a cell of a recommendations table; group 1
// is the number.
var recWordNumberRe = regexp.MustCompile(`^(?i:recommendation|recommandation)\s+(\d{1,2}[A-Za-z]?)\s*[:.\-–—]?\s*`)
