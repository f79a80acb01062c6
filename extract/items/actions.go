package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// numberedActionRe matches the opening of a plan's numbered action: "Action 12. We will plan for
// the future ...", "Action 3: Strengthen ...". Group 1 is the number.
var numberedActionRe = regexp.MustCompile(`^Action (\d{1,3})[.:]\s+(\S)`)

// findNumberedActions reports the numbered actions of a plan or a declaration ("Action 1. We will
// take bold ... actions ...", the convention of the Pact for the Future and of action plans that
// number their actions) as action items numbered as printed, with the deadline their words set.
// The paragraph is claimed: its words are the action's, not a commitment of their own.
func (d *detector) findNumberedActions() {
	for i, b := range d.doc.Blocks {
		if d.claimed[i] {
			continue
		}
		if b.Kind != textlayer.Table {
			if d.numberedAction(i, b.Text, b.PageAt(0)) {
				d.claimed[i] = true
			}
			continue
		}
		// A paragraph set beside another by the layout comes as a table row: its cells
		// joined are the paragraph.
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			d.numberedAction(i, r.Words(), r.Page)
		}
	}
}

// numberedAction reports text as a numbered action when it is one.
func (d *detector) numberedAction(bi int, text string, page int) bool {
	m := numberedActionRe.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	if len(strings.Fields(text[m[4]:])) < 3 {
		return false
	}
	// The text keeps its label: "Action 12. We will ..." is how readers cite it.
	own := strings.TrimSpace(text[m[0]:])
	it := normalize.Item{Kind: normalize.KindActionItem, Number: normalize.Ptr(text[m[2]:m[3]]), Text: own}
	if page > 0 {
		it.Page = normalize.Ptr(page)
	}
	it.Due = d.clauseDue(own)
	d.add(bi, m[0], it)
	return true
}
