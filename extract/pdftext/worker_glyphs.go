package pdftext

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// wireGlyphs is a page's glyphs as they cross the process boundary. gob would spend a quarter of
// the parent's CPU decoding them (BenchmarkWorkerGlyphs) and allocate two strings a glyph; this
// encoding names each font once a page and decodes a one-rune text to the string the in-process
// engine gives it, so a glyph costs no allocation on either side.
//
// The encoding: uvarint count, then per glyph: uvarint font index (an index one past the fonts
// named so far introduces a new one: uvarint length and the name's bytes follow), one flags byte
// (bit 0 bold), uvarint text length and its bytes, then X0, Y0, X1, Y1 and Size as the
// little-endian bits of the float64, so the parent sees the numbers the child had.
type wireGlyphs []Glyph

// maxWireText bounds one glyph's text, as a check on the length read, not a limit a glyph meets.
const maxWireText = 1 << 10

// GobEncode implements gob.GobEncoder.
func (gs wireGlyphs) GobEncode() ([]byte, error) {
	b := make([]byte, 0, len(gs)*48+16)
	b = binary.AppendUvarint(b, uint64(len(gs)))
	fonts := map[string]uint64{}
	for _, g := range gs {
		idx, ok := fonts[g.Font]
		if !ok {
			idx = uint64(len(fonts))
			fonts[g.Font] = idx
		}
		b = binary.AppendUvarint(b, idx)
		if !ok {
			b = binary.AppendUvarint(b, uint64(len(g.Font)))
			b = append(b, g.Font...)
		}
		var flags byte
		if g.Bold {
			flags |= 1
		}
		b = append(b, flags)
		b = binary.AppendUvarint(b, uint64(len(g.Text)))
		b = append(b, g.Text...)
		for _, f := range [...]float64{g.X0, g.Y0, g.X1, g.Y1, g.Size} {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
		}
	}
	return b, nil
}

var errWireGlyphs = errors.New("glyphs: truncated or malformed")

// GobDecode implements gob.GobDecoder.
func (gs *wireGlyphs) GobDecode(b []byte) error {
	n, k := binary.Uvarint(b)
	// A glyph takes at least 43 bytes: the count cannot promise more than the bytes hold.
	if k <= 0 || n > uint64(len(b))/43 {
		return errWireGlyphs
	}
	b = b[k:]
	out := make([]Glyph, n)
	var fonts []string
	for i := range out {
		g := &out[i]
		idx, k := binary.Uvarint(b)
		if k <= 0 || idx > uint64(len(fonts)) {
			return fmt.Errorf("glyph %d font: %w", i, errWireGlyphs)
		}
		b = b[k:]
		if idx == uint64(len(fonts)) {
			l, k := binary.Uvarint(b)
			if k <= 0 || l > uint64(len(b)-k) {
				return fmt.Errorf("glyph %d font name: %w", i, errWireGlyphs)
			}
			fonts = append(fonts, string(b[k:k+int(l)]))
			b = b[k+int(l):]
		}
		g.Font = fonts[idx]
		if len(b) < 1 {
			return fmt.Errorf("glyph %d: %w", i, errWireGlyphs)
		}
		g.Bold = b[0]&1 != 0
		b = b[1:]
		l, k := binary.Uvarint(b)
		if k <= 0 || l > maxWireText || l > uint64(len(b)-k) {
			return fmt.Errorf("glyph %d text: %w", i, errWireGlyphs)
		}
		text := b[k : k+int(l)]
		b = b[k+int(l):]
		if r, size := utf8.DecodeRune(text); size == len(text) && size > 0 && r != utf8.RuneError {
			g.Text = runeString(r)
		} else {
			g.Text = string(text)
		}
		if len(b) < 40 {
			return fmt.Errorf("glyph %d box: %w", i, errWireGlyphs)
		}
		le := binary.LittleEndian
		g.X0 = math.Float64frombits(le.Uint64(b[0:]))
		g.Y0 = math.Float64frombits(le.Uint64(b[8:]))
		g.X1 = math.Float64frombits(le.Uint64(b[16:]))
		g.Y1 = math.Float64frombits(le.Uint64(b[24:]))
		g.Size = math.Float64frombits(le.Uint64(b[32:]))
		b = b[40:]
	}
	if len(b) != 0 {
		return fmt.Errorf("glyphs: %d bytes past the last: %w", len(b), errWireGlyphs)
	}
	if n == 0 {
		out = nil
	}
	*gs = out
	return nil
}
