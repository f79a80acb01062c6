package followup

import "testing"

func TestCitesSymbol(t *testing.T) {
	tests := []struct {
		name, text, sym string
		want            bool
	}{
		{"in brackets", "(GB.350/INS/5, paragraph 4)", "GB.350/INS/5", true},
		{"end of sentence", "as set out in GB.350/INS/5.", "GB.350/INS/5", true},
		{"longer number", "see GB.350/INS/51", "GB.350/INS/5", false},
		{"deeper symbol", "see GB.350/INS/5/1", "GB.350/INS/5", false},
		{"prefix glued", "XGB.350/INS/5", "GB.350/INS/5", false},
		{"second occurrence", "GB.350/INS/51 and GB.350/INS/5", "GB.350/INS/5", true},
		{"empty symbol", "anything", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := citesSymbol(tt.text, tt.sym); got != tt.want {
				t.Errorf("citesSymbol(%q, %q) = %v, want %v", tt.text, tt.sym, got, tt.want)
			}
		})
	}
}

func TestDice(t *testing.T) {
	tests := []struct {
		name, a, b string
		lo, hi     float64
	}{
		{"same words", "Review of the field structure", "review of the Field Structure.", 1, 1},
		{"plural folded", "Training modules for constituents", "Training module for constituent", 1, 1},
		{"nothing shared", "Review of the field structure", "Gender audit of programmes", 0, 0},
		{"empty", "", "Review", 0, 0},
		{"reworded row", "Develop a training module on pooled funds for country office staff",
			"Develop and roll out a training module on pooled funds for staff of country offices", 0.6, 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dice(words(tt.a), words(tt.b))
			if got < tt.lo || got > tt.hi {
				t.Errorf("dice(%q, %q) = %.2f, want in [%.2f, %.2f]", tt.a, tt.b, got, tt.lo, tt.hi)
			}
		})
	}
}

func TestSameNumber(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		a, b *string
		want bool
	}{
		{s("(c)"), s("c"), true},
		{s("3."), s("3"), true},
		{s("3"), s("4"), false},
		{nil, s("3"), false},
		{s("()"), s("()"), false},
	}
	for _, tt := range tests {
		if got := sameNumber(tt.a, tt.b); got != tt.want {
			t.Errorf("sameNumber(%v, %v) = %v, want %v", deref(tt.a), deref(tt.b), got, tt.want)
		}
	}
}

func TestRequestedSession(t *testing.T) {
	tests := []struct {
		due, prec string
		want      int
	}{
		{"at its 356th Session", "session", 356},
		{"for the 359th Session (March 2027)", "session", 359},
		{"at its 351st Session", "session", 351},
		{"at the 114th Session of the Conference", "session", 0},
		{"By March 2027", "month", 0},
	}
	for _, tt := range tests {
		it := itemWith("x", "d", "")
		it.Due = &dueT{Text: tt.due, Precision: &tt.prec}
		got, ok := requestedSession(&it)
		if got != tt.want || ok != (tt.want > 0) {
			t.Errorf("requestedSession(%q) = %d, %v, want %d", tt.due, got, ok, tt.want)
		}
	}
}
