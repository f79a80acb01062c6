package pdftext

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSortGlyphsStable: the keyed sort puts glyphs in the order of slices.SortStableFunc on
// the same keys, ties and NaN included, whatever the order they arrive in.
func TestSortGlyphsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	glyphs := func(xs ...float64) []Glyph {
		gs := make([]Glyph, len(xs))
		for i, x := range xs {
			gs[i] = Glyph{Text: strconv.Itoa(i), X0: x}
		}
		return gs
	}
	random := func(n, distinct int) []Glyph {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = float64(rng.IntN(distinct))
		}
		return glyphs(xs...)
	}
	signed := func(n int) []Glyph {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = math.Round(rng.NormFloat64()*1000) / 10
		}
		xs[n/2] = math.Copysign(0, -1)
		return glyphs(xs...)
	}
	tests := []struct {
		name string
		gs   []Glyph
	}{
		{"empty", nil},
		{"one", glyphs(3)},
		{"sorted", glyphs(1, 2, 2, 3, 5)},
		{"reversed", glyphs(5, 4, 3, 2, 1)},
		{"ties", glyphs(2, 1, 2, 1, 2, 1)},
		{"NaN and zeros", glyphs(1, math.NaN(), 0, math.Copysign(0, -1), math.NaN(), -1)},
		{"nearly sorted", glyphs(1, 2, 4, 3, 5, 6, 8, 7, 9)},
		{"random with ties", random(500, 40)},
		{"random distinct", random(300, 1<<30)},
		{"short random", random(40, 10)},
		{"random signed", signed(400)},
		{"negative and positive", glyphs(3, -2, -0.5, 7, -1e300, math.Inf(1), math.Inf(-1), 0, -2, 1e-300, -1e-300)},
	}
	key := func(g Glyph) float64 { return g.X0 }
	texts := func(gs []Glyph) []string {
		var s []string
		for _, g := range gs {
			s = append(s, g.Text)
		}
		return s
	}
	var s glyphSorter
	for _, tt := range tests {
		want := slices.Clone(tt.gs)
		slices.SortStableFunc(want, func(a, b Glyph) int { return cmp.Compare(key(a), key(b)) })
		got := slices.Clone(tt.gs)
		s.sortStable(got, key)
		assert.Equal(t, texts(want), texts(got), tt.name)
	}
}

// TestIsSpace: the ASCII fast path answers as strings.TrimSpace does.
func TestIsSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "\t\n\v\f\r ", "\u00a0", " \u00a0", "a\u00a0", "\u2003", "\u0085", "é", "\x00", "\x1f", "\xff"} {
		assert.Equal(t, strings.TrimSpace(s) == "", isSpace(s), "isSpace(%q)", s)
	}
}
