package items

import (
	"fmt"
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// Column roles of an action table, found from the meaning of its header row: "Action item / Due
// by / Status", "Issues to be addressed / Context and elements for action / Time frame",
// "Output / Timeline / Responsible".
const (
	actOther = iota
	actText  // the action itself: "Action item", "Output", "Activity", "Elements for action"
	actIssue // what the actions address: "Issues to be addressed", "Recommendation", "Area"
	actDue
	actStatus
	actUnits
	actNumber
)

var (
	actTextHeadRe   = regexp.MustCompile(`(?i)\b(action|activit|output|measure|task|deliverable|commitment|step|milestone|what)`)
	actIssueHeadRe  = regexp.MustCompile(`(?i)\b(item|issue|outcome|recommendation|area|objective|theme|topic)`)
	actDueHeadRe    = regexp.MustCompile(`(?i)\b(due|deadline|time ?frame|timeline|timing|target date|date|by when|completion|schedule|calendar|when)\b`)
	actStatusHeadRe = regexp.MustCompile(`(?i)\b(status|progress|state of play|implementation)\b`)
	actUnitsHeadRe  = regexp.MustCompile(`(?i)\b(responsib\w*|lead|units?|who|whom|owner|department|focal point)\b`)
	// A column of item numbers: "No.", "#", "Ref.".
	actNumberHeadRe = regexp.MustCompile(`(?i)^(no\.?|n°|#|ref\.?|number|item no\.?)$`)
	// An evaluation's recommendation table ("Time implication", "Resource implication") is no
	// action table.
	implicationHeadRe = regexp.MustCompile(`(?i)implication`)
)

func actColumnRole(head string) int {
	switch {
	case actNumberHeadRe.MatchString(strings.TrimSpace(head)):
		return actNumber
	case implicationHeadRe.MatchString(head):
		return actOther
	case actStatusHeadRe.MatchString(head):
		return actStatus
	case actDueHeadRe.MatchString(head):
		return actDue
	case actUnitsHeadRe.MatchString(head) && !actTextHeadRe.MatchString(head) && !actIssueHeadRe.MatchString(head):
		return actUnits
	case actTextHeadRe.MatchString(head):
		return actText
	case actIssueHeadRe.MatchString(head):
		return actIssue
	}
	return actOther
}

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

// findTables reports the rows of action-plan and status tables as action items.
func (d *detector) findTables() {
	for i, b := range d.doc.Blocks {
		if b.Kind != textlayer.Table || d.claimed[i] || b.Table == nil {
			continue
		}
		d.actionTable(i, b)
	}
}

func (d *detector) actionTable(bi int, b textlayer.Block) {
	head, body := splitHeader(b.Table)
	if head == nil {
		return
	}
	roles := make([]int, len(head))
	issueCol, dueCol, statusCol, unitsCol, numberCol := -1, -1, -1, -1, -1
	hasText := false
	for c, h := range head {
		roles[c] = actColumnRole(h)
		switch roles[c] {
		case actText:
			hasText = true
		case actIssue:
			if issueCol < 0 {
				issueCol = c
			}
		case actDue:
			if dueCol < 0 {
				dueCol = c
			}
		case actStatus:
			if statusCol < 0 {
				statusCol = c
			}
		case actUnits:
			if unitsCol < 0 {
				unitsCol = c
			}
		case actNumber:
			if numberCol < 0 {
				numberCol = c
			}
		}
	}
	if (!hasText && issueCol < 0) || (dueCol < 0 && statusCol < 0) {
		return
	}
	if issueCol < 0 {
		// No issue column: the leftmost action column names what later rows belong to.
		for c, r := range roles {
			if r == actText {
				issueCol = c
				break
			}
		}
	}
	d.claimed[bi] = true
	var part, section, carried string // carried: the issue a row without words of its own belongs to
	for ri, r := range body {
		cells := expandCells(r, len(head))
		for c := range cells {
			cells[c] = blankDash(cells[c])
		}
		if isHeaderRepeat(cells, head) {
			continue
		}
		due, status := cellAt(cells, dueCol), cellAt(cells, statusCol)
		if due == "" && status == "" {
			if g := groupText(r, cells); g != "" {
				// "Part I -- ..." opens a new top-level group; "1. A coherent programme" or
				// "General" is a subgroup of the part it stands in.
				if topGroupRe.MatchString(g) || part == "" {
					part, section = g, g
				} else {
					section = part + " › " + g
				}
				continue
			}
			// A row of context: it names the issue the following rows belong to.
			if t := cells[issueCol]; t != "" {
				carried = t
			}
			continue
		}
		if t := cells[issueCol]; t != "" {
			carried = t
		}
		// The row's own words: its action, else its issue; a row with neither (a time frame
		// under its issue) carries the issue it belongs to.
		own := ""
		for c, role := range roles {
			if role == actText && cells[c] != "" {
				own = cells[c]
				break
			}
		}
		if own == "" {
			own = cells[issueCol]
		}
		text := own
		if text == "" {
			text = carried
		}
		if text == "" {
			continue
		}
		num, words := splitNumber(text)
		if n := strings.TrimRight(cellAt(cells, numberCol), "."); n != "" && own != "" {
			num = n
		}
		if num == "" {
			// "1. Strengthen monitoring | A dashboard was built | Completed": the row's number
			// stands with its issue.
			num, _ = splitNumber(cells[issueCol])
		}
		it := normalize.Item{Kind: normalize.KindActionItem, Text: words}
		if num != "" {
			it.Number = normalize.Ptr(num)
		}
		if r.Page > 0 {
			it.Page = normalize.Ptr(r.Page)
		}
		if section != "" {
			it.Section = normalize.Ptr(section)
		}
		it.Due = normalize.ParseDue(due, d.ref)
		it.Status = normalize.ParseStatus(status)
		if u := cellAt(cells, unitsCol); u != "" {
			it.Responsible = normalize.SplitUnits(u)
		}
		it.ID = fmt.Sprintf("t%d.r%d", bi, ri) // replaced by a stable id in finish
		d.add(bi, ri, it)
	}
}

// topGroupRe matches a group row that opens a top-level division of a plan.
var topGroupRe = regexp.MustCompile(`(?i)^(part|component|section|chapter|pillar|outcome|objective|area|theme|priority)\b|^[IVX]+[.:)\s]`)

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
func isHeaderRepeat(cells, head []string) bool {
	same := 0
	for c := range head {
		if head[c] != "" && strings.EqualFold(cells[c], head[c]) {
			same++
		}
	}
	return same >= 2
}
