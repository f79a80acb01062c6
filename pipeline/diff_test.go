package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/changes"
)

// TestDiffOfAnEditedPlan is what `gbtrack diff` tells a reader of two runs over a plan that was
// edited between them: the plan prints no symbol and its rows no numbers, so every id depends on
// the plan's bytes and the rows' texts, yet only what was edited is reported.
func TestDiffOfAnEditedPlan(t *testing.T) {
	orig, err := os.ReadFile("testdata/plan.html")
	if err != nil {
		t.Fatal(err)
	}
	const before = "<tr><td>Review the field structure</td>"
	if !strings.Contains(string(orig), before) {
		t.Fatalf("testdata/plan.html lacks %q", before)
	}
	tests := []struct {
		name  string
		edit  string // replaces before
		kinds []string
	}{
		{"one unnumbered row inserted", "<tr><td>Open a field office</td><td>By end 2026</td><td>Planned</td></tr>" + before, []string{changes.KindNew}},
		{"one row reworded", "<tr><td>Review the whole field structure</td>", []string{changes.KindReworded, changes.KindTextChanged}},
		{"nothing edited", before, nil},
	}
	run := func(t *testing.T, page []byte) string {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "plan.html"), page, 0o644); err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		if _, err := Run(context.Background(), []string{dir}, Options{Out: out, AsOf: asOf, NoCache: true}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	oldDir := run(t, orig)
	old, _, err := changes.ReadRun(oldDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newDir := run(t, []byte(strings.Replace(string(orig), before, tt.edit, 1)))
			cur, _, err := changes.ReadRun(newDir)
			if err != nil {
				t.Fatal(err)
			}
			var kinds []string
			for _, c := range changes.Compare(old, cur, asOf) {
				kinds = append(kinds, c.Kind)
			}
			if diff := cmp.Diff(tt.kinds, kinds); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
		})
	}
}
