package textlayer

import "testing"

func TestSpellLigatures(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The O\ufb03ce will \ufb01nalize the \ufb02ow", "The Office will finalize the flow"},
		{"e\ufb00ect, ba\ufb04e, \ufb05andard", "effect, baffle, standard"},
		{"no ligature: x² ½ ＡＢ", "no ligature: x² ½ ＡＢ"}, // other compatibility forms stay
	}
	for _, c := range cases {
		if got := SpellLigatures(c.in); got != c.want {
			t.Errorf("SpellLigatures(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
