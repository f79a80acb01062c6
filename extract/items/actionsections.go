package items

import (
	"regexp"
	"strings"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// actionSectionRe matches the heading of a section that lists actions one an item, as work
// plans, work-package sheets (the UN80 Initiative's) and implementation plans print them:
// "Actions", "Key actions", "Planned actions", "Deliverables", "Actions and timeline",
// "Actions clés", "Mesures prévues", numbered or not. "Next steps" and "Activities" are left
// out: reports use them for narrative.
var actionSectionRe = regexp.MustCompile(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[IVX]{1,4}\.\s+)?(?:key |main |planned |proposed |priority |agreed |specific )?(?:actions?|deliverables|actions? cl[ée]s|actions? pr[ée]vues|mesures(?: pr[ée]vues)?|livrables)(?: and (?:timelines?|milestones|deliverables)| et (?:calendrier|échéances))?\s*:?$`)

// actionPointRe matches a list item's marker: a number ("1.", "2)") or a bullet; group 1 is the
// number, empty for a bullet; group 2 the item's words.
var actionPointRe = regexp.MustCompile(`^(?:(\d{1,2})[.)]|[•▪●■◦‣·*–—-])\s+(\S.*)$`)

// findActionSections reports the actions listed under an actions heading (actionSectionRe), up
// to the next heading: each item of a numbered or bulleted list is an action item, numbered as
// printed, with the time it names as its due. Where the text layer lost the bullets (a PDF that
// draws them as shapes), plain paragraphs count only when every one of them is a single short
// sentence that names a time ("Agree on a common service catalogue (Q2 2026)."), so that a
// narrative under such a heading stays running text. A table under the heading is left to
// findTables.
func (d *detector) findActionSections() {
	blocks := d.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == textlayer.Table || d.claimed[i] || !isSectionHead(b) || !actionSectionRe.MatchString(strings.TrimSpace(b.Text)) {
			continue
		}
		j := i + 1
		for j < len(blocks) && blocks[j].Kind == textlayer.Paragraph && !d.claimed[j] && !isSectionHead(blocks[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		marked := true
		for k := i + 1; k < j; k++ {
			marked = marked && actionPointRe.MatchString(blocks[k].Text)
		}
		if !marked {
			for k := i + 1; k < j; k++ {
				if !isDatedActionLine(blocks[k].Text) || d.keyActionDue(blocks[k].Text) == nil {
					j = i + 1
					break
				}
			}
		}
		for k := i + 1; k < j; k++ {
			nb := blocks[k]
			it := normalize.Item{Kind: normalize.KindActionItem, Text: strings.TrimSpace(nb.Text)}
			if m := actionPointRe.FindStringSubmatch(nb.Text); m != nil {
				it.Text = m[2]
				if m[1] != "" {
					it.Number = normalize.Ptr(m[1])
				}
			}
			if nb.Page > 0 {
				it.Page = normalize.Ptr(nb.Page)
			}
			it.Due = d.keyActionDue(it.Text)
			d.add(k, 0, it)
			d.claimed[k] = true
		}
		i = j - 1
	}
}

// isSectionHead reports a block that heads a section: a heading, or a short bold line.
func isSectionHead(b textlayer.Block) bool {
	return b.Kind == textlayer.Heading || (b.Bold && len(b.Text) < 60)
}

// isDatedActionLine reports a paragraph that reads as one item of a list whose markers were
// lost: one sentence of at most 40 words.
func isDatedActionLine(text string) bool {
	t := strings.TrimSpace(text)
	if len(strings.Fields(t)) > 40 {
		return false
	}
	body := strings.TrimRight(t, ".;")
	for k := 0; k+2 < len(body); k++ {
		if body[k] == '.' && body[k+1] == ' ' && body[k+2] >= 'A' && body[k+2] <= 'Z' {
			return false
		}
	}
	return true
}
