package render

import (
	"strings"

	"gbtrack/changes"
)

// drawChanges lists the changes by document, one block a change: its kind and the item (linked
// to its entry when the item is still in the report), then what changed. A reworded text is
// shown as a word diff, deleted words struck through in red and inserted words underlined in
// green, so that the marks read without colour too.
func (rd *renderer) drawChanges() error {
	r := rd.r
	if !r.HasChanges {
		return nil
	}
	rd.section("changes", "Changes since the previous run")
	if len(r.Changes) == 0 {
		rd.para(fBody, 0, "Nothing changed since the previous run.", 0, "")
		return nil
	}
	titles := map[string]string{}
	for _, d := range r.ByDoc {
		titles[d.ID] = docHeading(d)
	}
	const ind = 4.0
	for i, c := range r.Changes {
		if err := rd.check(); err != nil {
			return err
		}
		if i == 0 || c.Doc != r.Changes[i-1].Doc {
			title, ok := titles[c.Doc]
			if !ok {
				title = docHeading(DocSection{ID: c.Doc})
			}
			rd.gap(2)
			rd.ensure(lineH(sizeBody)*4 + 4)
			rd.para(fBold, 0, title, 0, "")
			rd.gap(1)
		}
		link := 0
		if j, ok := rd.byID[c.ID]; ok {
			link = rd.itemLinks[j]
		}
		rd.ensure(lineH(sizeMeta) * 3)
		rd.labelled(ind, changeLabel(c.Kind)+":", c.ID, link, "")
		if c.Kind == changes.KindTextChanged {
			rd.diffPara(ind+labelW, changes.WordDiff(c.Old, c.New))
		} else {
			rd.para(fMeta, ind+labelW, changes.Summary(c), 0, "")
		}
		rd.gap(1.5)
	}
	return nil
}

// diffWord is a word of a word diff with the op it belongs to.
type diffWord struct {
	text string
	op   changes.Op
}

// diffPara draws a word diff as running text wrapped to the body width less indent, each word
// styled by its op.
func (rd *renderer) diffPara(indent float64, ops []changes.DiffOp) {
	p := rd.pdf
	rd.use(fMeta)
	cm := p.GetCellMargin()
	avail := bodyW - indent - 2*cm
	space := p.GetStringWidth(" ")
	lh := lineH(sizeMeta)

	// Fill lines greedily; a word wider than a whole line is broken like wrapText does.
	var lines [][]diffWord
	var cur []diffWord
	curW := 0.0
	for _, o := range ops {
		for _, w := range strings.Fields(printable(o.Text)) {
			for _, piece := range splitOverwide(p, w, avail+2*cm) {
				pw := p.GetStringWidth(piece)
				if len(cur) > 0 && curW+space+pw > avail {
					lines = append(lines, cur)
					cur, curW = nil, 0
				}
				if len(cur) > 0 {
					curW += space
				}
				cur = append(cur, diffWord{piece, o.Op})
				curW += pw
			}
		}
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}

	for _, line := range lines {
		rd.ensure(lh)
		x := marginL + indent + cm // where the next word's ink starts
		y := p.GetY()
		for k := 0; k < len(line); {
			// A run of words with the same op is drawn as one cell.
			end := k + 1
			for end < len(line) && line[end].op == line[k].op {
				end++
			}
			words := make([]string, 0, end-k)
			for _, w := range line[k:end] {
				words = append(words, w.text)
			}
			run := strings.Join(words, " ")
			rd.diffStyle(line[k].op)
			w := p.GetStringWidth(run)
			p.SetXY(x-cm, y)
			rd.cell(w+2*cm, lh, run, "", 0, "L", false, 0, "")
			x += w + space
			k = end
		}
		rd.diffStyle(changes.Equal)
		p.SetXY(marginL, y+lh)
	}
}

// diffStyle sets the face and colour of a diff op. The decorations are font styles in fpdf
// ("S" strikes out, "U" underlines), so they go through SetFont rather than use's cache.
func (rd *renderer) diffStyle(op changes.Op) {
	p := rd.pdf
	switch op {
	case changes.Delete:
		p.SetFont(famText, "S", sizeMeta)
		p.SetTextColor(180, 30, 30)
	case changes.Insert:
		p.SetFont(famText, "U", sizeMeta)
		p.SetTextColor(20, 120, 40)
	default:
		p.SetFont(famText, "", sizeMeta)
		p.SetTextColor(0, 0, 0)
	}
	rd.cur = font{} // the cache no longer knows what is set
}

func changeLabel(k string) string {
	switch k {
	case changes.KindNew:
		return "New"
	case changes.KindRemoved:
		return "Removed"
	case changes.KindStatusChanged:
		return "Status"
	case changes.KindDueChanged:
		return "Deadline"
	case changes.KindNewlyOverdue:
		return "Now overdue"
	case changes.KindTextChanged:
		return "Text"
	case changes.KindMoved:
		return "Moved"
	case changes.KindReworded:
		return "Reworded"
	}
	return k
}
