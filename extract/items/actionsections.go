package items

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
// draws them as shapes), plain paragraphs count only when every sentence of them is short and
// names a time ("Agree on a common service catalogue (Q2 2026)."), so that a narrative under
// such a heading stays running text; each such sentence is an item, also when the text layer
// joined two items' lines into one paragraph. A table under the heading is left to
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
		// lines[k] are the items block k holds: itself when its marker was printed, else its
		// sentences, each an item of a list whose markers were lost (and whose lines the
		// text layer may have joined into one paragraph).
		lines := map[int][]string{}
		for k := i + 1; k < j; k++ {
			if marked {
				lines[k] = []string{blocks[k].Text}
				continue
			}
			for _, sent := range actionSentences(blocks[k].Text) {
				if len(strings.Fields(sent)) > maxActionWords || d.keyActionDue(sent) == nil {
					j = i + 1
					break
				}
				lines[k] = append(lines[k], sent)
			}
		}
		for k := i + 1; k < j; k++ {
			nb := blocks[k]
			for n, line := range lines[k] {
				it := normalize.Item{Kind: normalize.KindActionItem, Text: strings.TrimSpace(line)}
				if m := actionPointRe.FindStringSubmatch(line); m != nil {
					it.Text = m[2]
					if m[1] != "" {
						it.Number = normalize.Ptr(m[1])
					}
				}
				if nb.Page > 0 {
					it.Page = normalize.Ptr(nb.Page)
				}
				it.Due = d.keyActionDue(it.Text)
				d.add(k, n, it)
			}
			d.claimed[k] = true
		}
		i = j - 1
	}
}

// isSectionHead reports a block that heads a section: a heading, or a short bold line.
func isSectionHead(b textlayer.Block) bool {
	return b.Kind == textlayer.Heading || (b.Bold && len(b.Text) < 60)
}

// maxActionWords bounds an action read from a list whose markers were lost: longer is a
// narrative sentence.
const maxActionWords = 40

// actionSentences splits a paragraph of a list whose markers were lost into its items, one a
// sentence: a sentence ends at a full stop, a semicolon or a question mark followed by a space
// and a capital ("... d'ici à la fin de 2026. Mettre en service ..."), as a list item's line
// does. A paragraph of one sentence is one item.
func actionSentences(text string) []string {
	t := strings.TrimSpace(text)
	var out []string
	start := 0
	for k := 0; k+2 < len(t); k++ {
		if t[k] != '.' && t[k] != ';' && t[k] != '?' || t[k+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[k+2:])
		if !unicode.IsUpper(r) {
			continue
		}
		out = append(out, strings.TrimSpace(t[start:k+1]))
		start = k + 2
	}
	return append(out, strings.TrimSpace(t[start:]))
}
