package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbtrack/schema"
)

// TestGoldenOutputsMatchSchema validates every golden output (items and documents per sample,
// report.json) against the JSON Schemas of package schema, so a golden file that drifts from the
// promised shape fails here even when a run reproduces it byte for byte.
func TestGoldenOutputsMatchSchema(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "run", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden run files: the test would check nothing")
	}
	files = append(files, filepath.Join("testdata", "report", "report.json"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := schema.Report
		switch {
		case strings.HasSuffix(f, ".items.jsonl"):
			name = schema.Item
		case strings.HasSuffix(f, ".documents.jsonl"):
			name = schema.Document
		}
		if name == schema.Report {
			if err := schema.Validate(name, b); err != nil {
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if line == "" {
				continue
			}
			if err := schema.Validate(name, []byte(line)); err != nil {
				t.Errorf("%s:%d: %v", f, i+1, err)
			}
		}
	}
}
