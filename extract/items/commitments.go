package items

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// deadlineBounds are the words that bind an action to a time ("by 2021", "in the coming months",
// "at its 356th Session"). "for 2019–2023" and a bare period describe; they bind nothing.
var deadlineBounds = map[string]bool{
	"by": true, "before": true, "no later than": true, "until": true, "in": true, "during": true, "within": true, "at": true, "over": true,
	"to": true, "from": true, "starting": true, "as of": true, "end": true, "through": true, "on": true,
	"between": true,
}

// pastReportRe matches a verb that reports a past decision or statement: "decided that",
// "agreed that", "announced that".
var pastReportRe = regexp.MustCompile(`(?i)\b\w+ed that\b`)

// reportedPast reports an expectation told of in the past whose deadline had passed when the
// document was written: "The Office was expected to complete the review by the end of 2024, but
// the work was delayed", "the Governing Body decided that the report should be presented by
// March 2025". A deadline still ahead of the document's date stays a commitment ("Member States
// were requested to report by 2027").
func reportedPast(sent string, cue int, d normalize.Due, ref time.Time) bool {
	if !endedBefore(d, ref) {
		return false
	}
	w := strings.Trim(strings.ToLower(strings.Fields(sent[cue:] + " x")[0]), ",;:")
	// "At its 350th Session, the Governing Body requested the Office to report at its 353rd
	// Session": a request in the past tense whose session has passed is history.
	return w == "was" || w == "were" || w == "would" || haveForm[w] || requestVerbs[w] || pastExpectRe.MatchString(sent[:cue]) || pastReportRe.MatchString(sent[:cue])
}

// endedBefore reports a time that ends before the document's date ref; false when either is
// unknown.
func endedBefore(d normalize.Due, ref time.Time) bool {
	return !ref.IsZero() && d.End != nil && *d.End < ref.Format(time.DateOnly)
}

// participleEvent reports a time that follows a participle on the object of the committing
// modal (objectParticiple) and had passed at the document's date: the time is the participle's
// event, not the modal's deadline ("The Office will follow up on the recommendations accepted
// in 2019").
func participleEvent(toks []token, cue int, m normalize.TimeMatch, ref time.Time) bool {
	if !endedBefore(m.Due, ref) {
		return false
	}
	for k, t := range toks {
		if t.start > cue && t.end <= m.Start && strings.HasSuffix(t.w, "ed") && !notVerbsEd[t.w] && objectParticiple(toks, k) {
			return true
		}
	}
	return false
}

// pastExpectRe matches an expectation in the past tense just before the infinitive it governs:
// "was expected", "were scheduled".
var pastExpectRe = regexp.MustCompile(`(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:expected|scheduled|due|planned|set|foreseen|envisaged|targeted|supposed)\s*$`)

// overlapsAny reports whether d's interval meets one already taken. An interval without a
// start is its end day; ISO dates compare as strings.
func overlapsAny(d normalize.Due, taken []normalize.Due) bool {
	if d.End == nil {
		return false
	}
	lo, hi := bounds(d)
	for _, t := range taken {
		if t.End == nil {
			continue
		}
		tlo, thi := bounds(t)
		if lo <= thi && tlo <= hi {
			return true
		}
	}
	return false
}

func bounds(d normalize.Due) (lo, hi string) {
	hi = *d.End
	lo = hi
	if d.Start != nil && *d.Start < hi {
		lo = *d.Start
	}
	return lo, hi
}

// sameDeadlineGap bounds the bytes between two time expressions that name one deadline twice
// ("to the 112th Session of the Conference in June 2024": the session and its month).
const sameDeadlineGap = 12

// eventSubjectRe matches the head of a subject that is an event, not an actor: the date of a
// session, a meeting or a workshop is its schedule, not anyone's promise (in English or French:
// "réunion", "séance", "atelier").
var eventSubjectRe = regexp.MustCompile(`(?i)\b(?:session|meeting|workshop|briefing|conference|summit|forum|seminar|webinar|symposium|dialogue|event|ceremony|retreat|consultations?|hearing|round ?table|réunion|séance|atelier|conférence|séminaire|sommet)\b[^,;:]{0,80}$`)

// scheduleVerbRe matches the verb of a schedule right after the cue: "will be held", "will take
// place", "is to be convened", and in French the future of "se tenir" and "avoir lieu" ("se
// tiendra", "aura lieu") or "est prévue (se tenir)".
var scheduleVerbRe = regexp.MustCompile(`(?i)^(?:\S+\s+(?:(?:also|again|then)\s+)?(?:(?:expected|scheduled|due|planned|set|likely)\s+to\s+)?(?:be\s+(?:held|convened)|take\s+place|meet|convene|open|start|begin)\b|tiendr\w*\s|aur\w*\s+lieu\b|(?:est|sont)\s+prévu\w*\s+(?:se\s+tenir|avoir\s+lieu)?)`)

// extentVerbRe matches a verb that states how long something lasts: "will apply from 1 January
// 2026 to 31 December 2029", "will cover the period 2026–2029", "will run until".
var extentVerbRe = regexp.MustCompile(`(?i)\b(?:apply|cover|run|last|span|remain|be\s+(?:valid|in\s+force|in\s+effect|effective|implemented\s+over))\b`)

// recurringEventRe matches an occurrence of a series of meetings in an event's subject: the
// next or a numbered session of a body ("The next regional meeting", "The 358th Session", "the
// second regular session", "la prochaine réunion", "la 358e session"). The calendar of a body's
// series is its rules of procedure's business, not an undertaking of whoever names it.
var recurringEventRe = regexp.MustCompile(`(?i)\b(?:next|following|subsequent|forthcoming|upcoming|regular|annual|ordinary|\d+(?:st|nd|rd|th|e|ème)|prochaine?|suivante?|ordinaire|annuelle)\b`)

// scheduleOrPeriod reports a time that is an event's schedule or a span of validity, not a
// deadline, though a modal governs it: "The 358th Session of the Governing Body will take place
// from 29 October to 12 November 2026", "An informal briefing will take place on 20 January",
// "The next regional meeting is expected to take place in 2030", "The new policy will apply
// from 1 January 2026 to 31 December 2029". output.md: dates that only describe are not
// commitments. An event is scheduled when its days are fixed (a calendar entry) or when it is an
// occurrence of a series (the next or a numbered session); a new event to be held within a
// horizon ("A first meeting of the network is to be held in the second half of 2026", "A more
// comprehensive review will take place in 2021") is the organizer's undertaking and commits.
// cue is the committing cue's offset in sent.
func scheduleOrPeriod(sent string, cue int, m normalize.TimeMatch) bool {
	if cue < 0 || cue > m.Start {
		return false
	}
	if loc := eventSubjectRe.FindStringIndex(sent[:cue]); loc != nil && scheduleVerbRe.MatchString(sent[cue:m.Start]) {
		subject := sent[strings.LastIndexAny(sent[:loc[0]], ",;:")+1 : cue]
		fixedDays := m.Due.Precision != nil && *m.Due.Precision == normalize.PrecisionDay
		if fixedDays || recurringEventRe.MatchString(subject) {
			return true
		}
	}
	span := m.Due.Start != nil && m.Due.End != nil && *m.Due.Start != *m.Due.End && !strings.EqualFold(m.Bound, "in") && !strings.EqualFold(m.Bound, "by")
	return span && extentVerbRe.MatchString(sent[cue:m.Start])
}

// plannedForRe matches the words after which "for" + a time binds: "planned for the first half of
// 2025", "scheduled for March 2024".
var plannedForRe = regexp.MustCompile(`(?i)\b(planned|scheduled|foreseen|envisaged|slated|set|due|earmarked|expected|targeted)\s*$`)

// plannedFor reports a time expression bound by "for" that follows a word of planning.
func plannedFor(sent string, m normalize.TimeMatch) bool {
	if !strings.EqualFold(m.Bound, "for") {
		return false
	}
	return plannedForRe.MatchString(sent[:m.Start])
}

// paraNumberRe matches the number a GB paper's paragraph starts with.
var paraNumberRe = regexp.MustCompile(`^(\d{1,3})\.\s+`)

// findCommitments reports the sentences of running text that bind someone to an action, an
// obligation, a target or an expectation within a time bound: one item per bound, so a sentence
// with two deadlines gives two items. Blocks already reported (recommendations, tables,
// decisions) and headings are skipped.
func (d *detector) findCommitments(ctx context.Context) error {
	r := &commitmentReader{d: d, running: runningHeads(d.doc)}
	for bi, b := range d.doc.Blocks {
		if bi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if b.Kind == textlayer.Table && !d.claimed[bi] && proseTable(b.Table, r.running) {
			rows := b.Table.Rows
			if n := len(rows); n > 0 && r.cutBefore(bi+1, rows[n-1]) {
				// the table's last line is a paragraph the layout cut; it goes on in the
				// paragraph below ("... to the Governing | Body at its 359th Session.")
				rows = rows[:n-1]
			}
			for _, row := range rows {
				r.row(bi, row)
			}
			if len(rows) < len(b.Table.Rows) {
				r.endList()
				last := b.Table.Rows[len(rows)]
				r.cut = &cutLine{text: last.Words(), page: last.Page}
			}
			continue
		}
		if r.cut != nil {
			cut := r.cut
			r.cut = nil
			shift := len(cut.text) + 1
			pageAt := func(off int) int {
				if off < shift {
					return cut.page
				}
				return b.PageAt(off - shift)
			}
			r.paragraph(bi, textlayer.Paragraph, cut.text+" "+b.Text, pageAt)
			continue
		}
		if r.lead != nil {
			if r.lead.read(d, bi, b) {
				continue
			}
			r.endList()
		}
		if d.claimed[bi] || !(b.Kind == textlayer.Paragraph || b.Kind == textlayer.Heading && headingSentence(b.Text)) {
			continue
		}
		r.paragraph(bi, b.Kind, b.Text, b.PageAt)
	}
	r.endList()
	d.dropRepeatedHeadlines()
	return nil
}

// commitmentReader reads the running text of a document in order: paragraphs, headings and the
// rows of tables that are prose, and the lists that lead-ins open.
type commitmentReader struct {
	d       *detector
	running map[string]int // the document's short lines by the pages they are on (runningHeads)
	lead    *leadIn        // the list being read, or nil
	cut     *cutLine       // a prose table's last line, which the next paragraph continues
}

// cutLine is the last line of a prose table whose sentence goes on in the paragraph below.
type cutLine struct {
	text string
	page int
}

// cutBefore reports whether row, the last of a prose table, is a paragraph's line that
// continues in block next: it is no list item, it ends without closing punctuation, and next is
// a paragraph that no other rule reported.
func (r *commitmentReader) cutBefore(next int, row textlayer.Row) bool {
	text := strings.TrimSpace(row.Words())
	if text == "" || next >= len(r.d.doc.Blocks) || r.d.claimed[next] {
		return false
	}
	if mk, ok := markerAt(text, ""); ok && mk.kind != '1' {
		return false
	}
	if strings.ContainsAny(text[len(text)-1:], ".;:!?)") {
		return false
	}
	b := r.d.doc.Blocks[next]
	return b.Kind == textlayer.Paragraph && b.Text != ""
}

func (r *commitmentReader) endList() {
	if r.lead != nil {
		r.lead.flush(r.d)
		r.lead = nil
	}
}

// row reads one row of a prose table: an item of the list being read, else a paragraph.
func (r *commitmentReader) row(bi int, row textlayer.Row) {
	text := row.Words()
	if text == "" || row.Header && r.running[text] > 1 {
		return
	}
	if r.lead != nil {
		if r.lead.line(r.d, bi, row.Page, text) {
			return
		}
		r.endList()
	}
	page := row.Page
	r.paragraph(bi, textlayer.Paragraph, text, func(int) int { return page })
}

// paragraph reports the commitments of a paragraph or a heading, one per time bound of each
// sentence, and opens a list when its last sentence is a lead-in ("The Ministry will:").
func (r *commitmentReader) paragraph(bi int, kind textlayer.BlockKind, text string, pageAt func(int) int) {
	d := r.d
	base := 0
	var para *string
	if m := paraNumberRe.FindStringSubmatch(text); m != nil {
		para = normalize.Ptr(m[1])
		base = len(m[0])
	}
	form := formRunning
	if kind == textlayer.Heading {
		form = formHeadline
	}
	var last span
	for _, s := range splitSentences(text[base:]) {
		s.start, s.end = s.start+base, s.end+base
		last = s
		sent := text[s.start:s.end]
		if d.reportedIn(bi, sent) {
			continue
		}
		for _, c := range findCommitmentsAs(d.cal, sent, d.ref, form) {
			due := c.due
			it := normalize.Item{Kind: normalize.KindCommitment, Text: sent, Due: &due, Paragraph: para, Actor: c.actor}
			if p := pageAt(s.start); p > 0 {
				it.Page = normalize.Ptr(p)
			}
			d.add(bi, s.start+c.offset, it)
		}
	}
	if last.end > last.start && (kind == textlayer.Paragraph && strings.HasSuffix(text[last.start:last.end], ":") || kind == textlayer.Heading && headingLeadIn(text)) {
		r.lead = &leadIn{text: strings.TrimSuffix(text[last.start:last.end], ":"), para: para, running: r.running}
	}
}

// headingLeadIn reports a heading that announces the list below it and needs the list's items
// to finish its sentence: it ends in a colon ("The Ministry will:") or on the "to" of a verb
// of commitment whose object the items are ("What the Government has committed to", "What the
// partners agreed to"), as news pages title such lists.
func headingLeadIn(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ":") {
		return true
	}
	toks := tokenize(t)
	n := len(toks)
	return n >= 2 && toks[n-1].w == "to" && (commitVerbs[toks[n-2].w] || infinitiveGovernors[toks[n-2].w] && !beForms[toks[n-2].w])
}

// reportedIn reports whether the words of sent were already reported by another rule as an
// item of block bi (a plan's numbered action set as a table row): output.md reports words once.
func (d *detector) reportedIn(bi int, sent string) bool {
	for _, f := range d.found {
		if f.block == bi && f.item.Kind != normalize.KindCommitment && strings.Contains(f.item.Text, strings.TrimSpace(sent)) {
			return true
		}
	}
	return false
}

// proseTable reports a table that is running text the layout set in two columns: every row
// either one cell (a paragraph across the table, or an item indented into the wide column) or
// a few words beside the rest, at least one
// of them a list marker ("(a) | Secure an ambitious outcome ..."); a reader that takes a hanging
// indent for a column leaves stray words of the line in the narrow one ("session, | including
// ..."). A table with column titles is not prose.
func proseTable(t *textlayer.TableData, running map[string]int) bool {
	if t == nil || t.Columns != 2 {
		return false
	}
	marked := 0
	for _, row := range t.Rows {
		if row.Header && running[row.Words()] > 1 {
			continue // a running head the reader took for the table's header
		}
		var cells []textlayer.Cell
		for _, c := range row.Cells {
			if strings.TrimSpace(c.Text) != "" {
				cells = append(cells, c)
			}
		}
		switch {
		case len(cells) == 0:
		case len(cells) == 1:
			// a paragraph across the table, or an item indented into the wide column
			if mk, ok := markerAt(strings.TrimSpace(cells[0].Text), ""); ok && mk.num != "" {
				marked++
			}
		case len(cells) == 2:
			// a marker, with the words of its item that the reader cut into two cells
			first := strings.TrimSpace(cells[0].Text)
			if mk, ok := markerAt(first+" ", ""); ok && mk.num != "" {
				marked++
				continue
			}
			if row.Header || len(strings.Fields(first)) > 3 {
				return false
			}
		default:
			return false
		}
	}
	return marked > 0
}

// dropRepeatedHeadlines drops a commitment read from a heading when the body states it again:
// a commitment with the same deadline whose words hold most of the headline's (a news headline
// repeats its first paragraph). A body commitment with the same deadline but another act
// ("Ostrana to extend care leave by 2027" above "The fund is expected to reach 50,000 workers
// by the end of 2027") leaves the headline standing. Commitments are found last and are no
// item's parent, so dropping them leaves the handles of setParent valid.
func (d *detector) dropRepeatedHeadlines() {
	inBody := map[string][]string{} // deadline -> the texts of the body's commitments
	for _, f := range d.found {
		if f.item.Kind == normalize.KindCommitment && f.item.Due != nil && f.item.Due.End != nil && d.doc.Blocks[f.block].Kind != textlayer.Heading {
			inBody[*f.item.Due.End] = append(inBody[*f.item.Due.End], f.item.Text)
		}
	}
	repeated := func(head string, bodies []string) bool {
		for _, b := range bodies {
			if restates(b, head) {
				return true
			}
		}
		return false
	}
	keep := d.found[:0]
	for _, f := range d.found {
		if f.item.Kind == normalize.KindCommitment && d.doc.Blocks[f.block].Kind == textlayer.Heading && f.item.Due != nil && f.item.Due.End != nil &&
			repeated(f.item.Text, inBody[*f.item.Due.End]) {
			continue
		}
		keep = append(keep, f)
	}
	d.found = keep
}

// restates reports whether body holds at least half of the content words of head (words of four
// letters or more, compared by their first five letters so that "train" meets "trained" and
// "launch" meets "launching"): the body states the headline's act again. A headline without
// such words restates any body commitment with its deadline.
func restates(body, head string) bool {
	stem := func(w string) string {
		if r := []rune(w); len(r) > 5 {
			return string(r[:5])
		}
		return w
	}
	inBody := map[string]bool{}
	for _, t := range tokenize(body) {
		inBody[stem(t.w)] = true
	}
	n, shared := 0, 0
	for _, t := range tokenize(head) {
		if utf8.RuneCountInString(t.w) < 4 || unicode.IsDigit([]rune(t.w)[0]) {
			continue
		}
		n++
		if inBody[stem(t.w)] {
			shared++
		}
	}
	return 2*shared >= n // a headline of short words only: the deadline alone decides, as before
}

// leadIn is a sentence that announces a list and lends it its verb: "The Ministry will:", "We
// decide to:", "The Office is expected to:". It reads the list's items as they come.
type leadIn struct {
	text string
	para *string
	// running counts the pages of the document's short lines (runningHeads), to skip running
	// heads.
	running map[string]int
	kind    byte      // the kind of the list's first marker ('a', 'i', '1', '-'), 0 before it
	lastNum string    // the last item's number, which tells "(i)" after "(h)" from a roman one
	cur     *listItem // the item being read; its words may go on in the next paragraph or row
}

// listItem is one item of a list under a lead-in.
type listItem struct {
	block, off, page int
	num              *string
	text             string
}

// read takes block b as part of the list, when it is: a paragraph that opens with a list marker
// ("(a)", "-", "•") or in lower case ("adopt the revised Act by June 2027;"), or the rows of a
// table that no other rule reported, which a layout makes of a list set beside its markers. It
// returns false when b is no part of the list.
func (l *leadIn) read(d *detector, bi int, b textlayer.Block) bool {
	if d.claimed[bi] {
		return false
	}
	if l.furniture(b) {
		return true // a running head or a page number left between two pages of the list
	}
	switch b.Kind {
	case textlayer.Paragraph:
		if l.groupLabel(d, bi, b.Text) {
			// "Leave entitlements" above "1. Ten days of paid leave ...": the label of a
			// nested list, whose numbering starts again under it
			l.flush(d)
			l.kind, l.lastNum = 0, ""
			return true
		}
		return l.line(d, bi, b.PageAt(0), b.Text)
	case textlayer.Table:
		if b.Table == nil || len(b.Table.Rows) == 0 {
			return false
		}
		first := true
		for _, r := range b.Table.Rows {
			text := r.Words()
			if text == "" {
				continue
			}
			if first {
				// the table is the list's only when its first row is an item
				if _, ok := markerAt(text, ""); !ok {
					return false
				}
				first = false
			}
			if lead, ok := opensList(text); ok {
				// a numbered paragraph set as a row, ending in a new lead-in ("29. We are
				// concerned ... We decide to:"): the rows after it are its list
				l.flush(d)
				l.text = lead
				continue
			}
			l.line(d, bi, r.Page, text)
		}
		return !first
	}
	return false
}

// groupLabelMaxWords bounds the words of a nested list's label ("Leave entitlements",
// "Financing and costing").
const groupLabelMaxWords = 5

// groupLabel reports a paragraph that labels a group of the list's items: a few words with a
// capital and no closing punctuation, directly followed by an item with a list marker.
func (l *leadIn) groupLabel(d *detector, bi int, text string) bool {
	t := strings.TrimSpace(text)
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || !unicode.IsUpper(r) || len(strings.Fields(t)) > groupLabelMaxWords || strings.ContainsAny(t[len(t)-1:], ".;:!?,") {
		return false
	}
	if _, ok := markerAt(t, ""); ok || bi+1 >= len(d.doc.Blocks) {
		return false
	}
	next := d.doc.Blocks[bi+1]
	_, ok := markerAt(next.Text, "")
	return next.Kind == textlayer.Paragraph && ok
}

// opensList reports a paragraph that ends in a lead-in of its own and is no item of a list: no
// marker or a paragraph number ("29. ... We decide to:"), a last sentence ending in a colon. It
// returns the lead-in without its colon.
func opensList(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return "", false
	}
	if mk, ok := markerAt(t, ""); ok && mk.kind != '1' {
		return "", false
	}
	sents := splitSentences(t)
	if len(sents) == 0 {
		return "", false
	}
	last := sents[len(sents)-1]
	return strings.TrimSuffix(strings.TrimSpace(t[last.start:last.end]), ":"), true
}

// pageNumberRe matches a line of page furniture that the reader left in the text: every word
// holds a digit ("24-16433 11/56", "12", "- 4 -").
var pageNumberRe = regexp.MustCompile(`^[-–\s]*\S*\d\S*(?:\s+\S*\d\S*){0,3}[-–\s]*$`)

// furniture reports a block that interrupts a list only because a page ends there: a heading
// printed on several pages (a running head the reader kept) or a line of page numbers.
func (l *leadIn) furniture(b textlayer.Block) bool {
	switch b.Kind {
	case textlayer.Heading:
		return l.running[b.Text] > 1
	case textlayer.Paragraph:
		return l.running[b.Text] > 1 || len(b.Text) <= 40 && pageNumberRe.MatchString(b.Text)
	}
	return false
}

// runningHeads counts, for each short line of doc (a heading, a paragraph, a table's header
// row), the pages it is printed on: a line printed on more than one page is a running head the
// reader kept, not a section's title ("Regional Tripartite Meeting ... RTM/AP/2026/Outcome"
// above every page, once as a paragraph, once as the header row of a table).
func runningHeads(doc *textlayer.Document) map[string]int {
	pages := map[string]map[int]bool{}
	note := func(text string, page int) {
		if text == "" || len(text) > maxRunningHead {
			return
		}
		if pages[text] == nil {
			pages[text] = map[int]bool{}
		}
		pages[text][page] = true
	}
	for _, b := range doc.Blocks {
		switch b.Kind {
		case textlayer.Heading, textlayer.Paragraph:
			note(b.Text, b.Page)
		case textlayer.Table:
			if b.Table != nil && len(b.Table.Rows) > 0 && b.Table.Rows[0].Header {
				note(b.Table.Rows[0].Words(), b.Table.Rows[0].Page)
			}
		}
	}
	n := make(map[string]int, len(pages))
	for text, ps := range pages {
		n[text] = len(ps)
	}
	return n
}

// maxRunningHead bounds the bytes of a running head: a title and a symbol, not a paragraph.
const maxRunningHead = 120

// line reads one paragraph or row of the list.
func (l *leadIn) line(d *detector, bi, page int, text string) bool {
	if text == "" {
		return false
	}
	if _, ok := opensList(text); ok {
		return false // a new lead-in: the caller reads it as a paragraph
	}
	if mk, ok := markerAt(text, l.lastNum); ok {
		if l.kind != 0 && mk.kind == '1' && l.kind != '1' {
			return false // a numbered paragraph after a lettered list: the list has ended
		}
		if l.kind == 0 {
			l.kind = mk.kind
		}
		l.lastNum = mk.num
		l.flush(d)
		it := &listItem{block: bi, off: mk.end, page: page, text: text[mk.end:]}
		if mk.num != "" {
			it.num = normalize.Ptr(mk.num)
		}
		l.cur = it
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	if l.cur != nil && !itemClosed(l.cur.text) && continues(l.cur.text, text) {
		l.cur.text += " " + text // an item cut by a page break or the layout
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	l.flush(d)
	l.cur = &listItem{block: bi, page: page, text: text}
	return true
}

// itemClosedRe matches the end of a list item that the next one follows: "...;", "...; and",
// "..., or".
var itemClosedRe = regexp.MustCompile(`(?:[;.]|[;,]\s+(?:and|or|and/or|et|ou))\s*$`)

// itemClosed reports a list item whose words end as an item of a list does ("recruit sixty
// inspectors by end-2025; and"): the next line that starts in lower case is the next item, not
// the rest of this one.
func itemClosed(text string) bool {
	return itemClosedRe.MatchString(text)
}

// flush reports the commitments of the item being read: the item is tested as the lead-in's
// sentence completed by its words ("The Ministry will adopt the revised Act by June 2027") and
// reported with its own words.
func (l *leadIn) flush(d *detector) {
	it := l.cur
	l.cur = nil
	if it == nil {
		return
	}
	own := cleanClause(it.text)
	joined := l.text + " " + own
	shift := len(l.text) + 1
	for _, c := range findSentenceCommitments(d.cal, joined, d.ref) {
		if c.offset < shift {
			continue // a time of the lead-in itself
		}
		due := c.due
		item := normalize.Item{Kind: normalize.KindCommitment, Text: own, Number: it.num, Due: &due, Paragraph: l.para, Actor: c.actor}
		if it.page > 0 {
			item.Page = normalize.Ptr(it.page)
		}
		d.add(it.block, it.off+c.offset-shift, item)
	}
}

// headingSentence reports a heading that reads as a sentence, such as a news headline with a
// verb ("Ministry will adopt the revised Act by June 2027"): at least six words.
func headingSentence(text string) bool {
	return len(strings.Fields(text)) >= 6
}

// commitment is one time-bounded commitment found in a sentence.
type commitment struct {
	offset int // byte offset of the time expression in the sentence
	due    normalize.Due
	actor  *string
}

// findSentenceCommitments returns the commitments of one sentence: each time expression with a
// deadline bound whose governing verb group states a future action, an obligation, an
// expectation, a request or a target.
func findSentenceCommitments(cal *normalize.Calendar, sent string, ref time.Time) []commitment {
	return findCommitmentsAs(cal, sent, ref, formRunning)
}

// sentenceForm is how a sentence is printed: as running text, or as a headline, whose grammar
// drops the auxiliary and states the future by a bare infinitive after the subject
// ("Inspectors to be trained on the new tools by November 2025", "Ministry to launch platform in
// 2026": the news-writing convention, as in the AP and Reuters style books).
type sentenceForm int

const (
	formRunning sentenceForm = iota
	formHeadline
)

// findCommitmentsAs is findSentenceCommitments for a sentence printed in the given form.
func findCommitmentsAs(cal *normalize.Calendar, sent string, ref time.Time, form sentenceForm) []commitment {
	var matches []normalize.TimeMatch
	if cal == nil {
		matches = normalize.FindTimes(sent, ref)
	} else {
		matches = cal.FindTimes(sent, ref)
	}
	if len(matches) == 0 {
		return nil
	}
	toks := tokenize(sent)
	french := frenchSentence(toks)
	var out []commitment
	var taken []normalize.Due
	lastEnd := 0 // where the last expression taken ends
	for _, m := range matches {
		f := timeFeatures{
			deadlineBound: deadlineBounds[strings.ToLower(m.Bound)] || plannedFor(sent, m),
			bounded:       m.Due.End != nil || m.Due.Vague,
			repeats:       m.Start-lastEnd <= sameDeadlineGap && overlapsAny(m.Due, taken),
			cue:           -1,
		}
		if !f.deadlineBound || !f.bounded || f.repeats {
			continue // the cheap features decide; the verb group is read only when needed
		}
		if cue, ok := governing(sent, toks, matches, m.Start, m.End, form, french); ok {
			f.cue = cue
			f.reportedPast = reportedPast(sent, cue, m.Due, ref) || participleEvent(toks, cue, m, ref)
			f.schedule = scheduleOrPeriod(sent, cue, m)
		}
		if !f.commits() {
			continue
		}
		taken = append(taken, m.Due)
		lastEnd = m.End
		out = append(out, commitment{offset: m.Start, due: m.Due, actor: actorBefore(sent, f.cue)})
	}
	return out
}

// timeFeatures is what the sentence test knows of one time expression in its sentence. The
// test is this small feature set and one conjunction (commits), rather than a chain of
// exceptions, so that each wording the genre uses changes one feature's reader and a test can
// name the feature that decided. The features follow output.md's definition of a commitment: a
// future act, obligation, target or expectation (cue), bound in time by an end (deadlineBound,
// bounded), not a past event (reportedPast) and not a description (schedule, repeats).
type timeFeatures struct {
	// deadlineBound: the bound word ties the time to an act as a deadline ("by", "before",
	// "in", "at its Nth Session", "within"), or "for" follows a word of planning ("scheduled
	// for mid-2026"); "since 2019" and "for 2019–2023" describe.
	deadlineBound bool
	// bounded: the expression has an end, or is a vague horizon ("in the coming months"); a
	// start alone ("from 2027") opens a period and bounds nothing.
	bounded bool
	// repeats: the expression names again the deadline just before it ("to the 112th Session
	// of the Conference in June 2024").
	repeats bool
	// cue: the byte offset of the verb group that commits (a modal, "is to", "plans to", a
	// request with its infinitive, the future of reported speech, a headline's infinitive), -1
	// when the expression's clause has none or its verb reports the past.
	cue int
	// reportedPast: the commitment is told of in the past and its deadline had passed at the
	// document's date ("was expected to complete the review by 2019").
	reportedPast bool
	// schedule: the time is an event's schedule or a span of validity ("The session will take
	// place from 9 to 19 March", "The policy will apply from 2026 to 2029").
	schedule bool
}

// commits reports whether the features make the time expression a commitment's deadline.
func (f timeFeatures) commits() bool {
	return f.deadlineBound && f.bounded && !f.repeats && f.cue >= 0 && !f.reportedPast && !f.schedule
}

// token is a word of a sentence, lower-cased, with its byte range; punctuation that ends a clause
// (";", ":") is a token of its own.
type token struct {
	w          string
	start, end int
	capital    bool
}

func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '/' || r2 == '.' && j+sz < len(s) && s[j+sz] != ' ') {
					break
				}
				j += sz
			}
			out = append(out, token{w: strings.ToLower(strings.TrimRight(s[i:j], "-.'’")), start: i, end: j, capital: unicode.IsUpper(r)})
			i = j
		case r == ';' || r == ':':
			// A colon glued to what follows belongs to a URL or a time ("https://", "10:30"),
			// not to the clause structure.
			if r == ':' && i+size < len(s) && s[i+size] != ' ' {
				i += size
				continue
			}
			out = append(out, token{w: string(r), start: i, end: i + size})
			i += size
		default:
			i += size
		}
	}
	return out
}

// Verb cues, lower case.
var (
	// "should" binds in running text ("should be completed by mid-2024"); "would", "could" and
	// "may" state conditions and possibilities, not commitments.
	modals   = set("will", "shall", "must", "won't", "shan't", "should")
	beForms  = set("is", "are", "am", "be", "been", "being", "was", "were")
	pastAux  = set("was", "were", "had", "did")
	haveForm = set("has", "have")
	// Irregular past forms that commonly govern a date in reports of past events.
	irregularPast = set("took", "held", "began", "went", "came", "met", "saw", "gave", "made",
		"became", "brought", "built", "chose", "drew", "fell", "felt", "found", "got", "grew",
		"kept", "knew", "led", "left", "lost", "meant", "paid", "ran", "rose", "said", "sent",
		"spent", "stood", "thought", "told", "understood", "won", "wrote", "undertook", "sought",
		"taught", "bought", "caught", "fought", "spoke", "arose", "broke", "forgot", "hid", "shook")
	// Words after which "to" + verb states a plan, an expectation, a request or a target.
	infinitiveGovernors = set("expected", "scheduled", "set", "planned", "plans", "plan",
		"intends", "intend", "intended", "aims", "aim", "aimed", "due", "requested", "request",
		"requests", "asked", "required", "invited", "called", "urged", "committed", "commits",
		"agreed", "decided", "decides", "target", "targets", "targeted", "is", "are", "needs",
		"need", "going", "expects", "expect", "mandated", "tasked", "undertakes", "undertook", "pledged", "resolved",
		"have", "has", "will", "shall", "must", "encouraged", "obliged", "bound", "likely",
		// "is working to introduce ... by", "we decide to ... by 2030", "we commit to"
		"working", "striving", "seeking", "aiming", "planning", "decide", "resolve", "undertake",
		"commit", "pledge", "endeavour", "endeavor", "strive", "seek", "seeks", "ready", "poised",
		// a noun of commitment: "our steadfast commitment to achieve the Goals by 2030"
		"commitment", "commitments", "determination", "intention", "undertaking", "promise")
	// askVerbs ask someone to act; with an object between them and the infinitive they
	// commit the one asked ("request the Secretary-General to report by 2025").
	// commitVerbs state a commitment in the present: "We commit to", "the Government pledges".
	commitVerbs = set("commit", "commits", "pledge", "pledges", "undertake", "undertakes",
		"resolve", "resolves", "promise", "promises", "vow", "vows")
	// Only the present: a request in the past is judged by the rules for reports of the past.
	askVerbs = set("request", "requests", "encourage", "encourages", "invite", "invites",
		"urge", "urges", "ask", "asks", "instruct", "instructs", "mandate", "mandates", "task",
		"tasks", "direct", "directs", "call", "calls", "entrust", "entrusts")
	// Participles after a form of "be" that state an expectation or an obligation.
	expectParticiples = set("expected", "scheduled", "due", "set", "planned", "required",
		"requested", "invited", "called", "urged", "asked", "mandated", "tasked", "obliged",
		"bound", "committed", "foreseen", "envisaged", "targeted", "to")
	determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
		"those", "that", "all", "each", "every", "some", "any", "such", "more", "most", "well",
		"newly", "fully", "jointly", "already", "recently", "so-called", "further", "less")
	relatives    = set("that", "which", "who", "whom", "whose", "where")
	prepositions = set("with", "of", "for", "in", "on", "to", "by", "from", "into", "through",
		"under", "at", "via", "towards", "toward", "about", "against", "among", "without")
	adverbs       = set("not", "also", "now", "still", "then", "further", "jointly", "already", "soon", "only", "therefore", "thus", "however", "finally", "first", "again", "probably", "likely", "all", "both")
	requestThat   = regexp.MustCompile(`(?i)\b(request(?:s|ed)?|require(?:s|d)?|ask(?:s|ed)?|decide(?:s|d)?|agree(?:s|d)?|insist(?:s|ed)?|recommend(?:s|ed)?|demand(?:s|ed)?|propose(?:s|d)?|urge(?:s|d)?)\s+that\b`)
	targetSetters = set("set", "adopted", "established", "fixed", "agreed", "a", "an", "the")
	requestVerbs  = set("requested", "asked", "invited", "urged", "instructed", "mandated",
		"called", "encouraged", "tasked", "entrusted", "directed")
	targetRe = regexp.MustCompile(`(?i)\b(target|goal|objective|aim)\b`)
	// Naming participles ("the Summit entitled ...", "a report titled ...") are never a
	// finite verb in this genre; neither are the words that merely end in "ed".
	notVerbsEd = set("entitled", "titled", "named", "dubbed", "need", "indeed", "speed", "seed", "proceed", "exceed", "succeed", "embed", "bed",
		"shed", "feed", "red", "hundred", "breed", "bleed", "creed", "deed", "heed", "reed", "weed", "greed", "led")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// verdict of one cue.
const (
	cueNone = iota
	cueAccept
	cueReject
	// cueNoun: an infinitive after a noun of planning ("a plan to modernize", "the request to
	// report"): it commits unless the clause's own verb, further left, reports ("the Governing
	// Body requested ... a plan to modernize ... by 2024").
	cueNoun
)

// planNouns are the words after which "to" + verb states a plan's purpose when they are nouns
// (after a determiner or an adjective): "a plan to", "the request to".
var planNouns = set("plan", "plans", "request", "requests")

// governing decides whether the time expression at [start, end) of sent is governed by a verb
// group that commits: it scans left within the clause for the nearest cue (a modal, "is
// expected", "is to", an infinitive governed by "plans"/"target"/"requested", or a finite past or
// present verb that reports rather than commits); when the clause has no cue before the
// expression ("In 2021, the Office will ..."), it scans right. It returns the byte offset of the
// accepting cue. A French sentence's verb groups are read by frenchCueAt.
func governing(sent string, toks []token, all []normalize.TimeMatch, start, end int, form sentenceForm, french bool) (int, bool) {
	cueAt := cueAt
	if french {
		cueAt = frenchCueAt
	}
	inTime := func(t token) bool {
		for _, m := range all {
			if t.start >= m.Start && t.end <= m.End {
				return true
			}
		}
		return false
	}
	// Left scan.
	first := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].end <= start {
			first = k
			break
		}
	}
	sawInfinitive := false
	tentative := -1 // a noun's infinitive, which commits when no verb further left decides
	for k := first; k >= 0; k-- {
		t := toks[k]
		if t.w == ";" || t.w == ":" {
			break
		}
		if inTime(t) {
			continue
		}
		if t.w == "to" && k+1 < len(toks) && isVerbLike(toks[k+1].w) {
			sawInfinitive = true
		}
		v := cueAt(toks, k)
		if v == cueAccept {
			return t.start, true
		}
		if v == cueNoun {
			if tentative < 0 {
				tentative = t.start
			}
			continue
		}
		if v == cueNone && form == formHeadline && headlineInfinitive(toks, k) {
			return t.start, true
		}
		if v == cueReject {
			// "the Governing Body requested the Office to submit a report at its 356th
			// Session": a request, whatever its tense, binds the action it asks for.
			if sawInfinitive && requestVerbs[t.w] {
				if speakerSubject(toks, k) {
					return 0, false
				}
				return t.start, true
			}
			// "The Office has set a target of extending coverage to 400 million by 2030",
			// "has a target of ... by 2030": the target binds, not the perfect tense.
			if haveForm[t.w] && k+1 < len(toks) && targetSetters[toks[k+1].w] {
				if loc := targetRe.FindStringIndex(sent[t.end:start]); loc != nil {
					return t.start, true
				}
			}
			// "has requested that all country teams have a CCA by the end of 2020": a
			// request governs the subjunctive after "that".
			// A verb in the past tense reports, whatever request stands before it: "decided
			// that the reports ... were no longer needed, but ... the resolution that the
			// Conference adopted in 2019".
			past := pastAux[t.w] || irregularPast[t.w] || isPastEd(toks, k)
			if loc := requestThat.FindStringIndex(sent[:t.start]); loc != nil && !past && !speakerSubject(toks, tokenAt(toks, loc[0])) {
				return loc[0], true
			}
			return 0, false
		}
	}
	if tentative >= 0 {
		return tentative, true
	}
	// Right scan: the expression opens the clause. A bare "-ed" word there may be a participle
	// in the subject ("By 2025, the documents approved since 2020 should be tagged"), so it
	// rejects only when no committing cue follows in the clause.
	weakReject := false
	for k := first + 1; k < len(toks); k++ {
		t := toks[k]
		if t.start < end || inTime(t) {
			continue
		}
		if t.w == ";" || t.w == ":" {
			break
		}
		switch cueAt(toks, k) {
		case cueAccept:
			return t.start, true
		case cueReject:
			// "decided that ... should": a reporting verb's clause reports, whatever
			// modal follows in it.
			if !isPastEd(toks, k) || k+1 < len(toks) && toks[k+1].w == "that" {
				return 0, false
			}
			weakReject = true
		}
	}
	if weakReject {
		return 0, false
	}
	// "... with the target of 50 per cent by 2021": a target in the expression's own clause. A
	// label ("Target: 18 per cent by 2028") ends its clause at the colon: a results framework's
	// figure, which binds no one.
	from := max(strings.LastIndexAny(sent[:start], ";:")+1, 0)
	if loc := targetRe.FindStringIndex(sent[from:start]); loc != nil {
		return from + loc[0], true
	}
	return 0, false
}

// speakerNouns name a participant of a debate that minutes record: a representative, a
// member, a group, a spokesperson ("a Government representative of Brazil", "the Worker
// Vice-Chairperson", "Her group", "the Employer spokesperson", "le représentant", "le groupe").
// "he" and "she" stand for a person speaking; a body is "it".
var speakerNouns = set("representative", "representatives", "member", "members", "group", "groups",
	"spokesperson", "spokespersons", "vice-chairperson", "vice-chairpersons", "delegate",
	"delegates", "delegation", "delegations", "speaker", "speakers", "he", "she",
	"représentant", "représentante", "représentants", "membre", "membres", "groupe", "groupes",
	"porte-parole", "vice-président", "vice-présidente", "délégué", "déléguée", "délégation", "il", "elle")

// bodyNouns name a body, an office or an official that decides and asks on its own authority:
// "the Governing Body requested the Office to", "the Deputy Secretary-General has requested
// that".
var bodyNouns = set("body", "board", "conference", "committee", "council", "assembly",
	"commission", "office", "director-general", "secretary-general", "administrator", "director",
	"secretariat", "management", "it", "states", "états", "conseil", "conférence", "comité", "assemblée", "bureau")

// speakerSubject reports a request at toks[k] whose subject is a participant in a debate, not a
// body: what a speaker asks in the discussion that minutes record is the speaker's position,
// not the body's decision, and binds no one ("a Government representative ... asked the
// Office to hold regional dialogues in 2026" against "the Governing Body requested the Office to
// report at its 358th Session"). The subject is the nearest speaker's or body's noun to the left
// in the verb's clause; a request by an official or a body still binds, as output.md counts
// "has requested that ... by the end of 2020".
func speakerSubject(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		w := toks[j].w
		if w == ";" || w == ":" {
			return false
		}
		if speakerNouns[w] {
			return true
		}
		if bodyNouns[w] {
			return false
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at byte off of its sentence, or -1.
func tokenAt(toks []token, off int) int {
	for i, t := range toks {
		if t.start == off {
			return i
		}
	}
	return -1
}

// headlineInfinitive reports the "to" of a headline's infinitive that follows its subject: "Bill
// to reach Parliament in 2026", "Inspectors to be trained by November". A "to" after a verb or
// a preposition ("agreement to", "according to") is no such infinitive; neither is one that
// opens the headline.
func headlineInfinitive(toks []token, k int) bool {
	if toks[k].w != "to" || k == 0 || k+1 >= len(toks) || !isVerbLike(toks[k+1].w) {
		return false
	}
	prev := toks[k-1].w
	return !prepositions[prev] && !beForms[prev] && !haveForm[prev] && !modals[prev] && prev != "according" && prev != "due"
}

// cueAt classifies the word toks[k] as a cue that commits, a cue that reports, or no cue.
func cueAt(toks []token, k int) int {
	w := toks[k].w
	prev, next := "", ""
	if k > 0 {
		prev = toks[k-1].w
	}
	if k+1 < len(toks) {
		next = toks[k+1].w
	}
	next2 := ""
	if k+2 < len(toks) {
		next2 = toks[k+2].w
	}
	switch {
	case modals[w]:
		return cueAccept
	case w == "would":
		// The future of reported speech ("She said the service would be operational by
		// mid-2026", "announced that the Ministry would train ..."): news items report the
		// commitments of others this way. Without a verb of saying before it, or with a
		// condition ("would ... if"), "would" states a possibility.
		if reportedSpeech(toks, k) {
			return cueAccept
		}
		return cueNone
	case w == "been" && prev == "had":
		// "The bill had been expected in 2024": the past perfect tells of an expectation
		// that the story has overtaken
		return cueReject
	case commitVerbs[w] && (prev == "we" || prev == "i" || prev == "also" || prev == "further" || strings.HasSuffix(w, "s")):
		// "We commit, by 2030, to:", "The Government pledges to ratify ... by 2026"
		return cueAccept
	case w == "to" && isVerbLike(next) && k > 0:
		// An infinitive: what governs it decides. "plans to launch", "a target was set to
		// increase" commit; "off track to reach" does not decide by itself.
		g := k - 1
		for g > 0 && adverbs[toks[g].w] {
			g--
		}
		if planNouns[toks[g].w] && g > 0 && (determiners[toks[g-1].w] || prepositions[toks[g-1].w]) {
			return cueNoun
		}
		if infinitiveGovernors[toks[g].w] {
			return cueAccept
		}
		// "We request the Secretary-General to put in place ...", "we encourage the working
		// group to report ...": a verb that asks, then its object, then the infinitive.
		for h := k - 2; h >= 0 && h >= k-9; h-- {
			w := toks[h].w
			if w == ";" || w == ":" || w == "to" {
				break
			}
			if askVerbs[w] {
				if h > 0 && toks[h-1].w == "to" {
					break // "is invited to request the Office to report": the outer verb decides
				}
				return cueAccept
			}
		}
		return cueNone
	case beForms[w]:
		if expectParticiples[next] || (adverbs[next] && expectParticiples[next2]) {
			return cueAccept
		}
		if w == "be" || w == "been" || w == "being" {
			return cueNone // part of a group whose auxiliary is further left
		}
		if pastAux[w] || w == "is" || w == "are" || w == "am" {
			if next == "going" {
				return cueAccept
			}
			return cueReject
		}
	case pastAux[w]:
		return cueReject
	case haveForm[w]:
		if next == "to" || (adverbs[next] && next2 == "to") {
			return cueAccept // "has to", "have also to"
		}
		if (commitVerbs[next] || next == "committed" || next == "pledged" || next == "agreed") && next2 == "to" {
			// "The Government has committed to a review of the Act in 2028": a present
			// perfect of commitment binds its object; a deadline already past at the
			// document's date is told of (reportedPast)
			return cueAccept
		}
		if prev != "" && (modals[prev] || prev == "to") {
			return cueNone // "must have", "to have"
		}
		return cueReject // "have highlighted", "has been", or a finite present
	case irregularPast[w]:
		if beForms[prev] || haveForm[prev] {
			return cueNone
		}
		return cueReject
	case isPastEd(toks, k):
		return cueReject
	}
	return cueNone
}

// sayingVerbs introduce reported speech in news items and summaries.
var sayingVerbs = set("said", "says", "told", "announced", "announces", "stated", "states",
	"confirmed", "confirms", "explained", "added", "indicated", "declared", "assured", "promised",
	"affirmed", "reaffirmed", "informed", "reported", "noted")

// reportedSpeech reports a "would" at toks[k] that is the future of reported speech: a verb of
// saying stands before it in the sentence, and no "if", "unless" or "provided" sets a
// condition in it.
func reportedSpeech(toks []token, k int) bool {
	said := false
	for j := k - 1; j >= 0 && j >= k-25; j-- {
		if toks[j].w == ";" {
			break
		}
		if sayingVerbs[toks[j].w] {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	for _, t := range toks {
		if t.w == "if" || t.w == "unless" || t.w == "provided" {
			return false
		}
	}
	return true
}

// isVerbLike reports whether a word after "to" can be a verb: not a determiner, a number or a
// proper name's start.
func isVerbLike(w string) bool {
	if w == "" || determiners[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// isPastEd reports a lower-case "-ed" word used as a finite past verb: not after a determiner (an
// adjective: "the proposed strategy"), not after a form of "be" or "have" (whose own cue
// decides), not a word that merely ends in "ed".
func isPastEd(toks []token, k int) bool {
	t := toks[k]
	if t.capital || len(t.w) < 5 || !strings.HasSuffix(t.w, "ed") || notVerbsEd[t.w] {
		return false
	}
	if k == 0 {
		return false
	}
	prev := toks[k-1].w
	if relatives[prev] {
		return true // "teams that started the cycle in 2020"
	}
	if determiners[prev] || beForms[prev] || haveForm[prev] || modals[prev] || adverbs[prev] && k > 1 && (beForms[toks[k-2].w] || haveForm[toks[k-2].w] || modals[toks[k-2].w]) {
		return false
	}
	if expectParticiples[t.w] && (k+1 < len(toks) && toks[k+1].w == "to") {
		return false // "requested to", "expected to": handled by the infinitive
	}
	// An adjective, not a verb: after a preposition ("with integrated plans"), after a verb in
	// "-ing" ("preparing integrated frameworks") or after a bare verb that a modal or "to"
	// governs ("will deliver updated guidance").
	if prepositions[prev] || strings.HasSuffix(prev, "ing") && len(prev) > 4 {
		return false
	}
	// An adjective after a figure: "to reach 50,000 registered workers", "120 trained
	// inspectors"; a finite verb follows its subject, and a figure alone is none.
	if r, _ := utf8.DecodeRuneInString(prev); unicode.IsDigit(r) {
		return false
	}
	if k > 1 && (modals[toks[k-2].w] || toks[k-2].w == "to") {
		return false
	}
	return !objectParticiple(toks, k)
}

// objectParticipleWindow bounds the words between a modal and a participle that completes its
// verb's object: the verb, a noun phrase with its complements.
const objectParticipleWindow = 10

// clauseOpeners are the words after which a new clause may start with its own subject and
// finite verb: "The Office will publish the guide, but the Committee adopted ...". "and" and
// "or" join noun phrases as often as clauses and open none here.
var clauseOpeners = set("but", "while", "whereas", "when", "after", "before",
	"because", "since", "although", "though", "if", "once", "until")

// objectParticiple reports an "-ed" word at toks[k] that is a participle on the object of a
// modal's verb, not a finite verb: one that completes the object ("will keep the Governing Body
// informed", "will have the reports reviewed") or a reduced relative clause on it ("will
// validate the recommendations reported as implemented during its follow-up review"), where no
// subject stands between the noun and the participle. A participle after "as" completes the one
// before it ("reported as implemented", "classified as closed"), so the chain is read back to
// its first participle. A relative pronoun or a conjunction opens a clause of its own ("will
// follow the resolution that the Conference adopted in 2019"). (Quirk et al., A Comprehensive
// Grammar of the English Language, 17.13 on non-finite postmodifiers.)
func objectParticiple(toks []token, k int) bool {
	j := k - 1
	for j >= 2 && toks[j].w == "as" && strings.HasSuffix(toks[j-1].w, "ed") && !notVerbsEd[toks[j-1].w] {
		j -= 2 // "reported as implemented": the outer participle decides
	}
	for stop := j - objectParticipleWindow; j >= 0 && j > stop; j-- {
		w := toks[j].w
		if relatives[w] || clauseOpeners[w] || w == ";" || w == ":" {
			return false
		}
		if modals[w] {
			return true
		}
	}
	return false
}

// actorRe matches the actors the secretariat tracks, as subjects of a commitment.
var actorRe = regexp.MustCompile(`(?i)\b(the (?:International Labour )?Office|the Governing Body|Member States|the Director-General|the (?:International Labour )?Conference|the ILO|the Committee|the constituents|(?:UN |all )?country teams|the secretariat|the (?:UN )?Secretary-General|the General Assembly|resident coordinators|the Executive Board|the Administrator|the Executive Director|UNDP|UNICEF|UNFPA|UNOPS|the Ministry(?: of [A-Z][\w,]*(?: (?:and )?[A-Z][\w,]*){0,4})?|the Government)\b`)

// actorBefore returns the actor named right before the committing cue at offset cue ("the Office
// will", "Member States are expected to"), or nil.
func actorBefore(sent string, cue int) *string {
	if cue <= 0 || cue > len(sent) {
		return nil
	}
	locs := actorRe.FindAllStringIndex(sent[:cue], -1)
	if len(locs) == 0 {
		return nil
	}
	last := locs[len(locs)-1]
	gap := strings.Fields(sent[last[1]:cue])
	if len(gap) > 3 {
		return nil
	}
	a := sent[last[0]:last[1]]
	if strings.HasPrefix(a, "The ") {
		a = "the " + a[4:]
	}
	return &a
}
