package changes

import (
	"cmp"
	"context"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"gbtrack/normalize"
)

// Bounds of the similarity pass of match, so that Compare's time and memory stay bounded
// whatever the number of items and the length of their texts.
const (
	// sigWords is how many words of a text its signature keeps: the ones with the smallest
	// hashes (a bottom-k sketch), so that two long texts are compared on a sample drawn the same
	// way from both.
	sigWords = 256
	// maxSimilarityPairs is how many pairs of texts one Compare may score; a document whose
	// leftover items would need more keeps them as removed and new.
	maxSimilarityPairs = 250_000
	// minSimilarity is the Dice coefficient of two texts' word signatures above which a removed
	// and a new item of one document and kind are taken for the same item reworded.
	minSimilarity = 0.6
)

// pair is an old item matched with a new one whose id differs.
type pair struct {
	old, new int    // indices into match's arguments
	how      string // "" (same key, the document's id root changed), KindMoved or KindReworded
}

// match pairs items of old and new that lost their id between two runs, within one document
// (doc field) and kind, in three passes, each taking the items in their order:
//
//  1. the same key after the id's root (ROOT#KIND-KEY): the document's bytes changed, so its
//     content-rooted ids did, but not the item's number or text;
//  2. the same text, case and spacing aside: the item was renumbered or moved (KindMoved);
//  3. similar texts (Dice coefficient of their word signatures at least minSimilarity), best
//     pairs first: the item was reworded, and its text-hash id with it (KindReworded).
func match(ctx context.Context, old, new []normalize.Item) ([]pair, error) {
	usedOld := make([]bool, len(old))
	usedNew := make([]bool, len(new))
	var out []pair
	byKey := func(key func(normalize.Item) string, how string) {
		queue := map[string][]int{}
		for j, n := range new {
			if k := key(n); !usedNew[j] && k != "" {
				queue[k] = append(queue[k], j)
			}
		}
		for i, o := range old {
			k := key(o)
			if usedOld[i] || k == "" || len(queue[k]) == 0 {
				continue
			}
			j := queue[k][0]
			queue[k] = queue[k][1:]
			usedOld[i], usedNew[j] = true, true
			out = append(out, pair{i, j, how})
		}
	}
	// Pass 1 pairs by key, and keeps the pair only when the texts are alike: a renumbered
	// recommendation keeps its key ("#recommendation-8") on another text.
	byKey(func(it normalize.Item) string {
		if k := idKey(it); k != "" {
			return it.Doc + "\x00" + k
		}
		return ""
	}, "")
	kept := out[:0]
	for _, p := range out {
		o, n := old[p.old], new[p.new]
		if o.Text == n.Text || dice(signature(o.Text), signature(n.Text)) >= minSimilarity {
			kept = append(kept, p)
		} else {
			usedOld[p.old], usedNew[p.new] = false, false
		}
	}
	out = kept
	byKey(func(it normalize.Item) string {
		return it.Doc + "\x00" + it.Kind + "\x00" + strings.Join(strings.Fields(strings.ToLower(it.Text)), " ")
	}, KindMoved)

	// Pass 3, per document and kind.
	type group struct{ old, new []int }
	groups := map[string]*group{}
	var order []string
	add := func(doc, kind string) *group {
		k := doc + "\x00" + kind
		g, ok := groups[k]
		if !ok {
			g = &group{}
			groups[k] = g
			order = append(order, k)
		}
		return g
	}
	for i, o := range old {
		if !usedOld[i] && strings.TrimSpace(o.Text) != "" {
			g := add(o.Doc, o.Kind)
			g.old = append(g.old, i)
		}
	}
	for j, n := range new {
		if !usedNew[j] && strings.TrimSpace(n.Text) != "" {
			g := add(n.Doc, n.Kind)
			g.new = append(g.new, j)
		}
	}
	budget := maxSimilarityPairs
	type scored struct {
		old, new int
		sim      float64
	}
	for _, k := range order {
		g := groups[k]
		if len(g.old) == 0 || len(g.new) == 0 || len(g.old)*len(g.new) > budget {
			continue
		}
		budget -= len(g.old) * len(g.new)
		newSigs := make([][]uint64, len(g.new))
		for b, j := range g.new {
			newSigs[b] = signature(new[j].Text)
		}
		var cands []scored
		for _, i := range g.old {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			so := signature(old[i].Text)
			for b, j := range g.new {
				if s := dice(so, newSigs[b]); s >= minSimilarity {
					cands = append(cands, scored{i, j, s})
				}
			}
		}
		slices.SortStableFunc(cands, func(a, b scored) int {
			return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.old, b.old), cmp.Compare(a.new, b.new))
		})
		for _, c := range cands {
			if !usedOld[c.old] && !usedNew[c.new] {
				usedOld[c.old], usedNew[c.new] = true, true
				out = append(out, pair{c.old, c.new, KindReworded})
			}
		}
	}
	return out, nil
}

// idKey is the part of an item's id from "#KIND-" on, "" when the id has no such part.
func idKey(it normalize.Item) string {
	if i := strings.LastIndex(it.ID, "#"+it.Kind+"-"); i >= 0 {
		return it.ID[i:]
	}
	return ""
}

// signature is the sorted hashes of a text's distinct words (letters and digits, lower-cased),
// at most sigWords of them: the smallest.
func signature(text string) []uint64 {
	var sig []uint64
	h := fnv.New64a()
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		h.Reset()
		h.Write([]byte(strings.ToLower(w)))
		sig = append(sig, h.Sum64())
	}
	slices.Sort(sig)
	sig = slices.Compact(sig)
	return sig[:min(len(sig), sigWords)]
}

// dice is the Dice coefficient 2|A∩B|/(|A|+|B|) of two sorted signatures; 0 when both are empty.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
