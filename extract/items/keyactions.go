package items

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
	"gbtrack/normalize"
)

// keyActionLabelRe matches the label that opens a list of key actions in a management-response
// form that is no table: "Key actions:", "Key actions: (Time 1)", "Actions clés :", also at the
// end of a line that holds the label before it ("Management response - accept (Time 1) Key
// actions: (Time 1)"), as the IOM template prints it.
var keyActionLabelRe = regexp.MustCompile(`(?i)(?:^|\s)(?:key actions?|main actions|planned actions|actions? cl[ée]s?|actions? pr[ée]vues?)\s*(?:\(time \d\))?\s*:\s*(?:\(time \d\))?\s*$`)

// keyActionItemRe splits a paragraph into its numbered key actions: "1. Intégrer ... 2. Mettre
// en place ..."; group 1 is the number.
var keyActionItemRe = regexp.MustCompile(`(?:^|\s)(\d{1,2})[.)]\s+`)

// findKeyActionLists reports the numbered key actions that follow a "Key actions:" label in a
// management-response form laid out as labelled blocks rather than a table. Each numbered point
// is an action item under the recommendation the form is about (parent); its number is the
// recommendation's and its rank ("5.2" for the second key action of recommendation 5), as such
// forms number them. The list ends at the next label or unnumbered line.
func (d *detector) findKeyActionLists() {
	blocks := d.doc.Blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == textlayer.Table || d.claimed[i] || len(b.Text) > 160 || !keyActionLabelRe.MatchString(b.Text) {
			continue
		}
		parent := d.recommendationBefore(i)
		prefix := ""
		if parent > 0 {
			if n := d.found[parent-1].item.Number; n != nil {
				prefix = *n + "."
			}
		} else if n := d.recLabelBefore(i); n != "" {
			prefix = n + "."
		}
		want := 1 // the number the next key action must carry
		j := i + 1
		last := 0 // handle of the last key action, which a continuation extends
		for ; j < len(blocks); j++ {
			nb := blocks[j]
			if d.claimed[j] {
				break
			}
			text, lead := nb.Text, false
			switch {
			case nb.Kind == textlayer.Table:
				// A list cut into a "table" by the layout (the wrapped words of two lines
				// read as two columns): its words, in reading order, continue the list.
				if m := newTableModel(nb.Table); m != nil || last == 0 {
					break
				}
				text, lead = tableWords(nb.Table), true
			case unicode.IsLower(firstRune(text)):
				lead = last > 0 // the rest of the point above, after a page break
			}
			if nb.Kind == textlayer.Table && !lead {
				break
			}
			points, before := splitKeyActions(text, want, lead)
			if len(points) == 0 && before == "" {
				break
			}
			d.claimed[j] = true
			if before != "" && last > 0 {
				f := &d.found[last-1].item
				f.Text = strings.TrimSpace(f.Text + " " + before)
				if f.Due == nil {
					f.Due = d.keyActionDue(f.Text)
				}
			}
			for k, p := range points {
				it := normalize.Item{Kind: normalize.KindActionItem, Text: p.text,
					Number: normalize.Ptr(prefix + strconv.Itoa(p.number))}
				if pg := nb.PageAt(p.offset); pg > 0 {
					it.Page = normalize.Ptr(pg)
				}
				it.Due = d.keyActionDue(p.text)
				last = d.add(j, k, it)
				d.setParent(last, parent)
				want = p.number + 1
			}
		}
		d.claimed[i] = true
		i = j - 1
	}
}

// recLabelBefore returns the number of the recommendation label ("Evaluation recommendation #
// 2: (Time 0)") that heads the form a key-action list at block i stands in, when no
// recommendation item was found there; "" when none stands within a few blocks.
func (d *detector) recLabelBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		b := d.doc.Blocks[k]
		if b.Kind == textlayer.Table {
			continue
		}
		if m := recRowRe.FindStringSubmatch(b.Text); m != nil {
			return m[1]
		}
		if keyActionLabelRe.MatchString(b.Text) {
			return "" // the list before ours: its recommendation is not ours
		}
	}
	return ""
}

// keyActionPoint is one numbered key action in a paragraph.
type keyActionPoint struct {
	number int
	text   string
	offset int // byte offset of the point in the paragraph
}

// splitKeyActions returns the numbered points of a paragraph that starts with the number want,
// each point running up to the next number in sequence. With lead set, words before the first
// point are allowed and returned as before (the end of the point above); otherwise a paragraph
// that does not start with want gives nothing.
func splitKeyActions(text string, want int, lead bool) (points []keyActionPoint, before string) {
	var out []keyActionPoint
	for _, m := range keyActionItemRe.FindAllStringSubmatchIndex(text, -1) {
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		if n != want {
			continue
		}
		if len(out) == 0 {
			before = strings.TrimSpace(text[:m[0]])
			if before != "" && !lead {
				return nil, ""
			}
		} else {
			out[len(out)-1].text = strings.TrimSpace(text[out[len(out)-1].offset:m[0]])
		}
		out = append(out, keyActionPoint{number: n, offset: m[1]})
		want++
	}
	if len(out) == 0 {
		if lead {
			return nil, strings.TrimSpace(text)
		}
		return nil, ""
	}
	out[len(out)-1].text = strings.TrimSpace(text[out[len(out)-1].offset:])
	return out, before
}

// tableWords returns the words of a table in reading order, row by row.
func tableWords(t *textlayer.TableData) string {
	var parts []string
	for _, r := range t.Rows {
		if w := r.Words(); w != "" {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// firstRune returns the first letter or sign of s after any spaces.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return r
}

// keyActionDue returns the time of a key action: a date it names, else a time relative to a
// project's phases ("1 à 3 mois après le début de tout projet", "within 6 months of the
// project's start", "avant la fin du projet"), with precision "relative" and no bounds; nil
// when it names none.
func (d *detector) keyActionDue(text string) *normalize.Due {
	for _, m := range normalize.FindTimes(text, d.ref) {
		if m.Due.End != nil && m.Bound != "for" && m.Bound != "since" {
			due := m.Due
			return &due
		}
	}
	if loc := relativePhaseRe.FindStringIndex(text); loc != nil {
		phrase := strings.TrimLeft(text[loc[0]:loc[1]], " ,(")
		return &normalize.Due{Text: strings.TrimSpace(phrase), Precision: normalize.Ptr("relative")}
	}
	return nil
}

// relativePhaseRe matches a time relative to a phase of a project or a process, as action plans
// of evaluations bound their key actions: "3 à 6 mois avant toute phase de conception", "1 – 3
// mois après le début", "à partir du mois 12 après le début", "dans les 3 à 6 mois suivant sa
// clôture", "en amont du démarrage du projet", "avant la fin du projet", "within 6 months of the
// start", "2 weeks after the launch".
var relativePhaseRe = regexp.MustCompile(`(?i)(?:^|[\s,(])(?:\d{1,2}(?:\s*(?:à|–|-|to)\s*\d{1,2})?\s+(?:mois|semaines?|jours?|ans|années?|months?|weeks?|days?|years?)\s+(?:avant|après|suivant|before|after|following|of|from)\s|(?:premier|première|first)\s+(?:mois|semaine|month|week)\s+(?:suivant|après|after|following|of)\s|à partir du mois\s+\d{1,2}|(?:en amont|avant|before|after|après)\s+(?:du|de la|de l’|de l'|le|la|the)\s*(?:démarrage|début|fin|lancement|clôture|finalisation|start|end|launch|closure|completion)\b)[^,;.–]*`)
