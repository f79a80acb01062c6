package corpus

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "corpus/gb340-ins-6.pdf", "corpus/gb340-ins-6.pdf"},
		{"accents", "docs/réunion été.pdf", "docs/réunion été.pdf"},
		{"newline forges no log line", "a\ngbtrack: b.pdf: 12 items.pdf", `a\ngbtrack: b.pdf: 12 items.pdf`},
		{"tab and CR", "a\tb\r.pdf", `a\tb\r.pdf`},
		{"escape char", "a\x1b[31m.pdf", `a\u001b[31m.pdf`},
		{"not UTF-8", "caf\xe9.pdf", `caf\xe9.pdf`},
		{"bidi override", "txt.\u202efdp", `txt.\u202efdp`},
		{"zero width space", "a\u200bb.pdf", `a\u200bb.pdf`},
		{"backslash", `a\b.pdf`, `a\\b.pdf`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Escape(tt.in)
			if got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if strings.ContainsAny(got, "\n\r") {
				t.Errorf("Escape(%q) = %q keeps a line break", tt.in, got)
			}
		})
	}
}

// Two names that differ only in bytes that are not UTF-8 (which JSON would turn into the same
// U+FFFD), or in a spelling that mimics an escape, stay distinct.
func TestEscapeDistinct(t *testing.T) {
	names := []string{"r\xe9sum\xe9.pdf", "r\xe8sum\xe8.pdf", `r\xe9sum\xe9.pdf`, "r\uFFFDsum\uFFFD.pdf", "résumé.pdf"}
	seen := map[string]string{}
	for _, n := range names {
		e := Source{Ref: n, Kind: KindFile}.String()
		if prev, ok := seen[e]; ok {
			t.Errorf("Source{%q}.String() = %q, the same as for %q", n, e, prev)
		}
		seen[e] = n
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"a.pdf", "a\nb", "\xff\xfe", `\x41`, "\u202e"} {
		f.Add(s, "b.pdf")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ea, eb := Escape(a), Escape(b)
		if a != b && ea == eb {
			t.Errorf("Escape(%q) = Escape(%q) = %q", a, b, ea)
		}
		if strings.ContainsAny(ea, "\n\r") {
			t.Errorf("Escape(%q) = %q keeps a line break", a, ea)
		}
	})
}
