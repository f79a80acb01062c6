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
	handle := make([]int, len(d.found)) // position in sorted order -> handle (1-based)
	for i := range handle {
		handle[i] = i + 1
	}
	sort.SliceStable(handle, func(i, j int) bool {
		a, b := d.found[handle[i]-1], d.found[handle[j]-1]
		if a.block != b.block {
			return a.block < b.block
		}
		return a.offset < b.offset
	})
	sorted := make([]found, len(handle))
	for i, h := range handle {
		sorted[i] = d.found[h-1]
	}
	numbered := map[string]int{} // kind+number -> how many items carry it
	for _, f := range sorted {
		if f.item.Number != nil && f.item.Kind != normalize.KindCommitment {
			numbered[f.item.Kind+"\x00"+*f.item.Number]++
		}
	}
	seen := map[string]int{}
	used := map[string]bool{}
	out := make([]normalize.Item, 0, len(sorted))
	idOf := make(map[int]string, len(sorted)) // handle -> id
	for k, f := range sorted {
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
		idOf[handle[k]] = id
		out = append(out, it)
	}
	for k, f := range sorted {
		if f.parent != 0 {
			if pid, ok := idOf[f.parent]; ok {
				out[k].Parent = normalize.Ptr(pid)
			}
		}
	}
	return out
}
