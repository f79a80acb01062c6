package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// decisionHeadRe matches the heading of a decision: "Draft decision", "Decision", "Proposed
// decision", "Point for decision".
var decisionHeadRe = regexp.MustCompile(`(?i)^(?:\d+\.\s*)?(?:draft|proposed)?\s*(?:point for )?decisions?\s*$`)

// decisionLeadRe matches the opening of a decision in running text: "The Governing Body:", "The
// Governing Body requests the Director-General to ...".
var decisionLeadRe = regexp.MustCompile(`^(?:\d{1,3}\.\s+)?The (?:Governing Body|Conference)\b[^.]{0,300}:\s*\(a\)`)

// enumRe matches the enumeration marks of a decision's clauses: "(a) ", "(b) ".
var enumRe = regexp.MustCompile(`(?:^|[\s:;])\(([a-z]|[ivx]{1,4})\)\s+`)

// requestRe matches the verbs by which a decision asks someone to act.
var requestRe = regexp.MustCompile(`(?i)\b(request(?:s|ed)?|call(?:s|ed)? (?:up)?on|invite(?:s|d)?|urge(?:s|d)?|instruct(?:s|ed)?|ask(?:s|ed)?|entrust(?:s|ed)?|mandate(?:s|d)?|decide(?:s|d)? to|delegate(?:s|d)?)\b`)

// findDecisions reports the enumerated requests of a decision or draft decision of the Governing
// Body as action items: "(c) requested the Director-General to submit a report ... to its 356th
// Session".
func (d *detector) findDecisions() {
	inDecision := false
	for i, b := range d.doc.Blocks {
		if b.Kind == textlayer.Table {
			continue
		}
		if b.Kind == textlayer.Heading || (b.Bold && len(b.Text) < 60) {
			inDecision = decisionHeadRe.MatchString(strings.TrimSpace(b.Text))
			continue
		}
		if d.claimed[i] {
			continue
		}
		lead := decisionLeadRe.MatchString(b.Text)
		if !inDecision && !lead {
			continue
		}
		marks := enumRe.FindAllStringSubmatchIndex(b.Text, -1)
		// Outside a decision section, only "The Governing Body: (a) ...; (b) ..." reads as
		// a decision; a sentence that merely reports a request ("The Conference requested
		// the Office to ...") does not.
		if !inDecision && len(marks) == 0 {
			continue
		}
		d.decisionClauses(i, b, marks)
	}
}

// decisionClauses reports each enumerated clause of block b that makes a request.
func (d *detector) decisionClauses(bi int, b textlayer.Block, marks [][]int) {
	type clause struct {
		num        string
		start, end int
	}
	var cls []clause
	if len(marks) == 0 {
		cls = append(cls, clause{start: 0, end: len(b.Text)})
	}
	for k, m := range marks {
		end := len(b.Text)
		if k+1 < len(marks) {
			end = marks[k+1][0]
		}
		cls = append(cls, clause{num: "(" + b.Text[m[2]:m[3]] + ")", start: m[1], end: end})
	}
	reported := false
	for _, c := range cls {
		text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(b.Text[c.start:c.end]), ";,"))
		text = strings.TrimSuffix(strings.TrimSuffix(text, " and"), ";")
		if !requestRe.MatchString(text) {
			continue
		}
		it := normalize.Item{Kind: normalize.KindActionItem, Text: text}
		if c.num != "" {
			it.Number = normalize.Ptr(c.num)
		}
		if p := b.PageAt(c.start); p > 0 {
			it.Page = normalize.Ptr(p)
		}
		it.Section = normalize.Ptr("Decision")
		for _, tm := range normalize.FindTimes(text, d.ref) {
			if tm.Due.End != nil && tm.Bound != "for" && tm.Bound != "" {
				due := tm.Due
				it.Due = &due
				break
			}
		}
		it.Actor = actorOf(text)
		d.add(bi, c.start, it)
		reported = true
	}
	if reported {
		d.claimed[bi] = true
	}
}
