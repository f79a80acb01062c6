package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// numberedResponseRe matches a response that answers a recommendation by its number, as an
// evaluation summary's "Management response" section and a government's response to a
// committee print them: "Recommendation 1: Accepted. The Country Office will ...",
// "Recommendation 3 – Partially accepted", "Recommandation 2 : Acceptée". Group 1 is the
// number, group 2 the verdict and what follows. It is no recommendation of its own.
var numberedResponseRe = regexp.MustCompile(`(?i)^(?:response to )?recomm[ae]ndation\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[:.\-–—]\s*((?:fully |partially |partly |not |non |partiellement )?(?:accepted|agreed|rejected|noted|accept[ée]e?s?|rejet[ée]e?s?)\b.*)$`)

// isNumberedResponse reports whether a block answers a recommendation by its number.
func isNumberedResponse(b textlayer.Block) bool {
	return b.Kind != textlayer.Table && numberedResponseRe.MatchString(strings.TrimSpace(b.Text))
}

// attachNumberedResponses gives each recommendation the response that a later block gives it
// by number ("Recommendation 2: Partially accepted. ..."), where it has none yet. The block
// stays running text: what the response promises is read as commitments.
func (d *detector) attachNumberedResponses() {
	for i, b := range d.doc.Blocks {
		if !isNumberedResponse(b) {
			continue
		}
		m := numberedResponseRe.FindStringSubmatch(strings.TrimSpace(b.Text))
		if h := d.recommendationNumbered(m[1], i); h > 0 && d.found[h-1].item.Response == nil {
			d.found[h-1].item.Response = normalize.ParseResponse(m[2])
		}
	}
}

// recommendationNumbered returns the handle of the last recommendation numbered num that was
// found before block i, 0 when none.
func (d *detector) recommendationNumbered(num string, i int) int {
	for k := len(d.found) - 1; k >= 0; k-- {
		f := &d.found[k]
		if f.block < i && f.item.Kind == normalize.KindRecommendation && f.item.Number != nil && *f.item.Number == num {
			return k + 1
		}
	}
	return 0
}

// numberRefRe matches a table cell that holds only a recommendation's number ("1", "2.", "3.1"):
// a response matrix that refers to recommendations given earlier in the document.
var numberRefRe = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})?[a-z]?)\.?$`)

// trailingFieldsRe matches the fields that close a recommendation in brackets, as evaluation
// summaries print them after its words: "(Addressed to: ILO Country Office, SKILLS; Priority:
// High; Time frame: Short term)". Group 1 is the bracket's inside.
var trailingFieldsRe = regexp.MustCompile(`\s*\(((?i:` + recFieldLabels + `)\s*:[^()]*)\)\.?$`)

// readTrailingFields moves the bracketed fields that end a recommendation's words into its
// fields (units, priority, time and resource implications), where the item has none of them
// yet; the words keep the recommendation alone.
func (d *detector) readTrailingFields() {
	for k := range d.found {
		it := &d.found[k].item
		if it.Kind != normalize.KindRecommendation || len(it.Responsible) > 0 || it.Priority != nil {
			continue
		}
		loc := trailingFieldsRe.FindStringSubmatchIndex(it.Text)
		if loc == nil || loc[0] == 0 {
			continue
		}
		inner := it.Text[loc[2]:loc[3]]
		if !d.applyRecFields(it, strings.ReplaceAll(inner, ";", ".")) {
			continue
		}
		it.Text = strings.TrimSpace(it.Text[:loc[0]])
	}
}
