package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// recTextHeadRe matches the column of a table that lists recommendations, one a row.
var recTextHeadRe = regexp.MustCompile(`(?i)^\s*(?:no\.?\s+)?recommendations?\b`)

// findRecommendationTables reports the rows of a table that lists recommendations, one a row,
// with their units, priority or implications in other columns ("Recommendation | Responsible
// unit | Priority | Time implication"), as an evaluation's summary of recommendations does. A
// table that also has a deadline or status column is a follow-up plan, left to findTables.
func (d *detector) findRecommendationTables() {
	for bi, b := range d.doc.Blocks {
		if b.Kind != textlayer.Table || d.claimed[bi] || b.Table == nil {
			continue
		}
		head, body := splitHeader(b.Table)
		if head == nil {
			continue
		}
		textCol, numberCol, fields, plan := -1, -1, 0, false
		roles := make([]int, len(head))
		for c, h := range head {
			switch {
			case recTextHeadRe.MatchString(h) && textCol < 0:
				textCol = c
				roles[c] = colOther
			case actNumberHeadRe.MatchString(strings.TrimSpace(h)):
				numberCol = c
			case actDueHeadRe.MatchString(h) && !implicationHeadRe.MatchString(h), actStatusHeadRe.MatchString(h):
				plan = true // a plan with deadlines or statuses: findTables reads it
			default:
				roles[c] = recColumnRole(h)
				if roles[c] != colOther {
					fields++
				}
			}
		}
		if textCol < 0 || fields < 1 || plan {
			continue
		}
		d.claimed[bi] = true
		for ri, r := range body {
			cells := expandCells(r, len(head))
			text := strings.TrimSpace(cells[textCol])
			if text == "" || groupText(r, cells) != "" {
				continue
			}
			num, words := splitNumber(text)
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
			for c, role := range roles {
				if c != textCol && role != colOther {
					setRecField(&it, role, cells[c])
				}
			}
			d.add(bi, ri, it)
		}
	}
}

// recWordNumberRe matches "Recommendation 3:" opening a cell of a recommendations table; group 1
// is the number.
var recWordNumberRe = regexp.MustCompile(`^(?i:recommendation)\s+(\d{1,2}[A-Za-z]?)\s*[:.\-–—]?\s*`)
