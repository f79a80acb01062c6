package items

import (
	"sort"
	"strings"
	"unicode"

	"gbtrack/normalize"
)

// mergeRepeats reports a recommendation that a document prints twice (in its executive summary
// and again in its recommendations chapter, or in a summary table and in the text) once: where
// it is stated most fully, with what the other printing adds (its number, units, deadline,
// response). A reader counts it once; so do the report and every figure.
//
// Two recommendations are the same when at least 80% of the distinct words of the shorter one
// occur in the other, the shorter has at least six words, and their numbers, where both are
// printed, agree; or when they have the same words (at least eight), no third recommendation
// has them and other recommendations lie between them, whatever their numbers: a summary numbers
// the recommendations it repeats on its own (it leaves some out, or starts again under each
// group: "B - ...: 1. Explore ..." for the chapter's "2. Explore ..."). The fuller printing is the
// one with more fields stated, then more words, then the later one (a summary comes before the chapter it sums up). Items that named a dropped
// printing as their parent name the kept one.
func (d *detector) mergeRepeats() {
	var recs []int
	words := map[int]map[string]bool{}
	for i, f := range d.found {
		if f.item.Kind != normalize.KindRecommendation {
			continue
		}
		w := wordSet(f.item.Text)
		if len(w) < 6 {
			continue
		}
		recs = append(recs, i)
		words[i] = w
	}
	if len(recs) < 2 {
		return
	}
	printings := map[string]int{} // word-set key -> recommendations with those words
	for _, i := range recs {
		printings[wordKey(words[i])]++
	}
	into := map[int]int{} // dropped index -> the index it was merged into
	kept := func(i int) int {
		for {
			k, ok := into[i]
			if !ok {
				return i
			}
			i = k
		}
	}
	for x, i := range recs {
		for y, j := range recs[x+1:] {
			a, b := kept(i), kept(j)
			// twins are printed apart (other recommendations between them), not as two
			// points of one list that share their words
			twins := y > 0 && len(words[a]) >= 8 && wordKey(words[a]) == wordKey(words[b]) && printings[wordKey(words[a])] == 2
			if a == b || !twins && !sameRecommendation(&d.found[a].item, &d.found[b].item, words[a], words[b]) {
				continue
			}
			keep, drop := a, b
			if fuller(d.found[b], d.found[a]) {
				keep, drop = b, a
			}
			absorb(&d.found[keep].item, d.found[drop].item)
			into[drop] = keep
		}
	}
	if len(into) == 0 {
		return
	}
	newHandle := make([]int, len(d.found)) // old index -> new handle (1-based)
	out := d.found[:0:0]
	for i, f := range d.found {
		if _, dropped := into[i]; dropped {
			continue
		}
		out = append(out, f)
		newHandle[i] = len(out)
	}
	for k := range out {
		if p := out[k].parent; p > 0 {
			out[k].parent = newHandle[kept(p-1)]
		}
	}
	d.found = out
}

// sameRecommendation reports whether a and b are two printings of one recommendation.
func sameRecommendation(a, b *normalize.Item, wa, wb map[string]bool) bool {
	if a.Number != nil && b.Number != nil && *a.Number != *b.Number {
		return false
	}
	small, large := wa, wb
	if len(wb) < len(wa) {
		small, large = wb, wa
	}
	shared := 0
	for w := range small {
		if large[w] {
			shared++
		}
	}
	return shared*5 >= len(small)*4
}

// fuller reports whether printing a states its recommendation more fully than b.
func fuller(a, b found) bool {
	if fa, fb := statedFields(&a.item), statedFields(&b.item); fa != fb {
		return fa > fb
	}
	if la, lb := len(strings.Fields(a.item.Text)), len(strings.Fields(b.item.Text)); la != lb {
		return la > lb
	}
	if a.block != b.block {
		return a.block > b.block
	}
	return a.offset > b.offset
}

func statedFields(it *normalize.Item) int {
	n := 0
	for _, stated := range []bool{len(it.Responsible) > 0, it.Due != nil, it.Response != nil, it.Status != nil,
		it.Priority != nil, it.TimeImplication != nil, it.ResourceImplication != nil} {
		if stated {
			n++
		}
	}
	return n
}

// absorb gives it what the other printing states and it does not: its number and deadline,
// and the fields a sub-recommendation inherits (inheritFields).
func absorb(it *normalize.Item, other normalize.Item) {
	if it.Number == nil {
		it.Number = other.Number
	}
	if it.Due == nil {
		it.Due = other.Due
	}
	inheritFields(it, &other)
}

// wordKey is a word set as one string: its words sorted, space-separated.
func wordKey(w map[string]bool) string {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

// wordSet is the set of the words of s, lower-cased, letters and digits only.
func wordSet(s string) map[string]bool {
	w := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w[f] = true
	}
	return w
}
