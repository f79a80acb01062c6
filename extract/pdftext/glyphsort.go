package pdftext

import (
	"math"
	"slices"
)

// glyphKey is a glyph's sort key, mapped to an unsigned integer of the same order, and its
// index before sorting.
type glyphKey struct {
	key uint64
	at  int32
}

// glyphSorter sorts a page's glyphs by a float key; it keeps its buffers from one call to the
// next.
type glyphSorter struct {
	keys, tmp []glyphKey
}

// orderedBits maps f to an unsigned integer whose order is the order cmp.Compare gives floats:
// NaN below everything, -0 equal to +0.
func orderedBits(f float64) uint64 {
	if f != f {
		return 0
	}
	if f == 0 {
		f = 0 // -0 sorts as +0
	}
	b := math.Float64bits(f)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

// insertionMax is the length up to which sortStable sorts by insertion rather than by radix.
const insertionMax = 48

// sortStable sorts gs by key(g) ascending, glyphs of equal keys kept in their order: the order
// slices.SortStableFunc with cmp.Compare of the keys gives. It sorts the keys and indexes (16
// bytes without pointers: a least-significant-digit radix sort, stable by construction, or an
// insertion sort for a short line) and then moves each glyph once, in place. A merge sort of
// the 80-byte glyphs, which hold strings, paid a write barrier for every move and took a tenth
// of the layout analysis.
func (s *glyphSorter) sortStable(gs []Glyph, key func(Glyph) float64) {
	keys := slices.Grow(s.keys[:0], len(gs))
	sorted := true
	for i, g := range gs {
		k := orderedBits(key(g))
		if i > 0 && k < keys[i-1].key {
			sorted = false
		}
		keys = append(keys, glyphKey{k, int32(i)})
	}
	s.keys = keys
	if sorted {
		return
	}
	if len(keys) <= insertionMax {
		for i := 1; i < len(keys); i++ {
			k := keys[i]
			j := i
			for j > 0 && keys[j-1].key > k.key {
				keys[j] = keys[j-1]
				j--
			}
			keys[j] = k
		}
	} else {
		s.radix()
	}
	permuteGlyphs(gs, s.keys)
}

// permuteGlyphs moves the glyph at keys[j].at to position j, for every j, in place; keys must
// hold a permutation of the indexes of gs. It follows each cycle of the permutation once,
// marking a placed position by pointing it at itself.
func permuteGlyphs(gs []Glyph, keys []glyphKey) {
	for i := range keys {
		if int(keys[i].at) == i {
			continue
		}
		first, j := gs[i], i
		for {
			from := int(keys[j].at)
			keys[j].at = int32(j)
			if from == i {
				gs[j] = first
				break
			}
			gs[j] = gs[from]
			j = from
		}
	}
}

// radix sorts s.keys by key, stably, a byte at a time from the lowest; it skips the bytes all
// keys share (the sign and exponent of glyphs on one page mostly).
func (s *glyphSorter) radix() {
	keys := s.keys
	if cap(s.tmp) < len(keys) {
		s.tmp = make([]glyphKey, len(keys))
	}
	tmp := s.tmp[:len(keys)]
	var differ uint64
	for _, k := range keys {
		differ |= k.key ^ keys[0].key
	}
	for shift := uint(0); shift < 64; shift += 8 {
		if (differ>>shift)&0xff == 0 {
			continue
		}
		var count [257]int
		for _, k := range keys {
			count[(k.key>>shift)&0xff+1]++
		}
		for b := 1; b < 257; b++ {
			count[b] += count[b-1]
		}
		for _, k := range keys {
			d := (k.key >> shift) & 0xff
			tmp[count[d]] = k
			count[d]++
		}
		keys, tmp = tmp, keys
	}
	s.keys, s.tmp = keys, tmp
}
