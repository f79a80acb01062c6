package render

import (
	"testing"

	"github.com/go-fonts/dejavu/dejavusanscondensed"
	"github.com/go-fonts/dejavu/dejavusanscondensedbold"
	"github.com/go-fonts/dejavu/dejavusanscondensedoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"golang.org/x/image/font/sfnt"
)

// TestGlyphFallback checks the table against the fonts themselves: every symbol replaced is
// missing from the report's fonts, and everything it is replaced by is present in all of them.
func TestGlyphFallback(t *testing.T) {
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{dejavusanscondensed.TTF, dejavusanscondensedbold.TTF, dejavusanscondensedoblique.TTF, dejavusansmono.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatal(err)
		}
		fonts = append(fonts, f)
	}
	var buf sfnt.Buffer
	has := func(f *sfnt.Font, r rune) bool {
		g, err := f.GlyphIndex(&buf, r)
		return err == nil && g != 0
	}
	for _, r := range "⯈" {
		out := printable(string(r))
		if out == string(r) {
			t.Errorf("printable(%q) = %q, want a substitute", r, out)
		}
		if has(fonts[0], r) {
			t.Errorf("%q is in DejaVu Sans; it needs no substitute", r)
		}
		for i, f := range fonts {
			for _, o := range out {
				if !has(f, o) {
					t.Errorf("printable(%q) = %q, missing from font %d", r, out, i)
				}
			}
		}
	}
	if got := printable("Русский – “Côte d'Ivoire” Đà Nẵng ▶ ✓ ≥ €"); got != "Русский – “Côte d'Ivoire” Đà Nẵng ▶ ✓ ≥ €" {
		t.Errorf("printable changed text the fonts cover: %q", got)
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\tb\r\nc", "a b \nc"},
		{"emoji \U0001F600 here", "emoji \uFFFD here"},
		{"cut \xc3", "cut \uFFFD"},
		{"nul\x00", "nul\uFFFD"},
		{"zero\u200bwidth", "zerowidth"},
		{"Pay \u202e0001\u202c USD", "Pay 0001 USD"},
		{"\u2066Train\u2069 staff", "Train staff"},
		{"\ufeffa\u200e\u200f\u200c\u200d\u2060b\u00adc", "abc"},
		{"a\u2028b", "a b"},
	}
	for _, tt := range tests {
		if got := printable(tt.in); got != tt.want {
			t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
