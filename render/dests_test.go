package render

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestNamedDestinations: every item id names a destination in the report, and the update that
// adds them leaves a PDF that poppler reads (when pdfinfo is installed).
func TestNamedDestinations(t *testing.T) {
	in := sampleInput()
	pdf := buildPDF(t, in, true)
	if !bytes.Contains(pdf, []byte("/Dests ")) {
		t.Fatal("the report has no /Dests name tree")
	}
	for _, it := range in.Items {
		if !bytes.Contains(pdf, []byte(pdfString(it.ID)+" [")) {
			t.Errorf("no named destination for %q", it.ID)
		}
	}
	bin, err := exec.LookPath("pdfinfo")
	if err != nil {
		t.Skip("pdfinfo is absent: cannot check the destinations as a reader sees them")
	}
	cmd := exec.Command(bin, "-dests", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo -dests: %v\n%s", err, out)
	}
	for _, it := range in.Items {
		if !strings.Contains(string(out), `"`+it.ID+`"`) {
			t.Errorf("pdfinfo -dests does not list %q:\n%s", it.ID, out)
		}
	}
}

func TestPDFString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GB.340/INS/6#action_item-7", "(GB.340/INS/6#action_item-7)"},
		{"x#action_item-(c)", `(x#action_item-\(c\))`},
		{`a\b`, `(a\\b)`},
	}
	for _, tt := range tests {
		if got := pdfString(tt.in); got != tt.want {
			t.Errorf("pdfString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
