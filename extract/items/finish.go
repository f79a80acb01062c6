package items

import (
	"fmt"
	"sort"

	"gbtrack/normalize"
)

// finish orders the items as they stand in the document and gives each a stable id: the
// document id, the kind, and the item's number (or its paragraph and rank for commitments). The
// same document gives the same ids on every run, whatever else the run reads.
func (d *detector) finish() []normalize.Item {
	sort.SliceStable(d.found, func(i, j int) bool {
		if d.found[i].block != d.found[j].block {
			return d.found[i].block < d.found[j].block
		}
		return d.found[i].offset < d.found[j].offset
	})
	numbered := map[string]int{} // kind+number -> how many items carry it
	for _, f := range d.found {
		if f.item.Number != nil && f.item.Kind != normalize.KindCommitment {
			numbered[f.item.Kind+"\x00"+*f.item.Number]++
		}
	}
	seen := map[string]int{}
	used := map[string]bool{}
	out := make([]normalize.Item, 0, len(d.found))
	for _, f := range d.found {
		it := f.item
		var key string
		switch {
		case it.Kind == normalize.KindCommitment && it.Paragraph != nil:
			key = "para" + *it.Paragraph
		case it.Kind == normalize.KindCommitment && it.Page != nil:
			key = fmt.Sprintf("p%d", *it.Page)
		case it.Kind == normalize.KindCommitment:
			key = "html"
		case it.Number != nil:
			key = *it.Number
		default:
			key = "row"
		}
		base := d.docID + "#" + it.Kind + "-" + key
		seen[base]++
		id := base
		if it.Kind == normalize.KindCommitment || key == "row" || numbered[it.Kind+"\x00"+key] > 1 {
			id = fmt.Sprintf("%s.%d", base, seen[base])
		}
		for used[id] {
			id += "+"
		}
		used[id] = true
		it.ID = id
		out = append(out, it)
	}
	return out
}
