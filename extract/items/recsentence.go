package items

import (
	"regexp"
	"strings"
	"unicode"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// A recommendation is, in the genre's language, a directive sentence: it tells someone what to
// do. Evaluation reports and briefs print it in one of two forms (UNEG and IOM evaluation
// guidance use both):
//
//	modal      = subject ("The project team", "Partners") + should | must | needs to | ought to |
//	             is encouraged to | devrait | devraient | doit | doivent | il convient de | ...
//	imperative = a verb in its base form opening the sentence: "Shorten the time ...", "Budget
//	             coaching ...", and in French an infinitive: "Inscrire au budget ...".
//
// isDirective tells such a sentence from the prose around it (a finding, a conclusion, a
// constraint, a question, a lead-in), so that a recommendations chapter whose list marks the
// text layer lost (bullets drawn as graphics) still yields its recommendations. It is a
// sentence test with a small feature set, not a list of verbs: the first word must be able to
// be a verb (not a function word, not a plural or past form), the second must not be a finite
// verb or a participle, and the sentence must end as a sentence, not as a lead-in or question.

// modalRe finds the modal verbs of a recommendation.
var modalRe = regexp.MustCompile(`(?i)\b(?:should|must|needs? to|ought to|(?:is|are) (?:encouraged|invited|advised|recommended) to|it is recommended|devrai(?:en)?t|doi(?:ven)?t|devr(?:a|ont)|il (?:convient|est recommandé|faut)|(?:est|sont) (?:invitée?s?|encouragée?s?) à)\b`)

// recommendsRe finds the third form, in which the body that recommends is the subject and the
// verb is "recommend" in the present (the French subjects are bounded by a space or an
// apostrophe: RE2's \b is ASCII and fails before "é"): "We recommend that the Government ...", "The Committee
// recommends that ...", "Le Comité recommande que ...", "Nous recommandons de ...". It is the form of
// parliamentary committees (Westminster and its offshoots) and of oversight bodies. The past
// ("the Board recommended that") reports a recommendation made elsewhere and is read by
// audit.go where the genre prints it so.
var recommendsRe = regexp.MustCompile(`(?i)\b(?:we|committee|inspectors?|board|panel|commission|evaluation|evaluators?|review|team|mission|auditors?|oios)\s+(?:(?:also|therefore|further|furthermore|strongly|again)\s+)?recommends?\s+(?:that|to)\b|(?:^|[\s'’])(?:nous recommandons|(?:comité|commission|mission|équipe|évaluation|inspecteurs?)\s+(?:(?:également|donc)\s+)?recommande(?:nt)?)\s+(?:que|qu['’]|de|d['’]|à)`)

// nonVerbs are the words that open a sentence of description rather than an order, in English
// and French: articles, pronouns, determiners, numerals ("Five recommendations are made."),
// prepositions, conjunctions and sentence adverbs.
var nonVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those it its their there they we our
		he she his her one two three some all most many each every any no none such other both
		in on at for to with by of from as into during after before since while when where if
		although though because however overall moreover also finally first firstly second
		secondly third thirdly furthermore therefore thus hence yet but and or nor not only
		le la les un une des du de ce cet cette ces il elle ils elles on nous leur leurs son sa
		ses notre nos dans sur pour par avec en au aux lors depuis pendant si lorsque quand mais
		et ou donc ainsi toutefois cependant enfin également aussi selon plusieurs chaque tous
		toutes tout certains certaines aucun aucune four five six seven eight nine ten eleven
		twelve several various deux trois quatre cinq sept huit neuf dix onze douze`) {
		nonVerbs[w] = true
	}
}

// finiteVerbs are the finite forms that, as a sentence's second word, show its first word is a
// subject: "Staff were trained", "Training is".
var finiteVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`is are was were has have had will would can could may might
		do does did shall est sont était étaient ont avait avaient sera seront peut peuvent`) {
		finiteVerbs[w] = true
	}
}

// isDirective reports whether the paragraph s reads as a recommendation: it ends as a
// sentence (a full stop or a semicolon, not a lead-in colon or a question mark), and its first
// sentence holds a modal of recommendation or opens with a verb in the imperative or the
// infinitive. Only the first sentence counts: a paragraph that introduces a list ("The
// recommendations summarized here are detailed below. Each is an action that IOM should
// undertake.") names a modal only later.
func isDirective(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 20 || len(s) > 1200 || !endsSentence(s) || strings.HasSuffix(s, "?") {
		return false
	}
	first := firstSentence(s)
	if modalRe.MatchString(first) || recommendsRe.MatchString(first) {
		return true
	}
	return opensWithOrder(first)
}

// firstSentence returns s up to the end of its first sentence: a full stop, question or
// exclamation mark followed by a space and a capital.
func firstSentence(s string) string {
	r := []rune(s)
	for i := 0; i+2 < len(r); i++ {
		if (r[i] == '.' || r[i] == '?' || r[i] == '!') && r[i+1] == ' ' && unicode.IsUpper(r[i+2]) {
			return string(r[:i+1])
		}
	}
	return s
}

// opensWithOrder reports whether s opens with a word that can be a verb in the imperative or the
// infinitive: capitalized, not a function word, not a plural or third-person form ("Partners",
// "Provides"), not a past or present participle, and not followed by a finite verb or a
// participle ("Staff trained by ...", "Training is ...").
func opensWithOrder(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 {
		return false
	}
	first := strings.Trim(words[0], `"'“”‘’«»,;:()`)
	r := []rune(first)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false // an acronym or a name: "IOM", "McKinsey"
		}
	}
	lw := strings.ToLower(first)
	if nonVerbs[lw] {
		return false
	}
	if strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") {
		return false
	}
	if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "é") || strings.HasSuffix(lw, "ée") {
		return false
	}
	// A noun of quality or state opens a finding, never an order: "Sustainability remains
	// uncertain", "Coordination was weak", "Ownership by the constituents grew". (The
	// suffixes that also end verbs, "-ment", "-ance", "-ence", are left out: "Implement",
	// "Enhance", "Influence".)
	for _, suf := range []string{"ity", "tion", "ness", "ism", "ship"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	second := strings.ToLower(strings.Trim(words[1], `"'“”‘’«»,;:()`))
	if finiteVerbs[second] || strings.HasSuffix(second, "ed") && !strings.HasSuffix(second, "eed") {
		return false
	}
	return true
}

// reportParaNumberRe matches the number a report's paragraph opens with: "5. ", "3.41 ".
var reportParaNumberRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3})*\.?\s+`)

// recommenderSubjects are the words that may stand before recommendsRe's subject at the start of
// a paragraph: "We recommend", "The Committee recommends", "Le Comité recommande", "L'équipe
// recommande" (whose apostrophe the French form's match takes, leaving "l").
var recommenderSubjects = map[string]bool{"": true, "the": true, "le": true, "la": true, "l": true, "l'": true, "l’": true, "les": true}

// findRecommendingParagraphs reports the paragraphs of running text that open by recommending
// (recommendsRe: "5. We recommend that the Government amend ...", "The Committee recommends
// that ..."), as a parliamentary committee or an oversight body makes its recommendations in
// the body of its report. A paragraph cut by a change of style (the recommendation set in bold
// after its plain number) goes on in the blocks that start in lower case. The paragraph's number
// is not the recommendation's, so the item has none; a list of recommendations that repeats it
// with its number (a recommendations chapter) is merged with it (mergeRepeats). Blocks already
// reported are skipped.
func (d *detector) findRecommendingParagraphs() {
	blocks := d.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if d.claimed[i] || b.Kind != textlayer.Paragraph {
			continue
		}
		text := strings.TrimSpace(b.Text)
		body := text[len(reportParaNumberRe.FindString(text)):]
		loc := recommendsRe.FindStringIndex(firstSentence(body))
		if loc == nil || !recommenderSubjects[strings.ToLower(strings.TrimSpace(body[:loc[0]]))] || aboutRecommendations(body) {
			continue
		}
		last := i
		for last+1 < len(blocks) && last-i < 3 && !endsSentence(body) {
			nb := blocks[last+1]
			if d.claimed[last+1] || nb.Kind != textlayer.Paragraph || !startsLower(strings.TrimSpace(nb.Text)) {
				break
			}
			body += " " + strings.TrimSpace(nb.Text)
			last++
		}
		if !endsSentence(body) {
			continue
		}
		it := normalize.Item{Kind: normalize.KindRecommendation, Text: body, Due: d.ownDue(body)}
		if b.Page > 0 {
			it.Page = normalize.Ptr(b.Page)
		}
		d.add(i, 0, it)
		for k := i; k <= last; k++ {
			d.claimed[k] = true
		}
		i = last
	}
}
