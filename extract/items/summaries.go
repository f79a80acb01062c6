package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// An evaluation report's executive summary restates its recommendations, often in a few words
// each ("Attract more women to technical trades.") that share too little with the chapter's
// full statement for mergeRepeats to pair them. UNEG's and the ILO's report templates place
// the summary first and the recommendations chapter after the findings; a reader counts the
// recommendations once, as the chapter states them. So when the recommendations found under
// an executive summary are followed, after the summary ends, by at least as many
// recommendations of the report's own chapter, the summary's are restatements and
// dropRestatements removes them, before mergeRepeats, so that the chapter's statement is the
// one kept. A summary with no chapter after it (a brief, an abridged
// version, a report that states its recommendations only in its summary) keeps its own.

// summaryHeadRe matches the heading of an executive summary.
var summaryHeadRe = regexp.MustCompile(`(?i)^(?:executive summary|summary|résumé(?: exécutif| analytique)?|synthèse|sommaire exécutif|abstract)\s*:?$`)

// bodyHeadRe matches the heading of a report's first chapter after its summary: a numbered
// heading, or one of the chapters reports open with.
var bodyHeadRe = regexp.MustCompile(`(?i)^(?:(?:\d{1,2}|[IVX]{1,4})[.\s]\s*\S|chapter\s+\d|chapitre\s+\d|introduction\b|background\b|context\b|contexte\b|findings\b|constats\b|methodology\b|méthodologie\b|evaluation background\b)`)

// summarySpan returns the blocks [from, to) of the document's executive summary, or ok false
// when it has none or it runs to the end of the document.
func (d *detector) summarySpan() (from, to int, ok bool) {
	blocks := d.doc.Blocks
	from = -1
	for i, b := range blocks {
		if b.Kind == textlayer.Table {
			continue
		}
		head := b.Kind == textlayer.Heading || b.Bold && len(b.Text) < 60
		if !head {
			continue
		}
		text := strings.TrimSpace(b.Text)
		switch {
		case from < 0 && summaryHeadRe.MatchString(text):
			from = i
		case from >= 0 && bodyHeadRe.MatchString(text) && !recSectionRe.MatchString(text):
			return from, i, true
		}
	}
	return 0, 0, false
}

// dropRestatements removes the recommendations of an executive summary that restate those of
// a chapter after it (see above).
func (d *detector) dropRestatements() {
	from, to, ok := d.summarySpan()
	if !ok {
		return
	}
	inSummary, after := 0, 0
	for _, f := range d.found {
		if f.item.Kind != normalize.KindRecommendation {
			continue
		}
		switch {
		case f.block >= from && f.block < to:
			inSummary++
		case f.block >= to:
			after++
		}
	}
	if inSummary == 0 || after < inSummary {
		return
	}
	// a restatement close enough to pair gives the chapter's statement what it adds (a
	// summary table's units or deadline)
	for i := range d.found {
		s := &d.found[i]
		if s.item.Kind != normalize.KindRecommendation || s.block < from || s.block >= to {
			continue
		}
		ws := wordSet(s.item.Text)
		for j := range d.found {
			c := &d.found[j]
			if c.item.Kind == normalize.KindRecommendation && c.block >= to && sameRecommendation(&s.item, &c.item, ws, wordSet(c.item.Text)) {
				absorb(&c.item, s.item)
				break
			}
		}
	}
	d.drop(func(f found) bool {
		return f.item.Kind == normalize.KindRecommendation && f.block >= from && f.block < to
	})
}
