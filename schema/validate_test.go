package schema

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gbtrack/pipeline"
)

// TestValidateRun makes a real run and validates it, then breaks one field at a time and checks
// that validation fails and names the field: the check must catch a wrong type, not only pass.
func TestValidateRun(t *testing.T) {
	src, err := filepath.Abs("../samples/gb276-tc-2.html")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	asOf := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	if _, err := pipeline.Run(context.Background(), []string{src}, pipeline.Options{Out: out, AsOf: asOf, NoCache: true, Version: "schema-test"}); err != nil {
		t.Fatal(err)
	}
	if err := ValidateRun(out); err != nil {
		t.Fatalf("ValidateRun on a fresh run: %v", err)
	}
	cases := []struct {
		name, file, old, new, want string
	}{
		{"page as a string", "items.jsonl", `"page":null`, `"page":"3"`, "page"},
		{"kind outside the vocabulary", "items.jsonl", `"kind":"action_item"`, `"kind":"action"`, "kind"},
		{"due end not an ISO day", "items.jsonl", `"end":"2000-04-30"`, `"end":"April 2000"`, "end"},
		{"responsible null", "items.jsonl", `"responsible":[]`, `"responsible":null`, "responsible"},
		{"units abbr a number", "items.jsonl", `"units":[]`, `"units":[{"name":"X","abbr":7,"as_printed":"X"}]`, "abbr"},
		{"items count a string", "documents.jsonl", `"items":67`, `"items":"67"`, "items"},
		{"report list null", "report.json", `"failed_documents": []`, `"failed_documents": null`, "failed_documents"},
		{"status none", "report.json", `"status": null`, `"status": "none"`, "status"},
		{"added property", "report.json", `"key": "completed"`, `"key": "completed", "note": 1`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{"items.jsonl", "documents.jsonl", "report.json"} {
				b, err := os.ReadFile(filepath.Join(out, f))
				if err != nil {
					t.Fatal(err)
				}
				if f == c.file {
					if !strings.Contains(string(b), c.old) {
						t.Fatalf("%s has no %s to break", f, c.old)
					}
					b = []byte(strings.Replace(string(b), c.old, c.new, 1))
				}
				if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := ValidateRun(dir)
			if c.want == "" {
				// An added property is allowed: the contract lets versions add fields.
				if err != nil {
					t.Errorf("ValidateRun with an added field: %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.file) {
				t.Errorf("ValidateRun = %v, want an error naming %s and %q", err, c.file, c.want)
			}
		})
	}
}

func TestValidateUnknownSchema(t *testing.T) {
	if err := Validate("nothing.schema.json", []byte(`{}`)); err == nil {
		t.Error(`Validate("nothing.schema.json") = nil, want an error`)
	}
	if err := ValidateRun(t.TempDir()); err == nil {
		t.Error("ValidateRun on an empty folder = nil, want an error for the missing files")
	}
}
