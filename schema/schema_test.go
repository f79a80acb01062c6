package schema

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the schema files from the Go types")

// TestSchemasAreGenerated fails when a schema file differs from what the Go types give: the
// files are generated, never edited. -update rewrites them.
func TestSchemasAreGenerated(t *testing.T) {
	for _, f := range Files {
		got, err := Generate(f, "..")
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(f.Name, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the Go types give; run go test ./schema -update and review the diff", f.Name)
		}
	}
}
