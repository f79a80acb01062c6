package items

import (
	"regexp"
	"time"

	"gbtrack/normalize"
)

// A document that makes recommendations (a recommendations chapter, a table of recommendations,
// headed or labelled recommendations) has given its advice a form of its own: the rest of its
// text argues for that advice and reports on the past, as evaluation reports do (UNEG Norms and
// Standards: findings, conclusions, lessons learned, then recommendations). So in such a
// document
//
//   - a sentence whose only obligation is advice ("The ministries should agree on common
//     definitions before 2025", "needs to", "it is important that", "devrait", "il convient
//     de") is the evaluators' reasoning, not a commitment of the Office: the recommendation it
//     leads to is the item;
//   - an expectation told in the past tense ("The project was expected to reach 2,000 workers
//     by 2022") is the plan the evaluation judges, not a commitment, whatever the report's date;
//   - a deadline that had passed when the document was dated belongs to a plan written before
//     it (the annexed terms of reference: "The evaluation team will submit the inception report
//     by 15 March 2025" in a report of June 2025), which the report carries out or judges.
//
// A document with no recommendations keeps such sentences as commitments: with no other form
// for its advice, a dated "should" is what it asks for (a board paper's "the report should be
// submitted by March 2026"). Binding verbs ("will", "shall", "must", "is expected to", "plans
// to") keep a sentence a commitment in any document.

// adviceRe finds the modal of advice in a sentence.
var adviceRe = regexp.MustCompile(`(?i)\b(?:should|ought to|needs? to|it is (?:important|essential|necessary|advisable|recommended) (?:that|to)|devrai(?:en)?t|il (?:convient|est (?:important|essentiel|nécessaire|recommandé)|faudrait|faut)\b)`)

// bindingRe finds a verb that binds its subject in the present or the future: a commitment
// whatever the document.
var bindingRe = regexp.MustCompile(`(?i)\b(?:will|shall|must|won't|(?:is|are|am) (?:expected|requested|required|scheduled|due|planned|committed|invited|to)\b|plans? to|intends? to|undertakes? to|commits? to|agreed to|va|vont|doit|doivent|devra|devront|s['’]engage|prévoit de|est prévue?s?)\b`)

// pastExpectationRe finds an expectation told in the past tense: "was expected to", "were to",
// "was supposed to", "had planned to", "devait", "était prévu".
var pastExpectationRe = regexp.MustCompile(`(?i)\b(?:was|were) (?:expected|supposed|meant|planned|scheduled|due|required|requested|to)\b|\bhad (?:planned|intended|committed|undertaken|agreed) to\b|\bdevai(?:en)?t\b|\bétai(?:en)?t prévue?s?\b`)

// conditionRe finds a condition clause, whose verb binds no one: "if the database is to
// serve the region", "si le fonds doit durer".
var conditionRe = regexp.MustCompile(`(?i)\b(?:if|unless|whether|si|s['’]il|s['’]ils)\b[^,;:]*`)

// dropAdvice removes, in a document that makes recommendations, the commitments that are the
// evaluators' advice, an account of past plans, or a plan whose deadline had passed by the
// document's date (see above).
func (d *detector) dropAdvice() {
	recs := 0
	for _, f := range d.found {
		if f.item.Kind == normalize.KindRecommendation {
			recs++
		}
	}
	if recs == 0 {
		return
	}
	dated := ""
	if !d.ref.IsZero() {
		dated = d.ref.Format(time.DateOnly)
	}
	d.drop(func(f found) bool {
		if f.item.Kind != normalize.KindCommitment {
			return false
		}
		if due := f.item.Due; dated != "" && due != nil && due.End != nil && *due.End < dated {
			return true
		}
		s := f.item.Text
		if bindingRe.MatchString(conditionRe.ReplaceAllString(s, "")) {
			return false
		}
		return adviceRe.MatchString(s) || pastExpectationRe.MatchString(s)
	})
}

// drop removes the items for which gone is true; items that named a removed item as their
// parent name none.
func (d *detector) drop(gone func(found) bool) {
	newHandle := make([]int, len(d.found)) // old index -> new handle (1-based); 0 when removed
	out := d.found[:0:0]
	for i, f := range d.found {
		if gone(f) {
			continue
		}
		out = append(out, f)
		newHandle[i] = len(out)
	}
	if len(out) == len(d.found) {
		return
	}
	for k := range out {
		if p := out[k].parent; p > 0 {
			out[k].parent = newHandle[p-1]
		}
	}
	d.found = out
}
