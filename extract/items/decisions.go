package items

import (
	"regexp"
	"strconv"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// decisionHeadRe matches the heading of a decision: "Draft decision", "Decision", "Proposed
// decision", "Point for decision", "Elements of a decision" (UN Executive Board papers),
// "Decision required", "Draft elements of a decision", "Recommended decision", and the title
// of a web record of decisions, "Decision on the
// eleventh item on the agenda: ...".
//
// In French: "Projet de décision", "Décision", "Décision concernant le cinquième point de
// l'ordre du jour: ...", "Point appelant une décision".
var decisionHeadRe = regexp.MustCompile(`(?i)^(?:[\dIVX]+\.\s*)?(?:(?:draft |proposed |recommended )?(?:elements (?:of|for) an? (?:draft )?)?(?:points? for )?decisions?(?:\s*$|\s*:|\s+on the\b|\s+required\s*$)|(?:projet de |proposition de |éléments d['’]un (?:projet de )?)?décisions?(?:\s*$|\s*:|\s+concernant\s)|points? appelant une décision\s*:?\s*$)`)

// clause is one clause of a decision, as read by the clause grammar (clauses.go).
type clause struct {
	block, offset int    // where the clause starts: block index and byte offset in its text
	num           string // the marker without brackets or dot ("c", "4"), "" when none
	kind          byte   // the marker's kind (see marker), 0 when none
	text          string
	// parent is 1 + the index of the numbered clause whose lettered sub-clause this is ("2.
	// Requests UNFPA: (a) To present ...; (b) To submit ..."), 0 for a clause of the decision.
	parent int
}

// findDecisions reports the clauses of decisions and resolutions that ask someone to act as action
// items, one per clause, numbered as printed: "(c) requested the Director-General to submit a
// report ... to its 356th Session", "3. Requests UNDP to present ... by June 2027". A decision
// opens with its lead ("The Governing Body:", "The Executive Board", "The General Assembly,",
// "3. The Governing Body requests the Director-General:") or, in a section headed "Draft
// decision", with its first clause. Every paragraph of a decision is claimed, so that its words
// are not reported again as commitments.
func (d *detector) findDecisions() {
	blocks := d.doc.Blocks
	inSection := false
	section := ""
	record := d.recordOfDecisions()
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == textlayer.Table {
			continue
		}
		if (b.Kind == textlayer.Heading || (b.Bold && len(b.Text) < 60)) && !boldLead(b.Text) {
			if isJunk(b.Text) {
				continue
			}
			t := strings.TrimSpace(b.Text)
			inSection = decisionHeadRe.MatchString(t)
			section = t
			continue
		}
		if d.claimed[i] {
			continue
		}
		l, ok := parseLead(b.Text)
		if ok && !inSection && !l.runIn && !l.bare && l.inline < 0 && !(l.colon && presentLead(l.rest)) &&
			!d.closedByReference(i) && !(record && (l.verb != verbNone || l.colon)) {
			// "The Governing Body approved the programme in March 2025." and "2. The
			// Conference requested the Office to provide ... a timetable for:" in running
			// text report a decision; they are no decision's text. "The Executive Board
			// may wish to:" and "The Governing Body is invited to:" propose one. Minutes
			// print a decision in their numbered paragraphs with no head, and close it with
			// the reference to the paper's draft ("(GB.355/INS/3, paragraph 12)"): a lead
			// whose decision that line closes is a decision's. In a record or summary of
			// decisions every lead with an operative verb is one.
			ok = false
		}
		if !ok {
			if !inSection {
				continue
			}
			if _, mk := markerAt(b.Text, ""); !mk {
				continue
			}
			// A decision section whose clauses follow its heading without a lead.
			l = lead{bare: true, colon: true, inline: -1}
			i = d.decision(i-1, l, section)
			continue
		}
		i = d.decision(i, l, section)
	}
}

// boldLead reports a short bold line that is a decision's lead, not a heading: "The Governing
// Body:" or "The Executive Board," set in bold over its clauses, as web records often print it;
// a bold "The Executive Board" without its punctuation may be a section's title.
func boldLead(text string) bool {
	t := strings.TrimSpace(text)
	l, ok := parseLead(t)
	return ok && l.para == "" && !l.runIn && (l.bare && strings.ContainsAny(t[len(t)-1:], ":,") || l.colon && l.verb != verbNone)
}

// recordTitleRe matches the title of a document that is itself a record of decisions: "Record
// of decisions", "Summary of decisions adopted by the Governing Body at its 358th Session",
// "Decisions adopted by the Executive Board", "Compendium of decisions", "Relevé des décisions".
var recordTitleRe = regexp.MustCompile(`(?i)\b(?:record|summary|compendium|list|digest)s? of (?:the )?decisions\b|^decisions (?:adopted|taken)\b|\brelevé des décisions\b|\brésumé des décisions\b|^décisions adoptées\b`)

// recordOfDecisions reports a document whose title, or a heading among its first blocks, names
// it a record of decisions (recordTitleRe): there, a paragraph that opens with the body and an
// operative verb ("The Governing Body requested the Director-General to ...") is a decision, not
// an account of one.
func (d *detector) recordOfDecisions() bool {
	if recordTitleRe.MatchString(strings.TrimSpace(d.doc.Title)) {
		return true
	}
	for i, b := range d.doc.Blocks {
		if i >= coverBlocks {
			break
		}
		if (b.Kind == textlayer.Heading || b.Bold) && recordTitleRe.MatchString(strings.TrimSpace(b.Text)) {
			return true
		}
	}
	return false
}

// decisionRefRe matches the line that closes a decision in ILO minutes and records of decisions:
// the symbol of the paper whose draft decision was adopted and the paragraph that held it, in
// brackets, as the Governing Body prints it: "(GB.355/INS/3, paragraph 12)", "(GB.355/INS/5,
// paragraphs 88, 115 and 143)", "(GB.355/INS/3, paragraph 12, as amended)", "(GB.356/INS/7,
// paragraphe 24)". A bracketed symbol alone ("(GB.356/INS/2)") counts too.
var decisionRefRe = regexp.MustCompile(`^` + bracketedRef)

// bracketedRef is the pattern of a decision's bracketed reference at the end of a text, group 1
// its symbol: the line of its own that decisionRefRe reads, the tail that trailingRefRe reads.
var bracketedRef = `\(\s*(` + symbolRe.String() + `)\s*(?:,\s*(?:paragraphs?|paragraphes?|paras?\.|§)\s[^()]{0,80})?\)\.?$`

// isDecisionRef reports a decision's closing reference line (decisionRefRe).
func isDecisionRef(text string) bool {
	t := strings.TrimSpace(text)
	m := decisionRefRe.FindStringSubmatch(t)
	return m != nil && isSymbol(m[1])
}

// trailingRefRe matches a decision's reference printed at the end of its last paragraph rather
// than on a line of its own: "... to its 356th Session (March 2026). (GB.355/INS/6, paragraph 9)".
var trailingRefRe = regexp.MustCompile(`[.;]\s+` + bracketedRef)

// trailingRef returns the byte offset in text of a reference that closes it (trailingRefRe),
// after the sentence's closing punctuation, or -1.
func trailingRef(text string) int {
	t := strings.TrimRight(text, " \t\n")
	m := trailingRefRe.FindStringSubmatchIndex(t)
	if m == nil || !isSymbol(t[m[2]:m[3]]) {
		return -1
	}
	return m[0] + 1
}

// maxRefLookahead bounds how many blocks after a lead closedByReference reads: the clauses of
// one decision and the page furniture between them.
const maxRefLookahead = 40

// closedByReference reports whether the paragraph at block li opens a decision that a reference
// line closes (decisionRefRe): the reference follows it at once, or after clauses that open with
// a marker ("(a) requested ..."), with nothing else between but page furniture.
func (d *detector) closedByReference(li int) bool {
	blocks := d.doc.Blocks
	if trailingRef(blocks[li].Text) >= 0 {
		return true
	}
	for j := li + 1; j < len(blocks) && j <= li+maxRefLookahead; j++ {
		b := blocks[j]
		switch {
		case b.Kind == textlayer.Table || d.claimed[j]:
			return false
		case isDecisionRef(b.Text):
			return true
		case isJunk(b.Text):
		case b.Kind == textlayer.Heading:
			return false
		default:
			if _, mk := markerAt(b.Text, ""); !mk {
				return false
			}
			if trailingRef(b.Text) >= 0 {
				return true
			}
		}
	}
	return false
}

// Between a decision's parts the text layer may leave page furniture, footnotes and stray
// headings; a decision reads past that many blocks of them before its first clause and between
// two clauses. A clause after such a gap must continue the numbering of the one before.
const (
	maxGapBeforeClauses  = 30
	maxGapBetweenClauses = 4
)

// decision reads the decision whose lead is block li (li may be one before the first clause when
// the decision has no lead), reports its asking clauses and returns the index of the last block
// it read.
func (d *detector) decision(li int, l lead, section string) int {
	blocks := d.doc.Blocks
	var cls []clause
	if li >= 0 && l.inline >= 0 {
		cls = inlineClauses(li, blocks[li].Text, l.inline)
	}
	last, gap := li, 0
	var used []int // blocks whose words are the decision's: claimed at the end
	done := func() int {
		for _, j := range used {
			d.claimed[j] = true
		}
		d.decisionItems(li, l, cls, section)
		return last
	}
	// step reads one paragraph (or one row of a table the text layer made of paragraphs) and
	// reports whether the decision ends before it.
	step := func(j int, kind textlayer.BlockKind, text string) bool {
		if isDecisionRef(text) {
			// "(GB.355/INS/3, paragraph 12)" closes the decision.
			if len(cls) > 0 || l.body != "" {
				last, used = j, append(used, j)
			}
			return true
		}
		if isJunk(text) {
			return false
		}
		prev := clause{}
		if len(cls) > 0 {
			prev = cls[len(cls)-1]
		}
		mk, isMark := markerAt(text, prev.num)
		if kind == textlayer.Paragraph && !isMark {
			if nl, ok := parseLead(text); ok && nl.bare {
				return true // the next decision's lead
			}
		}
		switch {
		case kind == textlayer.Heading:
			if len(cls) > 0 && decisionHeadRe.MatchString(strings.TrimSpace(text)) {
				return true
			}
			gap++
		case isMark:
			rest := text[mk.end:]
			switch {
			case len(cls) > 0 && mk.kind == 'i' && prev.kind == 'a' && gap == 0:
				// "(c) requests the Director-General to: (i) ...; (ii) ...": sub-clauses
				// belong to their clause.
				cls[len(cls)-1].text += " " + text
			case len(cls) > 0 && mk.kind == 'a' && prev.kind == '1' && gap == 0 && announces(prev.text),
				len(cls) > 0 && prev.parent > 0 && mk.kind == prev.kind && follows(prev, mk):
				// "2. Requests UNFPA: (a) To present ...; (b) To submit ...": lettered
				// sub-clauses of a numbered clause, each asking on its own.
				parent := prev.parent
				if parent == 0 {
					parent = len(cls)
				}
				cls = append(cls, clause{block: j, offset: mk.end, num: mk.num, kind: mk.kind, text: rest, parent: parent})
			case len(cls) > 0 && mk.kind != prev.kind && !opensWithVerb(rest):
				// A numbered paragraph after lettered clauses is the paper's next
				// paragraph, not a clause.
				return true
			case len(cls) == 0 && mk.kind == '1' && !opensWithVerb(rest) && l.verb != verbAct,
				mk.kind == '1' && l.para != "":
				// The lead is a numbered paragraph of the paper: the next number is the
				// paper's next paragraph.
				return true
			case gap > 0 && len(cls) > 0 && !follows(prev, mk):
				return true
			default:
				c := clause{block: j, offset: mk.end, num: mk.num, kind: mk.kind, text: rest}
				if mk.kind == '-' {
					c.num = ""
				}
				if blocks[j].Kind == textlayer.Table {
					c.offset = 0
				}
				cls = append(cls, c)
			}
			last, gap, used = j, 0, append(used, j)
			return trailingRef(text) >= 0 // "(b) requested ... (GB.355/INS/3, paragraph 12)" closes it
		case len(cls) == 0 && isPreamble(text):
			last, gap, used = j, 0, append(used, j)
			return false
		case opensWithVerb(text) && (gap == 0 || len(cls) == 0):
			cls = append(cls, clause{block: j, text: text})
			last, gap, used = j, 0, append(used, j)
			return false
		case len(cls) > 0 && gap == 0 && continues(prev.text, text):
			cls[len(cls)-1].text += " " + text
			last, used = j, append(used, j)
			return false
		default:
			gap++
		}
		return len(cls) > 0 && gap > maxGapBetweenClauses || gap > maxGapBeforeClauses
	}
	for j := li + 1; j < len(blocks); j++ {
		b := blocks[j]
		if d.claimed[j] {
			break
		}
		if b.Kind != textlayer.Table {
			if step(j, b.Kind, b.Text) {
				return done()
			}
			continue
		}
		if b.Table == nil {
			continue
		}
		// A table inside a decision is most often its numbered paragraphs, set side by side
		// by the layout ("10. | Requests the Secretary-General to ..."): its rows are read as
		// paragraphs.
		for _, r := range b.Table.Rows {
			if step(j, textlayer.Paragraph, r.Words()) {
				return done()
			}
		}
	}
	return done()
}

// follows reports whether marker mk continues the numbering of clause prev: "5." after "4.",
// "(c)" after "(b)"; dashes and bullets follow anything.
func follows(prev clause, mk marker) bool {
	switch {
	case mk.kind == '-' || prev.kind == '-':
		return mk.kind == prev.kind
	case mk.kind != prev.kind || prev.num == "" || mk.num == "":
		return false
	case mk.kind == '1':
		a, errA := strconv.Atoi(prev.num)
		b, errB := strconv.Atoi(mk.num)
		return errA == nil && errB == nil && b == a+1
	case mk.kind == 'a':
		return len(mk.num) == 1 && len(prev.num) == 1 && mk.num[0] == prev.num[0]+1
	}
	return true
}

// presentLead reports a lead whose verb proposes or decides in the present: "may wish to:", "is
// invited to:", "requests the Director-General:"; not a report in the past ("requested the Office
// to provide ... for:").
func presentLead(rest string) bool {
	ws := clauseWords(rest)
	ws = ws[afterParticiple(ws):]
	if len(ws) == 0 {
		return false
	}
	switch ws[0].w {
	case "may", "is", "are", "will", "shall", "should", "est", "sont", "pourrait", "peut":
		return true // "may wish to:", "est invité à:", "pourrait souhaiter:"
	}
	c, _ := leadingVerb(ws)
	if v, _, fr := frenchAt(ws, 0); fr && c != verbNone {
		return v.present && !frenchAux[ws[0].w] // "prie le Directeur général:", not "a prié"
	}
	return c != verbNone && strings.HasSuffix(ws[0].w, "s")
}

// continues reports whether text carries on the clause before it, cut by a page break or a
// layout that split its lines: the clause has no closing punctuation yet.
func continues(before, text string) bool {
	if len(before) > maxClauseBytes {
		return false // a clause does not run on for pages: the text layer lost its punctuation
	}
	b := strings.TrimSpace(before)
	return b != "" && !strings.HasSuffix(b, ";") && !strings.HasSuffix(b, ".") && text != ""
}

// maxClauseBytes bounds a clause or list item joined from several paragraphs.
const maxClauseBytes = 4000

// inlineClauses splits the clauses printed in the lead's own paragraph: "The Governing Body: (a)
// took note ...; (b) requested ...".
func inlineClauses(bi int, text string, from int) []clause {
	marks := inlineMarkRe.FindAllStringSubmatchIndex(text[from:], -1)
	var out []clause
	for k, m := range marks {
		end := len(text)
		if k+1 < len(marks) {
			end = from + marks[k+1][0]
		}
		num := text[from+m[2] : from+m[3]]
		kind := byte('a')
		if isRoman(num) && !(len(num) == 1 && len(out) > 0 && out[len(out)-1].num[0]+1 == num[0]) {
			kind = 'i'
		}
		if kind == 'i' && len(out) > 0 && out[len(out)-1].kind == 'a' {
			out[len(out)-1].text = strings.TrimSpace(text[out[len(out)-1].offset:end])
			continue
		}
		out = append(out, clause{block: bi, offset: from + m[1], num: num, kind: kind, text: text[from+m[1] : end]})
	}
	return out
}

// decisionItems reports the clauses of one decision that ask someone to act, and claims the
// decision's paragraphs. A decision without clauses is one sentence: it is reported whole when its
// lead asks ("The Governing Body requests the Director-General to ...").
func (d *detector) decisionItems(li int, l lead, cls []clause, section string) {
	if section == "" {
		section = "Decision"
	}
	if li >= 0 && l.body != "" {
		d.claimed[li] = true
	}
	if len(cls) == 0 {
		// "The Governing Body endorsed the strategy and requested the Director-General to
		// ...": a request coordinated after the lead's first verb asks too.
		if li < 0 || l.colon || l.verb != verbAct && clauseClass(l.rest) != verbAct {
			return
		}
		b := d.doc.Blocks[li]
		text := b.Text[l.start:] // after the paragraph number and a run-in head
		d.decisionItem(li, len(b.Text)-len(text), "", cleanClause(text), l, section)
		return
	}
	cls = withInlineSubClauses(cls)
	hasSubs := map[int]bool{}
	for _, c := range cls {
		if c.parent > 0 {
			hasSubs[c.parent-1] = true
		}
	}
	for k, c := range cls {
		d.claimed[c.block] = true
		if hasSubs[k] {
			continue // its sub-clauses are the items
		}
		text := cleanClause(c.text)
		num := c.num
		cc := clauseClass(text)
		if c.parent > 0 {
			// the sub-clause takes its numbered clause's lead: "Requests UNFPA: To present ..."
			p := cls[c.parent-1]
			if cc == verbNone {
				cc = clauseClass(p.text)
			}
			num = p.num + "(" + c.num + ")"
			text = strings.TrimSpace(p.text) + " " + text
		}
		if cc == verbNone && l.verb == verbAct {
			cc = verbAct // "requested the Director-General to: (a) prepare ...": the lead asks
		}
		if cc != verbAct {
			continue
		}
		d.decisionItem(c.block, c.offset, num, text, l, section)
	}
}

// withInlineSubClauses splits the lettered sub-clauses that a numbered clause prints in its own
// paragraph after a colon ("2. Requests UNOPS to: (a) strengthen controls by June 2026; and (b)
// report at the annual session 2027") into sub-clauses of it, as if each stood on its own line.
func withInlineSubClauses(cls []clause) []clause {
	var out []clause
	index := make([]int, len(cls)) // a clause's new index
	for k, c := range cls {
		if c.parent > 0 {
			c.parent = index[c.parent-1] + 1
		}
		index[k] = len(out)
		lead, subs := inlineSubClauses(c)
		if c.kind != '1' || c.parent > 0 || len(subs) < 2 {
			out = append(out, c)
			continue
		}
		c.text = lead
		out = append(out, c)
		for _, sc := range subs {
			sc.parent = index[k] + 1
			out = append(out, sc)
		}
	}
	return out
}

// inlineSubClauses returns the words of c up to its colon and the lettered sub-clauses printed
// after it, "(a)" first; none when c has no colon followed at once by "(a)".
func inlineSubClauses(c clause) (string, []clause) {
	ci := strings.Index(c.text, ":")
	if ci < 0 {
		return "", nil
	}
	after := c.text[ci:]
	marks := inlineMarkRe.FindAllStringSubmatchIndex(after, -1)
	if len(marks) == 0 || after[marks[0][2]:marks[0][3]] != "a" || strings.TrimSpace(after[1:marks[0][0]+1]) != "" {
		return "", nil
	}
	var subs []clause
	for k, m := range marks {
		num := after[m[2]:m[3]]
		if len(num) != 1 || num[0] != byte('a'+k) {
			break // a roman or out-of-order marker: not this list
		}
		end := len(after)
		if k+1 < len(marks) {
			end = marks[k+1][0]
		}
		subs = append(subs, clause{block: c.block, offset: c.offset + ci + m[1], num: num, kind: 'a', text: after[m[1]:end]})
	}
	return c.text[:ci+1], subs
}

// announces reports a clause that ends with a colon, announcing sub-clauses ("2. Requests UNFPA:").
func announces(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ":")
}

// decisionItem reports one asking clause.
func (d *detector) decisionItem(bi, off int, num, text string, l lead, section string) {
	b := d.doc.Blocks[bi]
	it := normalize.Item{Kind: normalize.KindActionItem, Text: text}
	if num != "" {
		it.Number = normalize.Ptr(num)
	}
	if p := b.PageAt(off); p > 0 {
		it.Page = normalize.Ptr(p)
	}
	it.Section = normalize.Ptr(section)
	it.Due = d.clauseDue(text)
	it.Actor = actorAfterVerb(text)
	if it.Actor == nil {
		it.Actor = actorAfterVerb(l.rest)
	}
	d.add(bi, off, it)
}

// pastParticiples tell a clause's reference to a past event: "the resolutions adopted by the
// Conference at its 113th Session (2025)", "the meeting held in May 2025", "the strategy
// endorsed at its 352nd Session".
// "made" is not among them: "to report on the progress made at its 358th Session" names when
// to report.
var pastParticiples = set("adopted", "held", "approved", "endorsed", "established", "launched",
	"convened", "agreed", "decided",
	"adoptées", "adoptée", "adoptés", "adopté", "tenue", "tenu", "approuvé", "approuvée")

// pastLookback is how many words before a time expression describesPast reads.
const pastLookback = 6

// describesPast reports whether the words just before a time expression (before, the clause's
// text up to it) make it the time of a past event the clause names rather than a deadline: a
// past participle among the last few words, with no infinitive after it ("adopted by the
// Conference at", not "adopted by the Conference and to report at") and no passive future
// ("to be held in").
func describesPast(before string) bool {
	ws := clauseWords(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-pastLookback; k-- {
		w := ws[k].w
		if w == "to" || w == "de" || w == "à" || k < len(ws)-1 && ws[k].comma {
			return false
		}
		if pastParticiples[w] {
			return k == 0 || ws[k-1].w != "be" && ws[k-1].w != "being" && ws[k-1].w != "être"
		}
	}
	return false
}

// cleanClause trims a clause's closing punctuation, the "and" that joins it to the next and a
// decision's reference printed after it (trailingRef).
func cleanClause(s string) string {
	if k := trailingRef(s); k >= 0 {
		s = s[:k] // the decision's reference is not the clause's words
	}
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSpace(strings.TrimRight(s, ";,"))
		t = strings.TrimSuffix(t, " and")
		t = strings.TrimSuffix(t, " or")
		if t == s {
			return s
		}
		s = t
	}
}

// clauseDue is the deadline a clause sets: its first time expression that reads as a deadline
// ("by June 2027", "at its 359th Session", "no later than March 2027", "for the 359th
// Session"), else its first period with a bound ("in 2027"); nil when it names no time. A
// description ("its planned evaluations for 2027"), a start ("from 2021") and the time of a past
// event the clause refers to ("the resolutions adopted by the Conference at its 113th Session")
// set none.
func (d *detector) clauseDue(text string) *normalize.Due {
	var period *normalize.Due
	for _, tm := range d.findTimes(text) {
		if tm.Due.End == nil || describesPast(text[:tm.Start]) {
			continue
		}
		switch {
		case tm.Role == normalize.RoleDeadline:
			due := tm.Due
			return &due
		case period == nil && tm.Role == normalize.RolePeriod && tm.Bound != "" && tm.Bound != normalize.BoundFor:
			due := tm.Due
			period = &due
		}
	}
	return period
}
