package pdftext

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWireGlyphsRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		glyphs []Glyph
	}{
		{name: "none"},
		{name: "one", glyphs: []Glyph{{Text: "a", X0: 1, Y0: 2, X1: 3, Y1: 4, Size: 9, Font: "F", Bold: true}}},
		{name: "fonts come back", glyphs: []Glyph{
			{Text: "A", Font: "Arial-Bold", Bold: true, Size: 12},
			{Text: "b", Font: "Arial"},
			{Text: "c", Font: "Arial-Bold", Bold: true},
			{Text: "d", Font: ""},
		}},
		{name: "texts of every shape", glyphs: []Glyph{
			{Text: "é"}, {Text: "ﬁ"}, {Text: "fi"}, {Text: ""}, {Text: "\uFFFD"}, {Text: "𝔸"}, {Text: "\xff"},
		}},
		{name: "numbers to the bit", glyphs: []Glyph{
			{Text: "x", X0: 0.1, Y0: -0.0, X1: math.MaxFloat64, Y1: math.SmallestNonzeroFloat64, Size: math.Inf(1)},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := wireGlyphs(tt.glyphs).GobEncode()
			require.NoError(t, err)
			var got wireGlyphs
			require.NoError(t, got.GobDecode(b))
			assert.Equal(t, tt.glyphs, []Glyph(got))
		})
	}
}

func TestWireGlyphsMalformed(t *testing.T) {
	good, err := wireGlyphs{{Text: "ab", Font: "F", X0: 1}, {Text: "c", Font: "G"}}.GobEncode()
	require.NoError(t, err)
	tests := []struct {
		name string
		b    []byte
	}{
		{name: "empty", b: nil},
		{name: "a count past the bytes", b: []byte{0xff, 0x01}},
		{name: "truncated", b: good[:len(good)-1]},
		{name: "bytes after the last", b: append(append([]byte(nil), good...), 0)},
		{name: "a font not yet named", b: append([]byte{1, 5}, make([]byte, 50)...)},
	}
	for _, tt := range tests {
		var got wireGlyphs
		err := got.GobDecode(tt.b)
		assert.True(t, errors.Is(err, errWireGlyphs), "%s: GobDecode() = %v, want errWireGlyphs", tt.name, err)
	}
}

// TestWorkerResponseParts: a document crosses in parts that come back as the one document.
func TestWorkerResponseParts(t *testing.T) {
	dense := make([]Glyph, workerPartGlyphs+1)
	for i := range dense {
		dense[i] = Glyph{Text: "a", X0: float64(i), Font: "F"}
	}
	manyPages := make([]RawPage, 3*workerPartPages+5)
	for i := range manyPages {
		manyPages[i] = RawPage{Number: i + 1, Err: fmt.Errorf("load page: %w", ErrDamaged)}
	}
	tests := []struct {
		name      string
		doc       RawDocument
		err       error
		wantParts int
	}{
		{name: "no pages", err: ErrEncrypted, wantParts: 1},
		{name: "one page", doc: RawDocument{Title: "T", Pages: []RawPage{{Number: 1, Glyphs: dense[:3]}}}, wantParts: 1},
		{name: "pages past the glyph bound", doc: RawDocument{Pages: []RawPage{{Number: 1, Glyphs: dense[:10]}, {Number: 2, Glyphs: dense}, {Number: 3, Glyphs: dense[:1]}}}, wantParts: 3},
		{name: "pages past the page bound", doc: RawDocument{Title: "many", Pages: manyPages}, wantParts: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, workerWriteResponse(&buf, tt.doc, tt.err))
			frames := 0
			for r := bytes.NewReader(buf.Bytes()); ; frames++ {
				var part workerResponse
				if err := workerReadFrame(r, &part); err != nil {
					break
				}
			}
			assert.Equal(t, tt.wantParts, frames, "frames")
			got, gotErr, err := workerReadResponse(&buf)
			require.NoError(t, err)
			assert.Equal(t, fmt.Sprint(tt.err), fmt.Sprint(gotErr))
			assert.Equal(t, tt.doc.Title, got.Title)
			require.Len(t, got.Pages, len(tt.doc.Pages))
			for i, p := range tt.doc.Pages {
				assert.Equal(t, p.Number, got.Pages[i].Number)
				assert.Equal(t, len(p.Glyphs), len(got.Pages[i].Glyphs))
				assert.Equal(t, fmt.Sprint(p.Err), fmt.Sprint(got.Pages[i].Err))
			}
		})
	}
}

// FuzzWireGlyphs: the parent decodes what a child wrote, and a child can be broken: any bytes
// give glyphs or an error, and glyphs that decode encode to the same bytes.
func FuzzWireGlyphs(f *testing.F) {
	good, _ := wireGlyphs{{Text: "ab", Font: "F", X0: 1}, {Text: "c", Font: "G"}, {Text: "d", Font: "F"}}.GobEncode()
	f.Add(good)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var gs wireGlyphs
		if err := gs.GobDecode(b); err != nil {
			return
		}
		again, err := gs.GobEncode()
		if err != nil {
			t.Fatalf("GobEncode(decoded) = %v", err)
		}
		var back wireGlyphs
		if err := back.GobDecode(again); err != nil {
			t.Fatalf("GobDecode(GobEncode(decoded)) = %v", err)
		}
		if len(back) != len(gs) {
			t.Fatalf("round trip gave %d glyphs, want %d", len(back), len(gs))
		}
	})
}

// BenchmarkWorkerGlyphs measures a dense document's glyphs crossing the process boundary (the
// child encodes, the parent decodes), in the wire encoding and, for comparison, in plain gob.
func BenchmarkWorkerGlyphs(b *testing.B) {
	raw, err := sharedEngine(b).Read(context.Background(), readSample(b, "gb340-ins-6.pdf"), "")
	if err != nil {
		b.Fatal(err)
	}
	type plainPage struct{ Glyphs []Glyph }
	b.Run("wire", func(b *testing.B) {
		for b.Loop() {
			var buf bytes.Buffer
			if err := workerWriteResponse(&buf, raw, nil); err != nil {
				b.Fatal(err)
			}
			if _, _, err := workerReadResponse(&buf); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gob", func(b *testing.B) {
		for b.Loop() {
			var buf bytes.Buffer
			pages := make([]plainPage, len(raw.Pages))
			for i, p := range raw.Pages {
				pages[i].Glyphs = p.Glyphs
			}
			if err := gob.NewEncoder(&buf).Encode(pages); err != nil {
				b.Fatal(err)
			}
			var back []plainPage
			if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
				b.Fatal(err)
			}
		}
	})
}
