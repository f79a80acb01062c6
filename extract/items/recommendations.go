package items

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// A recommendation is found by a small grammar rather than one expression per layout:
//
//	heading  = [list marker] [qualifier] word [No.|#] number delimiter [words]
//	marker   = "(a)" | "a)" | "3." | "•" | "-"          ("(a) Recommendation 1: ...")
//	qualifier= "Evaluation" | "Key" | "Main" | ...        ("Evaluation recommendation 2:")
//	word     = "Recommendation" | "RECOMMENDATION" | "Recommandation" (French)
//	number   = "3" | "3a" | "4.2" | "A"                   (a lettered block: "RECOMMENDATION A - ...")
//	delimiter= ":" | "." | "-" | "–" | ")" | end of block
//
// and a body: the words after the heading and the blocks that continue them (see recBody).
// An instrument ("the Social Protection Floors Recommendation, 2012 (No. 202)") has no number
// right after the word, and a sentence that names a recommendation ("Recommendation 4 is
// addressed to ...") has no delimiter after its number.
var recHeadRe = regexp.MustCompile(`^(?:(?:\(?[a-z]{1,3}\)|\(\d{1,2}\)|\d{1,2}[.)]|[•▪●■►▶–-])\s*)?` +
	`(?:(?i:evaluation|key|main|audit|general|specific|strategic|operational|priority)\s+(?i:recommendation|recommandation)|RECOMMENDATION|RECOMMANDATION|Recommendation|Recommandation)` +
	`(?:\s*(?:#|No\.?|N°|n°))?\s*(\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-H])(?:\s*\(([^()]{2,80})\))?(?:\s*[:.\-–—)]\s*|\s*$)(.*)$`)

// recHead is a parsed recommendation heading.
type recHead struct {
	num  string // as printed: "3", "4.2", "A"
	rest string // the words after the heading's delimiter on the same line; "" for a bare heading
	// units are the addressees a heading names in brackets after its number
	// ("Recommendation 1 (ILO constituents, ROAP): ..."), nil when none
	units []string
	// delimited is true when a delimiter follows the number, as in "Recommendation 3:" but not
	// in a bare "RECOMMENDATION 3".
	delimited bool
}

// parseRecHead reads a recommendation heading at the start of s.
func parseRecHead(s string) (recHead, bool) {
	m := recHeadRe.FindStringSubmatchIndex(s)
	if m == nil {
		return recHead{}, false
	}
	h := recHead{num: s[m[2]:m[3]], rest: strings.TrimSpace(s[m[6]:m[7]])}
	tail := m[3] // where the delimiter may start: after the number, or after its brackets
	if m[4] >= 0 {
		tail = m[5] + 1
		if in := s[m[4]:m[5]]; startsName(in) && !strings.ContainsAny(in, "0123456789") {
			h.units = splitUnitList(in)
		}
	}
	h.delimited = strings.ContainsAny(s[tail:m[6]], ":.-–—)")
	return h, true
}

// isRecHeadBlock reports whether block b opens a recommendation: a heading, a bold line, a
// capitalized "RECOMMENDATION", or a "Recommendation N:" with its delimiter.
func isRecHeadBlock(b textlayer.Block) (recHead, bool) {
	if b.Kind == textlayer.Table {
		return recHead{}, false
	}
	h, ok := parseRecHead(b.Text)
	if !ok {
		return h, false
	}
	if b.Kind == textlayer.Heading || b.Bold || h.delimited || strings.Contains(b.Text, "RECOMMENDATION") {
		return h, true
	}
	// "Recommendation 1" alone in its block is a heading whatever its style (a web page's
	// <dt>, a plain line above its paragraph); only a sentence goes on after the number
	// ("Recommendation 4 is addressed to ...")
	if h.rest == "" && len(strings.Fields(b.Text)) <= 3 {
		return h, true
	}
	return h, false
}

// recSectionRe matches the heading of a recommendations section whose recommendations are
// numbered paragraphs ("1. The Office should ...") rather than headed blocks: "Recommendations",
// "10. Recommendations", "KEY RECOMMENDATIONS", "Principales recommandations", "Recommandations
// clés", and the label "RECOMMENDATION:" that follows a finding or a lesson.
var recSectionRe = regexp.MustCompile(`(?i)^(?:(?:\d{1,2}|[IVX]{1,4})\.?\s*|chapter\s+\d+\.?\s*)?[►▶•\-–\s]*(?:main |key |principales |summary of |list of |our )?(?:recommendations?|recommandations?)(?: clés| principales)?\s*:?$`)

// recChapterHead is what the heading of a recommendations chapter says of it.
type recChapterHead struct {
	// mixed: the heading names a part of prose beside the recommendations (conclusions,
	// lessons learned, good practices)
	mixed bool
	// addressee: the units a heading addresses ("Recommendations for the ILO"), else ""
	addressee string
}

// recChapterPartRe matches one part of a heading that joins the parts of a report's closing
// chapter, as evaluation templates title it ("Conclusions and recommendations",
// "Recommendations, lessons learned and good practices", "Main recommendations and follow-up";
// UNEG's report template and the ILO's evaluation guidance): group 1 is set for the
// recommendations part, group 2 for a part of prose, neither for a part that adds no prose.
var recChapterPartRe = regexp.MustCompile(`(?i)^(?:(?:main|key|principal|summary of(?: the)?|list of|our|principales?|the)\s+)?(?:(recommendations?|recommandations?)(?:\s+clés|\s+principales)?|(conclusions?|lessons?(?: learned| learnt)?|(?:emerging )?good practices?|best practices?|enseignements?(?: tirés)?|leçons?(?: apprises| tirées)?|(?:bonnes )?pratiques?(?: prometteuses)?)|follow-up|suivi|management response|réponse de la direction)$`)

// recChapterSplitRe parts a joined heading: commas, "and", "&", "et".
var recChapterSplitRe = regexp.MustCompile(`(?i)\s*(?:,|\band\b|&|\bet\b)\s*`)

// recAddresseeTailRe matches the addressee a recommendations heading names: "for the ILO",
// "to the Office", "pour le BIT"; group 1 is the addressee.
var recAddresseeTailRe = regexp.MustCompile(`(?i)^(recommendations?|recommandations?)\s+(?:for|to|pour|à|aux?)\s+(?:the\s+|l[ae]\s+|l['’]\s*|les\s+)?(\S.{1,60})$`)

// recChapterNumberRe matches the number before a chapter's heading: "5.", "5.2", "VI.",
// "Chapter 4", and a bullet.
var recChapterNumberRe = regexp.MustCompile(`^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+|(?:[Cc]hapter|CHAPTER)\s+\d+\.?\s*)?[►▶•\-–\s]*`)

// parseRecChapterHead reads the heading of a recommendations chapter whose recommendations are
// numbered paragraphs or bullets: "Recommendations", "10. Recommendations", "KEY
// RECOMMENDATIONS", "Recommandations clés", the label "RECOMMENDATION:" after a finding, a
// heading that joins the chapter's parts ("Conclusions and recommendations") and one that
// names its addressee ("Recommendations for the ILO").
func parseRecChapterHead(text string) (recChapterHead, bool) {
	if recSectionRe.MatchString(text) {
		return recChapterHead{}, true
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), ":"))
	t = strings.TrimSpace(t[len(recChapterNumberRe.FindString(t)):])
	if t == "" || len(t) > 90 {
		return recChapterHead{}, false
	}
	if m := recAddresseeTailRe.FindStringSubmatch(t); m != nil && namesAddressee(m[2]) {
		// the chapter's units when the heading names one ("for the ILO"); a description of
		// its addressees ("for the social partners") names none
		if unicode.IsUpper([]rune(m[2])[0]) {
			return recChapterHead{addressee: m[2]}, true
		}
		return recChapterHead{}, true
	}
	var h recChapterHead
	recs := false
	for _, part := range recChapterSplitRe.Split(t, -1) {
		if part == "" {
			continue
		}
		m := recChapterPartRe.FindStringSubmatch(part)
		if m == nil {
			return recChapterHead{}, false
		}
		recs = recs || m[1] != ""
		h.mixed = h.mixed || m[2] != ""
	}
	if !recs {
		return recChapterHead{}, false
	}
	return h, true
}

// namesAddressee reports whether the words after "Recommendations for" name a party, not a
// sentence: a few words, no figure, no finite verb ("for further research are in Annex 3").
func namesAddressee(s string) bool {
	words := strings.Fields(s)
	if len(words) > 6 || strings.ContainsAny(s, ",;0123456789") {
		return false
	}
	for _, w := range words {
		if finiteVerbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// numberedParaRe matches a paragraph that starts with its number: "3. ", "(b) ", "3) ".
var numberedParaRe = regexp.MustCompile(`^(?:(\d{1,2})[.)]|\(([a-z]|\d{1,2})\))\s+(\S.*)$`)

// reportParaRe matches the number a paragraph of a report opens with: "12. ", "1.6. ", "3.4 ".
var reportParaRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3})*\.?\s+\S`)

// subRecRe matches a numbered sub-recommendation: "1.1. Let the head ...", "4.2 Give ...".
var subRecRe = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$`)

// pointRe matches a numbered point under a recommendation's lead-in: "1. To devise ...".
var pointRe = regexp.MustCompile(`^(\d{1,2})[.)]\s+(\S.*)$`)

// listItemRe matches a list item that continues a lead-in: a bullet (Word's second-level "o"
// too), "(a)", "a)", "a.", "i)".
var listItemRe = regexp.MustCompile(`^(?:[•▪●■◦‣·*–—-]\s*|o\s+|\(?[a-z]\)\s+|[a-z]\.\s+|\(?[ivx]{1,4}\)\s+)\S`)

// responseHeadRe matches the management response printed after a recommendation.
var responseHeadRe = regexp.MustCompile(`(?i)^(?:\d{1,3}\.\s+)?(?:management(?:'s|’s)? response|response of management|réponse de la direction|réponse de la gestion|(?:the )?government(?:'s|’s)? response\s*:|response\s*:|réponse du gouvernement\s*:)`)

// findRecommendations reports numbered recommendations: headed blocks ("Recommendation 3: ...")
// with their sub-recommendations, fields and management response; then the audit-style
// paragraphs ("In paragraph 28, the Board recommended that ..."); and the numbered paragraphs
// and bullets of a recommendations chapter that no heading introduced.
func (d *detector) findRecommendations() {
	blocks := d.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		h, ok := isRecHeadBlock(blocks[i])
		if !ok || isNumberedResponse(blocks[i]) {
			continue // "Recommendation 1: Accepted. ...": a response (attachNumberedResponses)
		}
		i = d.headedRecommendation(i, h) - 1
	}
	d.findAuditRecommendations()
	d.findRecommendationChapters()
}

// recDraft is a recommendation being read: its item, the blocks it covers and its parts.
type recDraft struct {
	it     normalize.Item
	block  int
	parts  []string
	bold   bool // the first part is bold: a headline that plain paragraphs elaborate
	fields bool // a table or labelled lines of units, priority or dates was read
	inList bool // the last part is an item of a list that a lead-in opened
}

func (r *recDraft) text() string { return strings.Join(r.parts, " ") }

// open reports whether the words read so far stop mid-sentence or on a lead-in colon, so that
// the next block continues them.
func (r *recDraft) open() bool {
	if len(r.parts) == 0 {
		return true
	}
	return !endsSentence(r.parts[len(r.parts)-1])
}

// leadIn reports whether the words read so far end on a colon: "... on programmes by:".
func (r *recDraft) leadIn() bool {
	if len(r.parts) == 0 {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(r.parts[len(r.parts)-1]), ":")
}

// endsSentence reports whether s ends a sentence: with a full stop, a question or exclamation
// mark, or a semicolon, before any closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"'”’»)]`)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ';'
}

// startsLower reports whether s starts with a lower-case letter: the rest of a sentence cut by
// a page, a column or a style change.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// headedRecommendation reads the recommendation headed at block i and returns the index of
// the first block after it. The body is the heading's own words and the blocks that continue
// them:
//   - after a bare heading ("Recommendation 1."), the next paragraph;
//   - a paragraph that continues a sentence cut by a page, a column or a change of style;
//   - list items and numbered points after a lead-in colon, and numbered sub-recommendations
//     ("1.1", "1.2" under "Recommendation 1"), which become recommendations of their own;
//   - after a bold headline, the plain paragraphs that elaborate it, unless they open with a
//     paragraph number of the report ("1.6. ...": the report's own text resumes);
//   - the paragraphs up to the recommendation's own table or labelled lines of units,
//     priority and dates, which close it.
//
// A heading, another recommendation, or a management response ends the body; the response is
// read into the recommendation's response field and left to the commitment finder.
func (d *detector) headedRecommendation(i int, h recHead) int {
	blocks := d.doc.Blocks
	b := blocks[i]
	r := &recDraft{block: i, it: normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr(h.num), Responsible: h.units}}
	if b.Page > 0 {
		r.it.Page = normalize.Ptr(b.Page)
	}
	d.claimed[i] = true
	bare := h.rest == ""
	// a heading whose words are a title ("EVALUATION RECOMMENDATION A - COMMUNICATION") heads
	// numbered points as a bare heading does
	titled := bare || isLetter(h.num) || isCaps(h.rest)
	if !bare {
		rest, resp := cutResponse(h.rest)
		r.parts = append(r.parts, rest)
		r.it.Response = resp
		r.bold = b.Bold
	}
	var subs []recDraft // sub-recommendations, in order
	var pending []int   // roles of a label line whose values a table below gives
	j := i + 1
	closing := d.recClosingBlock(i + 1)
loop:
	for ; j < len(blocks); j++ {
		nb := blocks[j]
		if _, ok := isRecHeadBlock(nb); ok {
			break
		}
		if nb.Kind == textlayer.Table {
			if len(pending) > 0 && d.applyValueTable(&r.it, nb.Table, pending) {
				// the values of a label line printed without them
				d.claimed[j] = true
				pending = nil
				continue
			}
			if !r.fields && d.applyRecTable(&r.it, nb.Table) {
				// the recommendation's own table; a unit's name cut at its end or the
				// management response may follow
				d.claimed[j] = true
				r.fields = true
				continue
			}
			break
		}
		if responseHeadRe.MatchString(nb.Text) {
			if r.it.Response == nil {
				r.it.Response = normalize.ParseResponse(strings.TrimSpace(stripParaNumber(nb.Text)))
			}
			j++
			break
		}
		if v := verdictLine(nb.Text); v != nil && len(r.parts) > 0 {
			// "Agreed in principle" on a line of its own under the quoted recommendation
			if r.it.Response == nil {
				r.it.Response = v
			}
			j++
			break
		}
		// A short heading ("INSTITUTIONAL", "Policy recommendations") closes the
		// recommendation; a bold lead paragraph detected as a heading does not.
		if nb.Kind == textlayer.Heading && len(nb.Text) < 60 && !recFieldRe.MatchString(nb.Text) {
			break
		}
		// "Responsible units: PROGRAM, EVAL" as a line of its own instead of a table.
		if d.applyRecFields(&r.it, nb.Text) {
			d.claimed[j] = true
			r.fields = true
			pending = emptyLabelRoles(nb.Text)
			continue
		}
		if r.fields {
			// a unit's name cut at the end of its line ("Recommendation to: Project
			// Management and" / "project implementation team")
			if n := len(r.it.Responsible); n > 0 && nb.Kind == textlayer.Paragraph && startsLower(nb.Text) && len(nb.Text) < 80 &&
				openUnitRe.MatchString(r.it.Responsible[n-1]) {
				r.it.Responsible = splitUnitList(strings.Join(r.it.Responsible, ", ") + " " + nb.Text)
				d.claimed[j] = true
				continue
			}
			break // the fields close the recommendation
		}
		// A numbered sub-recommendation under a bare heading or a lead-in.
		if titled || r.leadIn() || len(subs) > 0 {
			// "1.1" opens the points of a bare heading or a lead-in; "1.6" after a
			// recommendation's own words is the report's next paragraph
			if m := subRecRe.FindStringSubmatch(nb.Text); m != nil && m[1] == strings.SplitN(h.num, ".", 2)[0] &&
				(len(subs) > 0 || m[2] == "1" && (len(r.parts) == 0 || r.leadIn())) && followsPoint(subs, m[2]) {
				subs = append(subs, d.subDraft(j, m[1]+"."+m[2], m[3]))
				continue
			}
			if m := pointRe.FindStringSubmatch(nb.Text); m != nil && followsPoint(subs, m[1]) {
				subs = append(subs, d.subDraft(j, h.num+"."+m[1], m[2]))
				continue
			}
		}
		if len(subs) > 0 {
			// a sub-recommendation continued over a page or a style change, or its list
			last := &subs[len(subs)-1]
			if nb.Kind == textlayer.Paragraph && ((last.leadIn() || last.inList) && listItemRe.MatchString(nb.Text) || last.open() && !last.leadIn()) {
				last.inList = last.inList || last.leadIn()
				last.parts = append(last.parts, nb.Text)
				d.claimed[j] = true
				continue
			}
			break
		}
		switch {
		case len(r.parts) == 0:
			// the words of a bare heading
			r.bold = nb.Bold
		case r.open() && (startsLower(nb.Text) || !r.leadIn()):
			// a sentence cut by a page, a column or a change of style
		case (r.leadIn() || r.inList) && listItemRe.MatchString(nb.Text):
			r.inList = true
		case r.bold && !nb.Bold && !reportParaRe.MatchString(nb.Text):
			// a plain paragraph that elaborates a bold headline
		case closing > j:
			// a paragraph before the recommendation's own table or fields
		default:
			break loop
		}
		rest, resp := cutResponse(nb.Text)
		r.parts = append(r.parts, rest)
		if resp != nil && r.it.Response == nil {
			r.it.Response = resp
		}
		d.claimed[j] = true
	}
	if r.it.Response == nil {
		r.it.Response = d.responseAfter(j)
	}
	if len(subs) > 0 {
		d.subResponses(i+1, j+12, subs)
	}
	handle := 0
	if len(r.parts) > 0 || len(subs) == 0 {
		handle = d.addRec(r)
	}
	for k := range subs {
		s := &subs[k]
		inheritFields(&s.it, &r.it)
		if s.it.Due == nil {
			s.it.Due = d.ownDue(s.text())
		}
		hs := d.addRec(s)
		d.setParent(hs, handle)
	}
	return j
}

// openUnitRe matches a unit's name that its line cut after a joining word.
var openUnitRe = regexp.MustCompile(`(?i)\s(?:and|or|of|for|&)$`)

// responseAfter returns the management response that a response form prints a few blocks
// after a recommendation's words (after its responsible units or its key actions' label:
// "Management response - accept"), from block j up to the next recommendation; nil when none.
func (d *detector) responseAfter(j int) *normalize.Response {
	blocks := d.doc.Blocks
	for k := j; k < len(blocks) && k < j+8; k++ {
		b := blocks[k]
		if _, ok := isRecHeadBlock(b); ok {
			return nil
		}
		if b.Kind != textlayer.Table && responseHeadRe.MatchString(b.Text) {
			return normalize.ParseResponse(stripParaNumber(b.Text))
		}
		if v := verdictLine(b.Text); v != nil && b.Kind != textlayer.Table {
			return v
		}
	}
	return nil
}

// verdictLine reads a block that is a response's verdict and nothing else, as a government's
// response to a committee prints it on a line of its own under the recommendation it quotes
// ("Agreed", "Agreed in principle", "Not agreed", "Noted", "Supported in principle", "Not
// supported") and a management response may ("Accepted.", "Partiellement acceptée"): at most
// four words that normalize.ParseResponse reads to a verdict, or "Noted" (a verdict of its own
// that accepts nothing: ResponseUnknown). It returns nil for any other block.
func verdictLine(text string) *normalize.Response {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "."))
	if t == "" || len(strings.Fields(t)) > 4 {
		return nil
	}
	if strings.EqualFold(t, "noted") || strings.EqualFold(t, "pris note") || strings.EqualFold(t, "prise en note") {
		return &normalize.Response{Text: t, Value: normalize.ResponseUnknown}
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if !verdictWords[w] {
			return nil // "Agreed actions and timeline" heads a list; it gives no verdict
		}
	}
	if v := normalize.ParseResponse(t); v != nil && v.Value != normalize.ResponseUnknown {
		return v
	}
	return nil
}

// verdictWords are the words a verdict line is made of, in English and French.
var verdictWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`agreed agree accepted accept supported rejected disagreed
		endorsed declined not in principle part partially partly fully
		acceptée accepté acceptées acceptés rejetée rejeté non retenue retenu partiellement
		en principe`) {
		verdictWords[w] = true
	}
}

// subResponseRe matches a management response given to one point of a recommendation, as
// response matrices print it: "Recommendation 2 accepted: ...", "Recommendation 3 partially
// accepted: ..."; group 1 is the point's number, group 2 the verdict and what follows.
var subResponseRe = regexp.MustCompile(`(?i)^recommendation\s+(\d{1,2})\s+((?:fully |partially |partly |not )?(?:accepted|rejected|agreed)\b.*)$`)

// subResponses reads the responses that the blocks of a recommendation (from block j, up to
// the next recommendation or block end) give to its numbered points one by one.
func (d *detector) subResponses(j, end int, subs []recDraft) {
	blocks := d.doc.Blocks
	try := func(text string) {
		m := subResponseRe.FindStringSubmatch(strings.TrimSpace(text))
		if m == nil {
			return
		}
		for k := range subs {
			n := *subs[k].it.Number
			if (n == m[1] || strings.HasSuffix(n, "."+m[1])) && subs[k].it.Response == nil {
				subs[k].it.Response = normalize.ParseResponse(m[2])
			}
		}
	}
	for k := j; k < len(blocks) && k < end; k++ {
		b := blocks[k]
		if _, ok := isRecHeadBlock(b); ok {
			return
		}
		if b.Kind != textlayer.Table || b.Table == nil {
			try(b.Text)
			continue
		}
		for _, r := range b.Table.Rows {
			cells := expandCells(r, 0)
			if len(cells) > 0 {
				try(cells[0])
			}
		}
	}
}

// inheritFields gives a sub-recommendation the units, priority, status and response that its
// recommendation's fields state for all its points, where it states none of its own.
func inheritFields(sub, rec *normalize.Item) {
	if len(sub.Responsible) == 0 && len(rec.Responsible) > 0 {
		sub.Responsible = append([]string(nil), rec.Responsible...)
	}
	if sub.Priority == nil {
		sub.Priority = rec.Priority
	}
	if sub.Status == nil {
		sub.Status = rec.Status
	}
	if sub.Response == nil {
		sub.Response = rec.Response
	}
	if sub.TimeImplication == nil {
		sub.TimeImplication = rec.TimeImplication
	}
	if sub.ResourceImplication == nil {
		sub.ResourceImplication = rec.ResourceImplication
	}
}

// subDraft starts a sub-recommendation at block j.
func (d *detector) subDraft(j int, num, text string) recDraft {
	d.claimed[j] = true
	s := recDraft{block: j, it: normalize.Item{Kind: normalize.KindRecommendation, Number: normalize.Ptr(num)}}
	if p := d.doc.Blocks[j].Page; p > 0 {
		s.it.Page = normalize.Ptr(p)
	}
	rest, resp := cutResponse(text)
	s.parts = []string{rest}
	s.it.Response = resp
	return s
}

// followsPoint reports whether a numbered point n can follow the points read so far: "1"
// first, then a number above the last one by at most three (a text layer may lose a point
// set in a text box).
func followsPoint(subs []recDraft, n string) bool {
	if len(subs) == 0 {
		return n == "1"
	}
	last := *subs[len(subs)-1].it.Number
	last = last[strings.LastIndex(last, ".")+1:]
	k, l := atoi(n), atoi(last)
	return k > l && k <= l+3
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func isLetter(num string) bool {
	return len(num) == 1 && num[0] >= 'A' && num[0] <= 'Z'
}

// recClosingBlock returns the index of the table or labelled line that closes a
// recommendation whose body starts at block i, when one follows within a few paragraphs and
// before any heading or numbered paragraph; else -1.
func (d *detector) recClosingBlock(i int) int {
	blocks := d.doc.Blocks
	for j := i; j < len(blocks) && j < i+5; j++ {
		b := blocks[j]
		if b.Kind == textlayer.Table {
			if b.Table != nil && d.isRecFieldsTable(b.Table) {
				return j
			}
			return -1
		}
		if recFieldRe.MatchString(b.Text) {
			return j
		}
		if _, ok := isRecHeadBlock(b); ok || b.Kind == textlayer.Heading || responseHeadRe.MatchString(b.Text) {
			return -1
		}
		if j > i && reportParaRe.MatchString(b.Text) {
			return -1
		}
	}
	return -1
}

// addRec records a recommendation read by headedRecommendation and returns its handle.
func (d *detector) addRec(r *recDraft) int {
	r.it.Text = r.text()
	words, labels := cutLabelTail(r.it.Text)
	r.it.Text = words
	if len(r.it.Responsible) == 0 {
		// an addressee after a dash or in brackets ends the words, as in a chapter's list
		// ("... curriculum. (ILO Country Office, SKILLS)")
		if w, units := cutAddressee(words); units != nil {
			r.it.Text, r.it.Responsible = w, units
		}
	}
	if labels != "" {
		// "Recommendation 1: Extend ... closes.<br>Addressed to: Project team<br>Priority:
		// High": the labels a web page's <br> ran into the paragraph
		d.applyRecFields(&r.it, labels)
	}
	if r.it.Due == nil {
		r.it.Due = d.ownDue(r.it.Text)
	}
	r.it.ID = d.docID + "#recommendation-" + *r.it.Number // replaced by a stable id in finish
	return d.add(r.block, 0, r.it)
}

// ownDue returns the deadline a recommendation states in its own words ("should, by the end
// of 2027, reduce ...", "At its 361st Session (November 2027), the Governing Body should ...")
// when no column or label gives one: the first deadline, or period bound by "in" or "during",
// of the text; never a description ("the Strategy for 2019–2023"), a start or a bare year.
func (d *detector) ownDue(text string) *normalize.Due {
	for _, m := range normalize.FindTimes(text, d.ref) {
		// A year with no bound word names an instrument or a period the text describes
		// ("the Social Protection Floors Recommendation, 2012 (No. 202)").
		if m.Bound == normalize.BoundNone {
			continue
		}
		if m.Role == normalize.RoleDeadline || (m.Role == normalize.RolePeriod && (m.Bound == normalize.BoundIn || m.Bound == normalize.BoundDuring)) {
			due := m.Due
			if due.End == nil && due.Start == nil {
				continue
			}
			return &due
		}
	}
	return nil
}

// cutResponse separates a management response printed in the same block as a recommendation
// ("... least represented in work-based learning. Management response: Agree.").
func cutResponse(s string) (string, *normalize.Response) {
	loc := responseInlineRe.FindStringIndex(s)
	if loc == nil || loc[0] == 0 || !endsSentence(s[:loc[0]]) {
		return strings.TrimSpace(s), nil
	}
	return strings.TrimSpace(s[:loc[0]]), normalize.ParseResponse(s[loc[0]:])
}

// responseInlineRe finds a management response label; cutResponse takes it only after a
// sentence's end.
var responseInlineRe = regexp.MustCompile(`(?i)(?:management(?:'s|’s)? response|réponse de la direction)\s*(?:\([^)]{0,80}\))?\s*(?:[:\-–]|$)`)

// stripParaNumber removes a paragraph number that opens s: "4. Management response: ...".
func stripParaNumber(s string) string {
	if m := leadNumberRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

var leadNumberRe = regexp.MustCompile(`^\d{1,3}\.\s+`)
