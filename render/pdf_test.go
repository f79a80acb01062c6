package render

import (
	"bytes"
	"context"
	"flag"
	"os"
	"testing"
)

var pdfOut = flag.String("pdfout", "", "write the sample report to this file, to look at it")

func TestWritePDFSample(t *testing.T) {
	r, err := Build(sampleInput())
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	var buf bytes.Buffer
	if err := WritePDF(context.Background(), &buf, r); err != nil {
		t.Fatalf("WritePDF: %v", err)
	}
	if *pdfOut != "" {
		if err := os.WriteFile(*pdfOut, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
