package items

import (
	"regexp"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// chapterEnds are the headings of the parts an evaluation report places after its
// recommendations (UNEG's report template and the ILO's and IOM's evaluation guidance: lessons
// learned, good practices, annexes), in English and French, lower case. The annexes often go
// without the word "Annex": terms of reference, evaluation questions and matrix, people met,
// documents reviewed, a results framework, a theory of change.
var chapterEnds = []string{
	"lesson", "leçon", "enseignement", "conclusion", "annex", "appendi", "good practice",
	"bonnes pratiques", "bonne pratique", "best practice", "emerging good practice",
	"pratiques prometteuses", "bibliograph", "references", "références", "acknowledg",
	"remerciements", "management response", "réponse de la direction",
	"terms of reference", "termes de référence", "evaluation questions", "questions d'évaluation",
	"questions d’évaluation", "evaluation matrix", "matrice d'évaluation", "matrice d’évaluation",
	"list of people", "list of persons", "list of documents", "list of stakeholders",
	"people met", "persons met", "people interviewed", "persons interviewed",
	"stakeholders interviewed", "stakeholders met", "personnes rencontrées",
	"personnes interrogées", "liste des personnes", "documents reviewed", "documents consulted",
	"documents consultés", "liste des documents", "theory of change", "théorie du changement",
	"results framework", "cadre de résultats", "logical framework", "cadre logique", "logframe",
	"work plan", "workplan", "plan de travail", "inception report", "rapport initial",
}

// chapterEndQualifiers are words that may open such a heading: "Key lessons", "Main
// conclusions", "Principaux enseignements", "Emerging good practices".
var chapterEndQualifiers = []string{"key ", "main ", "emerging ", "other ", "summary of ", "principaux ",
	"principales ", "autres ", "the "}

// chapterEndRe matches the heading of a part that follows a report's recommendations: its
// number ("7.", "VII.", "Annex 2:") then one of chapterEnds, after a qualifier.
var chapterEndRe = func() *regexp.Regexp {
	quote := func(list []string) string {
		q := make([]string, len(list))
		for i, w := range list {
			q[i] = regexp.QuoteMeta(w)
		}
		return strings.Join(q, "|")
	}
	return regexp.MustCompile(`(?i)^(?:\d{1,2}\.?\s*|[IVX]{1,4}\.\s*)?(?:(?:` + quote(chapterEndQualifiers) + `)\s*)?(?:` + quote(chapterEnds) + `)`)
}()

// namesChapterEnd reports a heading of a part that follows the recommendations, numbered as a
// chapter ("7. Lessons learned") or as a section of a joined chapter ("3.1 Conclusions" under
// "3. Conclusions and recommendations").
func namesChapterEnd(text string) bool {
	return chapterEndRe.MatchString(text) || chapterEndRe.MatchString(strings.TrimSpace(text[len(recChapterNumberRe.FindString(text)):]))
}

// groupHeadRe matches a lettered group of recommendations: "A - COMMUNICATION", "B. Data".
var groupHeadRe = regexp.MustCompile(`^([A-H])\s*[-–—.:)]\s+\S`)

// addresseeRe matches the line that names whom the recommendations below it address: "For
// IOM Management:", "For the Donor", "Pour le Gouvernement :"; group 1 is the addressee.
var addresseeRe = regexp.MustCompile(`^(?:For|Pour|To|À l['’]attention d[eu])\s+(?:the\s+|l[ae]\s+|l['’]\s*|les\s+)?([^.;:]{2,80}?)\s*:?\s*$`)

// bulletRe matches a bullet that opens a list item; group 1 is the rest.
var bulletRe = regexp.MustCompile(`^[•▪●■◦‣·*–—-]\s*(\S.*)$`)

// sheetFurnitureRe matches a page number left at the start of a block ("Page 35 sur 53 ").
var sheetFurnitureRe = regexp.MustCompile(`^(?:Page|Página)\s+\d{1,4}\s+(?:of|sur|de)\s+\d{1,4}\s+`)

// chapter is the state of findRecommendationChapters within one chapter.
type chapter struct {
	head      string // the chapter's heading
	caps      bool   // the heading is in capitals: the chapter ends at the next such heading
	numbered  bool   // the heading is numbered ("10. Recommendations")
	label     bool   // the heading is a label ("RECOMMENDATION:", "Recommendations:") after a finding or lesson: any heading ends it
	listed    bool   // a numbered or lettered recommendation was read: plain paragraphs are its elaboration
	addressee string // the units the current recommendations address
	group     string // the current lettered group ("A")
	last      int    // handle of the last numbered recommendation, for its sub-points
	lastOpen  bool   // the last item's words stop mid-sentence
	// lastRec is the handle of the chapter's last recommendation, numbered or not, whose
	// labelled lines ("Priority: High") may follow it; 0 after a heading.
	lastRec int
	// headline is true while the last recommendation is a numbered headline set as a heading
	// ("1. Accredit the two remaining courses"): the plain paragraphs below elaborate it.
	headline bool
	lastNum  int // the number of the last numbered headline; 0 before the first
	// keyActions counts the key actions read under the last recommendation after a "Key
	// actions:" label; -1 when no such label opened a list.
	keyActions int
	// mixed is true when the heading names a part of prose beside the recommendations
	// ("Conclusions and recommendations", a parliamentary committee's closing list, "Lessons
	// learned and recommendations"): an entry is a recommendation only when it recommends
	// (chapter.recommends), the others are conclusions or lessons.
	mixed bool
	// adviceOnly is true in a mixed chapter that a recommendations section follows ("3.
	// Conclusions and recommendations" over "3.2 Recommendations"): its conclusions' "should"
	// is advice, and only an entry that says it recommends is a recommendation.
	adviceOnly bool
}

// responseVerdictRe finds a sentence that gives a verdict on the recommendation it answers:
// "The Government partially accepts this recommendation", "The Department does not agree with
// the recommendation", "The Administration accepted the recommendation", "Le Gouvernement
// accepte cette recommandation".
var responseVerdictRe = regexp.MustCompile(`(?i)\b(?:accept(?:s|ed)?|agree[sd]?(?: with)?|support(?:s|ed)?|reject(?:s|ed)?|notes|noted|(?:does|did) not (?:accept|agree with|support)|accepte|rejette|retient|ne retient pas|n['’]accepte pas)\b[^.;]{0,30}\b(?:this|the|that|these|cette|la|ces) (?:recommendations?|recommandations?)\b`)

// responseSentence returns the response that the first sentence of a paragraph gives
// (responseVerdictRe), read by normalize.ParseResponse; nil when it gives none.
func responseSentence(text string) *normalize.Response {
	first := firstSentence(strings.TrimSpace(text))
	if !responseVerdictRe.MatchString(first) {
		return nil
	}
	if v := normalize.ParseResponse(first); v != nil && v.Value != normalize.ResponseUnknown {
		return v
	}
	return nil
}

// recSectionAfter reports whether the heading of a recommendations section that is not itself
// mixed ("3.2 Recommendations") follows block i.
func (d *detector) recSectionAfter(i int) bool {
	for _, b := range d.doc.Blocks[i+1:] {
		t := strings.TrimSpace(b.Text)
		if b.Kind != textlayer.Heading && !(b.Bold && len(t) < 60 && b.Kind != textlayer.Table) {
			continue
		}
		if h, ok := parseRecChapterHead(t); ok && !h.mixed {
			return true
		}
	}
	return false
}

// recommends reports whether an entry of a mixed chapter is a recommendation rather than a
// conclusion (see chapter.mixed).
func (ch *chapter) recommends(text string) bool {
	if ch.adviceOnly {
		return recommendsRe.MatchString(firstSentence(text))
	}
	return isDirective(text)
}

// paraRefRe matches the reference to the paragraph of the report that an entry of a list of
// conclusions and recommendations repeats: "(Paragraph 23)", "(Paragraphs 4 and 5)",
// "(Paras 12–14)", "(paragraphe 8)". It is the list's pointer, not the entry's words.
var paraRefRe = regexp.MustCompile(`\s*\((?i:paragraphs?|paras?\.?|paragraphes?)\s+\d[\d.,–\- ]*(?:(?:and|et|to|à)\s+\d[\d.]*)?\)\s*$`)

// findRecommendationChapters reports the recommendations listed in a report's
// recommendations chapter ("RECOMMENDATIONS", "10. Recommendations", "KEY RECOMMENDATIONS",
// "Recommandations clés"): numbered paragraphs ("1. Enhance ..."), bullets, and the bullet
// rows of a list the text layer read as a table, under criterion subheadings, lettered groups
// ("A - COMMUNICATION") and addressee lines ("For IOM Management:"), whose units become the
// responsible of the recommendations below them. Lettered sub-points ("a.", "b.") and bullets
// under a numbered recommendation are part of its text. Blocks already reported (headed
// recommendations) are skipped.
//
// The chapter ends at a heading of a following chapter (lessons, conclusions, annexes), at the
// next heading of its own level (capitals after a heading in capitals, a numbered heading after
// a numbered one), or, for a plain heading, at any heading but a lettered group or a short
// subheading that a list item follows.
func (d *detector) findRecommendationChapters() {
	var ch *chapter
	blocks := d.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		text := strings.TrimSpace(sheetFurnitureRe.ReplaceAllString(b.Text, ""))
		isHead := b.Kind == textlayer.Heading || (b.Bold && len(text) < 60 && b.Kind != textlayer.Table)
		if rh, ok := parseRecChapterHead(text); isHead && ok {
			ch = &chapter{head: text, caps: isCaps(text), numbered: leadNumberRe.MatchString(text) || chapterNumRe.MatchString(text),
				label: strings.HasSuffix(text, ":"), keyActions: -1, mixed: rh.mixed, adviceOnly: rh.mixed && d.recSectionAfter(i)}
			if rh.addressee != "" {
				ch.addressee = rh.addressee
			}
			continue
		}
		if !isHead && !d.claimed[i] && b.Kind != textlayer.Table {
			if m := recLabelRe.FindStringSubmatch(text); m != nil {
				// "Recommendation: Future projects should ..." after a finding or a lesson
				d.chapterItem(i, b.Page, "", m[1], &chapter{})
				d.claimed[i] = true
				continue
			}
		}
		if ch == nil {
			continue
		}
		if isHead && addresseeRe.MatchString(text) {
			isHead = false // "For IOM Management:" set in bold
		}
		if isHead {
			h := d.chapterHeadline(i, text, ch)
			if h > 0 {
				ch.last, ch.lastOpen, ch.headline = h, false, true
				d.claimed[i] = true
				continue
			}
			if h < 0 {
				// a conclusion of a mixed list set as a heading: no item, and the list goes on
				ch.last, ch.lastOpen, ch.headline = 0, false, false
				continue
			}
			ch.headline = false
			if ch.ends(text) && !d.headsList(i) {
				ch = nil
				continue
			}
			ch.addressee, ch.last, ch.lastOpen, ch.lastRec = "", 0, false, 0
			if m := groupHeadRe.FindStringSubmatch(text); m != nil {
				ch.group = m[1]
			}
			continue
		}
		if d.claimed[i] {
			continue
		}
		if b.Kind == textlayer.Table {
			if b.Table != nil && ch.lastRec > 0 && d.applyLabelTable(&d.found[ch.lastRec-1].item, b.Table) {
				// a numbered recommendation's own label | value table ("Responsible unit(s) |
				// MIGRANT", "Priority | High")
				d.claimed[i] = true
				ch.lastOpen = false
				continue
			}
			if b.Table != nil && d.chapterTable(i, b.Table, ch) {
				d.claimed[i] = true
			}
			continue
		}
		d.chapterLine(i, b.Page, text, ch)
	}
}

// chapterNumRe matches a chapter number before a heading's words: "10 Recommendations".
var chapterNumRe = regexp.MustCompile(`^(?:\d{1,2}|[IVX]{1,4})[.\s]`)

// ends reports whether a heading closes the chapter.
func (ch *chapter) ends(text string) bool {
	switch {
	case namesChapterEnd(text), ch.label:
		return true
	case groupHeadRe.MatchString(text):
		return false
	case ch.caps:
		return isCaps(text)
	case ch.numbered:
		return chapterNumRe.MatchString(text) && !subNumberRe.MatchString(text)
	}
	return true
}

// headsList reports whether the short heading at block i is a subheading of a recommendations
// chapter: up to three words ("Relevance", "Gender and inclusion") directly followed by a list item, a
// numbered paragraph, an addressee line or a directive sentence (a list item whose bullet the
// text layer lost).
func (d *detector) headsList(i int) bool {
	blocks := d.doc.Blocks
	if len(strings.Fields(blocks[i].Text)) > 3 || namesChapterEnd(blocks[i].Text) || i+1 >= len(blocks) ||
		romanChapterRe.MatchString(blocks[i].Text) {
		return false // "II. Introduction" opens a chapter of the report, never a subheading
	}
	next := blocks[i+1]
	if next.Kind == textlayer.Table {
		return next.Table != nil && len(next.Table.Rows) > 0 && isMarkerCell(expandCells(next.Table.Rows[0], 0)[0])
	}
	t := strings.TrimSpace(next.Text)
	return bulletRe.MatchString(t) || numberedParaRe.MatchString(t) || addresseeRe.MatchString(t) || isDirective(t)
}

// romanChapterRe matches a heading numbered as a chapter of a UN report: "I. Introduction".
var romanChapterRe = regexp.MustCompile(`^[IVX]{1,4}\.\s+\S`)

// subNumberRe matches a numbered subheading: "10.1 Policy".
var subNumberRe = regexp.MustCompile(`^\d{1,2}\.\d`)

// isCaps reports whether s has letters and none of them is lower-case.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// chapterLine reads one paragraph of a recommendations chapter. It reports whether the line
// was a recommendation, a part of one or an addressee.
func (d *detector) chapterLine(bi, page int, text string, ch *chapter) bool {
	if text == "" {
		return false
	}
	if m := addresseeRe.FindStringSubmatch(text); m != nil {
		ch.addressee, ch.last, ch.lastOpen = m[1], 0, false
		d.claimed[bi] = true
		return true
	}
	if ch.last > 0 && len(text) < 60 && keyActionLabelRe.MatchString(text) {
		// "Key actions:" under a recommendation: the list below is its action items
		ch.keyActions = 0
		d.claimed[bi] = true
		return true
	}
	if ch.keyActions >= 0 && ch.last > 0 && !numberedParaRe.MatchString(text) && addresseeRe.FindString(text) == "" {
		if bm := bulletRe.FindStringSubmatch(text); bm != nil || isDirective(text) {
			if bm != nil {
				text = bm[1]
			}
			d.chapterKeyAction(bi, page, text, ch)
			d.claimed[bi] = true
			return true
		}
	}
	ch.keyActions = -1
	if responseHeadRe.MatchString(text) {
		return false // "Management response: Accepted. ...": an answer, left to the commitment finder
	}
	if ch.lastRec > 0 && recFieldRe.MatchString(text) && d.applyRecFields(&d.found[ch.lastRec-1].item, text) {
		// "Responsible units: ...", "Priority: High", "Time implication: Short term" as lines
		// of their own under a numbered recommendation: the ILO's evaluation report template
		ch.lastOpen = false
		d.claimed[bi] = true
		return true
	}
	if aboutRecommendations(text) {
		return false // "The evaluation makes the following four recommendations, which should ..."
	}
	if strings.HasSuffix(strings.TrimRight(text, " \"”»)"), "?") {
		return false // a question (an evaluation question, a rhetorical one) asks, it does not recommend
	}
	if m := numberedParaRe.FindStringSubmatch(text); m != nil && m[1] != "" {
		m[3] = paraRefRe.ReplaceAllString(m[3], "")
		if ch.mixed && !ch.recommends(m[3]) {
			// a conclusion of the list: no item, and no sub-point of the recommendation above
			ch.last, ch.lastOpen = 0, false
			return false
		}
		ch.listed = true
		for _, part := range splitRunOnNumbers(m[1], m[3]) {
			ch.last = d.chapterItem(bi, page, part.num, part.text, ch)
		}
		ch.lastOpen = !endsSentence(text)
		d.claimed[bi] = true
		return true
	}
	sub := numberedParaRe.FindStringSubmatch(text)
	if bm := bulletRe.FindStringSubmatch(text); bm != nil || (sub != nil && sub[2] != "") || letteredPointRe.MatchString(text) {
		if ch.last > 0 {
			// a sub-point of the numbered recommendation above: part of its text
			it := &d.found[ch.last-1].item
			it.Text += " " + text
			d.claimed[bi] = true
			ch.lastOpen = !endsSentence(text)
			return true
		}
		if bm != nil && ch.mixed && !ch.recommends(bm[1]) {
			return false // a bulleted conclusion of a mixed chapter, as a numbered one
		}
		if bm != nil {
			d.chapterItem(bi, page, "", bm[1], ch)
			ch.lastOpen = !endsSentence(text)
			d.claimed[bi] = true
			return true
		}
		if m := letteredRecRe.FindStringSubmatch(text); m != nil && (!ch.mixed || ch.recommends(m[2])) {
			// a lettered list of recommendations ("a. Inscrire ...", "b) Nommer ...")
			d.chapterItem(bi, page, m[1], m[2], ch)
			ch.listed = true
			ch.lastOpen = !endsSentence(text)
			d.claimed[bi] = true
			return true
		}
		return false
	}
	if v := responseSentence(text); v != nil && ch.headline && ch.last > 0 && !d.doc.Blocks[bi].Bold {
		// "The Government partially accepts this recommendation. It will ...": a government's
		// response under the recommendation it answers, whose promises stay running text
		if it := &d.found[ch.last-1].item; it.Response == nil {
			it.Response = v
		}
		return false
	}
	if ch.headline && ch.last > 0 && !d.doc.Blocks[bi].Bold {
		// a plain paragraph that elaborates a numbered headline
		d.extendItem(ch.last, text)
		d.claimed[bi] = true
		return true
	}
	if ch.lastOpen && startsLower(text) && len(d.found) > 0 {
		it := &d.found[len(d.found)-1].item
		it.Text += " " + text
		d.claimed[bi] = true
		ch.lastOpen = !endsSentence(text)
		return true
	}
	if m := recShortNumberRe.FindStringSubmatch(text); m != nil && isDirective(m[2]) {
		// "R1. Strengthen ...": a recommendation numbered with its letter
		ch.listed = true
		ch.last = d.chapterItem(bi, page, strings.ReplaceAll(m[1], " ", ""), m[2], ch)
		ch.lastOpen = !endsSentence(text)
		d.claimed[bi] = true
		return true
	}
	if _, units := cutColonAddressee(text); !ch.listed && units != nil {
		// "PARDEV: Develop a resource mobilization strategy ...": an item of a bulleted list
		// whose bullets the page drew, led by its addressee
		d.chapterItem(bi, page, "", text, ch)
		ch.lastOpen = false
		d.claimed[bi] = true
		return true
	}
	if !ch.listed && isDirective(text) {
		// an item of a list whose marks the text layer lost (bullets drawn as graphics)
		d.chapterItem(bi, page, "", text, ch)
		ch.lastOpen = false
		d.claimed[bi] = true
		return true
	}
	return false
}

// aboutRecsRe finds the words with which a report speaks of its recommendations rather than
// making one: "makes the following four recommendations", "the recommendations below are
// addressed to", "formule les recommandations suivantes".
var aboutRecsRe = regexp.MustCompile(`(?i)\b(?:makes?|made|presents?|sets? out|offers?|formulates?|proposes?|lists?|contains?|summari[sz]es?|groups?)\b[^.;]{0,60}\brecommendations\b|\b(?:following|these|above|below|present)\s+(?:\S+\s+){0,2}recommendations\b|\brecommendations\s+(?:below|above|that follow|which follow|are (?:addressed|presented|listed|set out|grouped|based|made|numbered))|\b(?:formule|présente|propose|contient)\b[^.;]{0,60}\brecommandations\b|\brecommandations\s+(?:suivantes|ci-dessous|ci-après|sont (?:adressées|présentées|formulées|regroupées))`)

// aboutRecommendations reports whether the first sentence of a paragraph speaks of the
// recommendations it introduces: the chapter's introduction, not a recommendation, whatever
// its number or its modal.
func aboutRecommendations(text string) bool {
	if m := numberedParaRe.FindStringSubmatch(text); m != nil {
		text = m[3]
	}
	return aboutRecsRe.MatchString(firstSentence(text))
}

// chapterKeyAction records an action of the list a "Key actions:" label opens under the
// chapter's last recommendation: an action item whose parent is that recommendation, numbered
// by the recommendation's number and its rank ("1.2"), as management-response forms number
// key actions (see findKeyActionLists).
func (d *detector) chapterKeyAction(bi, page int, text string, ch *chapter) {
	ch.keyActions++
	it := normalize.Item{Kind: normalize.KindActionItem, Text: strings.TrimSpace(text), Due: d.keyActionDue(text)}
	if n := d.found[ch.last-1].item.Number; n != nil {
		it.Number = normalize.Ptr(*n + "." + itoa(ch.keyActions))
	}
	if page > 0 {
		it.Page = normalize.Ptr(page)
	}
	d.setParent(d.add(bi, 0, it), ch.last)
}

// chapterHeadline reads a numbered recommendation that a recommendations chapter sets as a
// heading of its own, a bold headline that plain paragraphs elaborate ("1. Accredit the two
// remaining courses", the form of briefs and abridged evaluations; UNEG's summary template
// prints recommendations so). The heading must state an order (isOrder) and continue the
// chapter's numbering from 1, which tells it from the next chapter's numbered heading ("7.
// Annexes"). It returns the recommendation's handle, or 0 when the heading is not one.
//
// In a mixed chapter (conclusions and recommendations in one list) a numbered conclusion set
// so gives -1: it keeps its place in the numbering and the chapter goes on.
func (d *detector) chapterHeadline(bi int, text string, ch *chapter) int {
	m := numberedParaRe.FindStringSubmatch(text)
	if m == nil || m[1] == "" || chapterEndRe.MatchString(m[3]) || atoi(m[1]) != ch.lastNum+1 {
		return 0
	}
	words := paraRefRe.ReplaceAllString(m[3], "")
	var recommends bool
	if ch.mixed {
		recommends = ch.recommends(words)
	} else {
		recommends = opensWithOrder(words) || modalRe.MatchString(words) || recommendsRe.MatchString(firstSentence(words))
	}
	if len(strings.Fields(words)) < 4 {
		return 0
	}
	if !recommends {
		if ch.mixed {
			ch.lastNum++ // a conclusion of the list keeps its place in the numbering
			return -1
		}
		return 0
	}
	m[3] = words
	ch.lastNum++
	ch.listed = true
	return d.chapterItem(bi, d.doc.Blocks[bi].Page, m[1], strings.TrimSpace(m[3]), ch)
}

// extendItem adds words to the text of the item with the given handle, and gives it the
// deadline they state when it has none.
func (d *detector) extendItem(h int, text string) {
	it := &d.found[h-1].item
	it.Text += " " + strings.TrimSpace(text)
	if it.Due == nil {
		it.Due = d.ownDue(it.Text)
	}
}

// recLabelRe matches the label of the recommendation a paragraph states, at its start or after
// a sentence (a lesson or finding, then "Recommendation: Future projects should ..."),
// "RECOMMANDATION : ..."; group 1 is the recommendation's words, to the paragraph's end.
var recLabelRe = regexp.MustCompile(`(?:^|[.;!?]\s+)(?:RECOMMENDATIONS?|Recommendations?|RECOMMANDATIONS?|Recommandations?)\s*:\s*(\S.{19,})$`)

// letteredPointRe matches a lettered or roman-numbered sub-point: "a. The development of ...",
// "iii) Keep a roster ...".
var letteredPointRe = regexp.MustCompile(`^(?:[a-z]|[ivx]{2,5})[.)]\s+\S`)

// letteredRecRe splits a lettered or roman-numbered recommendation: group 1 is its letter or
// numeral, group 2 its words.
var letteredRecRe = regexp.MustCompile(`^([a-z]|[ivx]{2,5})[.)]\s+(\S.*)$`)

// chapterTable reads the rows of a list that the text layer read as a table: "▪ | words" and
// "3. | words" rows are recommendations, a row that spans the table or holds "For IOM | Management:" is a
// subheading or an addressee. It reports false, reading nothing, when the table is not such a
// list.
func (d *detector) chapterTable(bi int, t *textlayer.TableData, ch *chapter) bool {
	if m := newTableModel(t); m != nil && !m.headerless {
		if m.followsUp() {
			return false // a table with units, dates, priority or response columns: the table finders'
		}
		if m.col(roleRec) >= 0 {
			// a header that names a recommendations column: its other columns decide who
			// reads it, even when a number column makes its rows look like a numbered list
			return d.chapterColumnTable(bi, t, ch)
		}
	}
	bullets := 0
	for _, r := range t.Rows {
		cells := expandCells(r, t.Columns)
		if len(cells) >= 2 && isMarkerCell(cells[0]) {
			bullets++
		}
	}
	if bullets == 0 || bullets*2 < len(t.Rows) {
		return d.chapterColumnTable(bi, t, ch)
	}
	for ri, r := range t.Rows {
		cells := expandCells(r, t.Columns)
		var words []string
		for _, c := range cells {
			if c != "" {
				words = append(words, c)
			}
		}
		text := strings.Join(words, " ")
		switch {
		case text == "":
		case isMarkerCell(cells[0]):
			num := strings.TrimRight(cells[0], ".)")
			if strings.Trim(num, "•▪●■◦‣·*–—- ") == "" {
				num = ""
			}
			d.chapterItemAt(bi, ri, r.Page, num, strings.Join(words[1:], " "), ch)
			ch.lastOpen = !endsSentence(text)
		case addresseeRe.MatchString(text):
			ch.addressee = addresseeRe.FindStringSubmatch(text)[1]
		case cells[0] == "" && ch.lastOpen && len(d.found) > 0:
			it := &d.found[len(d.found)-1].item
			it.Text += " " + text
			ch.lastOpen = !endsSentence(text)
		case groupText(r, cells) != "":
			ch.addressee = "" // a criterion subheading
		}
	}
	return true
}

// chapterColumnTable reads a table of a recommendations chapter whose header names a
// recommendations column and nothing that follows it up ("No. | Recommendation", "Niveau |
// Recommandations", a level or area column spanning several rows): each row's cell in that
// column is a recommendation, numbered by a number column or by the number the cell opens with.
// A table with units, priority, dates, status or response columns is left to
// findRecommendationTables and findTables. It reports false, reading nothing, for any other
// table.
func (d *detector) chapterColumnTable(bi int, t *textlayer.TableData, ch *chapter) bool {
	m := newTableModel(t)
	if m == nil || m.headerless {
		return false
	}
	textCol, numberCol := m.col(roleRec), m.col(roleNumber)
	if textCol < 0 {
		return false
	}
	for c, role := range m.roles {
		if c != textCol && c != numberCol && role != roleOther {
			return false
		}
	}
	for ri, r := range m.body {
		cells := expandCells(r, m.cols)
		text := strings.TrimSpace(cellAt(cells, textCol))
		if text == "" || groupText(r, cells) != "" {
			continue
		}
		num, words := splitNumber(text)
		if n := strings.TrimRight(cellAt(cells, numberCol), "."); n != "" {
			num = n
		}
		if num == "" && startsLower(words) && len(d.found) > 0 && ch.lastOpen {
			// a recommendation's words continued in the next row
			it := &d.found[len(d.found)-1].item
			it.Text += " " + words
			ch.lastOpen = !endsSentence(words)
			continue
		}
		d.chapterItemAt(bi, ri, r.Page, num, words, ch)
		ch.listed = num != "" || ch.listed
		ch.lastOpen = !endsSentence(words)
	}
	return true
}

// isMarkerCell reports a cell that holds only a list mark: a bullet or a number ("3.", "3)").
func isMarkerCell(c string) bool {
	c = strings.TrimSpace(c)
	return c != "" && (strings.Trim(c, "•▪●■◦‣·*–—- ") == "" || markerNumberRe.MatchString(c))
}

var markerNumberRe = regexp.MustCompile(`^\d{1,2}[.)]?$`)

// chapterItem records a recommendation of a chapter and returns its handle.
func (d *detector) chapterItem(bi, page int, num, text string, ch *chapter) int {
	return d.chapterItemAt(bi, 0, page, num, text, ch)
}

func (d *detector) chapterItemAt(bi, off, page int, num, text string, ch *chapter) int {
	it := normalize.Item{Kind: normalize.KindRecommendation, Text: strings.TrimSpace(text)}
	if num != "" {
		it.Number = normalize.Ptr(num)
	}
	if page > 0 {
		it.Page = normalize.Ptr(page)
	}
	words, labels := cutLabelTail(it.Text)
	it.Text = words
	// the item's own addressee, else the one its addressee line or heading names
	if words, units := cutAddressee(it.Text); units != nil {
		it.Text, it.Responsible = words, units
	} else if ch.addressee != "" {
		it.Responsible = splitUnitList(ch.addressee)
	}
	if labels != "" {
		d.applyRecFields(&it, labels)
	}
	it.Due = d.ownDue(it.Text)
	ch.lastRec = d.add(bi, off, it)
	return ch.lastRec
}

// numberedPart is one numbered recommendation of a paragraph.
type numberedPart struct{ num, text string }

// splitRunOnNumbers splits a paragraph that holds several numbered recommendations run
// together by the text layer ("8. Develop activities ... 9. Provide training ..."): a number
// one above the last, followed by a capital, after a space.
func splitRunOnNumbers(num, text string) []numberedPart {
	var out []numberedPart
	n := atoi(num)
	for {
		next := itoa(n + 1)
		k := findNumberMark(text, next)
		if k < 0 {
			break
		}
		out = append(out, numberedPart{itoa(n), strings.TrimSpace(text[:k])})
		text = text[k+len(next)+2:]
		n++
	}
	return append(out, numberedPart{itoa(n), strings.TrimSpace(text)})
}

// findNumberMark returns the offset of " N. X" in text, X a capital letter, or -1.
func findNumberMark(text, n string) int {
	mark := " " + n + ". "
	for off := 0; ; {
		k := strings.Index(text[off:], mark)
		if k < 0 {
			return -1
		}
		k += off
		rest := text[k+len(mark):]
		if r := []rune(rest); len(r) > 0 && unicode.IsUpper(r[0]) {
			return k + 1
		}
		off = k + 1
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}
