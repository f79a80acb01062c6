package normalize

import (
	"strings"
	"testing"
)

func TestParseResponse(t *testing.T) {
	cases := []struct {
		name, text, wantText, wantValue string
	}{
		{"bare agree", "Agree.", "Agree.", ResponseAccepted},
		{"partially agree", "Partially agree.", "Partially agree.", ResponsePartiallyAccepted},
		{"agreed in principle", "Agreed in principle", "Agreed in principle", ResponsePartiallyAccepted},
		{"not agreed", "Not agreed. Complaints can already be lodged.", "Not agreed.", ResponseNotAccepted},
		{"noted gives no verdict", "Noted", "Noted", ResponseUnknown},
		// an Australian government's response: Supported / Supported in principle / Not supported
		{"supported", "Supported", "Supported", ResponseAccepted},
		{"supported in principle", "Supported in principle.", "Supported in principle.", ResponsePartiallyAccepted},
		{"not supported", "Not supported. The scheme already covers these workers.", "Not supported.", ResponseNotAccepted},
		{"does not support", "The Government does not support this recommendation.", "The Government does not support this recommendation.", ResponseNotAccepted},
		{"french not retained", "Non retenue", "Non retenue", ResponseNotAccepted},
		{"management agrees with plan", "Management agrees and will publish the plan with the next annual evaluation report.",
			"Management agrees and will publish the plan with the next annual evaluation report.", ResponseAccepted},
		{"management partially agrees", "Management partially agrees. The workplan will continue to be presented.",
			"Management partially agrees.", ResponsePartiallyAccepted},
		{"template label with options", "Management response (Accept/Partially Accept/Reject): Rejected. This is already in place.",
			"Rejected.", ResponseNotAccepted},
		{"template label, accepted in a sentence", "Management response (Accept/Partially Accept/Reject): This recommendation is accepted and already being implemented.",
			"This recommendation is accepted and already being implemented.", ResponseAccepted},
		{"label with colon", "Management response: Partially accepted as some are ongoing.", "Partially accepted as some are ongoing.", ResponsePartiallyAccepted},
		{"not accepted", "Not accepted", "Not accepted", ResponseNotAccepted},
		{"disagrees", "Management disagrees: the function is already independent.", "Management disagrees: the function is already independent.", ResponseNotAccepted},
		{"french accepted", "Acceptée", "Acceptée", ResponseAccepted},
		{"french partial", "Partiellement acceptée. Les actions seront…", "Partiellement acceptée.", ResponsePartiallyAccepted},
		{"french rejected", "Réponse de la direction : Rejetée", "Rejetée", ResponseNotAccepted},
		{"no verdict", "Management response: The Office has drafted terms of reference. A first review covered Asia.",
			"The Office has drafted terms of reference.", ResponseUnknown},
		{"accept is a whole word", "Acceptable options are being studied.", "Acceptable options are being studied.", ResponseUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ParseResponse(c.text)
			if got == nil || got.Text != c.wantText || got.Value != c.wantValue {
				t.Errorf("ParseResponse(%q) = %+v, want {%q %q}", c.text, got, c.wantText, c.wantValue)
			}
		})
	}
	for _, empty := range []string{"", "  ", "Management response:"} {
		if got := ParseResponse(empty); got != nil {
			t.Errorf("ParseResponse(%q) = %+v, want nil", empty, got)
		}
	}
}

// FuzzParseResponse: no panic; a value of the closed set; the text is words of the input.
func FuzzParseResponse(f *testing.F) {
	for _, s := range []string{"Agree.", "Management response (Accept/Partially Accept/Reject): Rejected. x",
		"Réponse de la direction : Partiellement acceptée", "Management response (", "e.g. i.e. ...", "accepted"} {
		f.Add(s)
	}
	values := map[string]bool{ResponseAccepted: true, ResponsePartiallyAccepted: true, ResponseNotAccepted: true, ResponseUnknown: true}
	f.Fuzz(func(t *testing.T, text string) {
		r := ParseResponse(text)
		if r == nil {
			return
		}
		if !values[r.Value] {
			t.Fatalf("ParseResponse(%q).Value = %q, not a response value", text, r.Value)
		}
		if r.Text == "" || !strings.Contains(strings.Join(strings.Fields(text), " "), r.Text) {
			t.Fatalf("ParseResponse(%q).Text = %q, not part of the text", text, r.Text)
		}
	})
}
