package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
)

// An evaluation's terms of reference print the evaluators' own calendar as a table that looks
// like an action plan ("Tasks | Timeframe | Deliverable": "Desk review | May 2023 | Inception
// report"). Its rows are the evaluation team's steps, not commitments of the Office or of
// management, so such a table gives no items. Two signs tell it, either one enough:
//   - the title the table stands under names an evaluation's work plan, schedule or terms of
//     reference ("Work plan of the evaluation", "Evaluation timeline", "Chronogramme de
//     l'évaluation", "Annex 1. Terms of reference");
//   - most of its rows name the stages and products of an evaluation (inception report, desk
//     review, data collection, field mission, debriefing, draft and final report), the steps
//     that UNEG's and the agencies' evaluation guidance give every terms of reference.

// calendarTitleRe matches a title that names an evaluation's own calendar or its terms of
// reference, in English and in French.
var calendarTitleRe = regexp.MustCompile(`(?i)\b(?:terms of reference|termes de r[ée]f[ée]rence|(?:work ?plan|schedule|timeline|timetable|time ?frame|calendar|chronogramme|calendrier|plan de travail|d[ée]roulement)\s+(?:of|for|de|du)\s+(?:the\s+|l['’]\s*|la\s+)?(?:evaluation|[ée]valuation|review|assignment|consultancy|mission|study|[ée]tude)|(?:evaluation|review|assignment)\s+(?:work ?plan|schedule|timeline|timetable|calendar))\b`)

// evaluationStageRe matches the name of a stage or product of an evaluation.
var evaluationStageRe = regexp.MustCompile(`(?i)\b(?:inception (?:report|phase|meeting)|desk (?:review|study|phase)|data collection|field ?work|field (?:mission|visits?|phase)|debriefing|(?:draft|final|zero) (?:evaluation )?report|validation workshop|kick-?off meeting|rapport (?:de d[ée]marrage|initial|provisoire|final|pr[ée]liminaire)|collecte (?:des|de) donn[ée]es|revue documentaire|mission de terrain|atelier de (?:restitution|validation)|note de cadrage)\b`)

// isEvaluationCalendar reports whether the table of block bi, read as m, is an evaluation's
// own calendar: under a title that names one (up to three blocks up, past an introductory
// sentence), or with at least two rows, and half of its rows, that name an evaluation's stages.
func (d *detector) isEvaluationCalendar(bi int, m *tableModel) bool {
	for k, seen := bi-1, 0; k >= 0 && seen < 3; k-- {
		b := d.doc.Blocks[k]
		if b.Kind == textlayer.Table {
			break
		}
		seen++
		if calendarTitleRe.MatchString(lastLine(b.Text)) && (b.Kind == textlayer.Heading || len(lastLine(b.Text)) < 80) {
			return true
		}
		if b.Kind == textlayer.Heading {
			break
		}
	}
	stages, rows := 0, 0
	for _, r := range m.body {
		cells := expandCells(r, m.cols)
		if _, ok := onlyCell(cells); ok {
			continue
		}
		rows++
		if evaluationStageRe.MatchString(strings.Join(cells, " | ")) {
			stages++
		}
	}
	return stages >= 2 && 2*stages >= rows
}

// lastLine is the last line of a block's text: a title run into the paragraph above it
// ("... from the Evaluation Office.\nAnnex 1. Terms of reference") is its last line.
func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return s
}
