package changes

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []DiffOp
		wantText   string
	}{
		{"equal", "a b c", "a b c", []DiffOp{{Equal, "a b c"}}, "a b c"},
		{"both empty", "", "", nil, ""},
		{"from empty", "", "new words", []DiffOp{{Insert, "new words"}}, "{+new words+}"},
		{"to empty", "old words", "", []DiffOp{{Delete, "old words"}}, "[-old words-]"},
		{"whitespace only", "a  b\n c", "a b c", []DiffOp{{Equal, "a b c"}}, "a b c"},
		{"one word replaced", "by end 2019", "by end 2020", []DiffOp{{Equal, "by end"}, {Delete, "2019"}, {Insert, "2020"}}, "by end [-2019-] {+2020+}"},
		{"insertion in the middle", "review the plan", "review the whole plan", []DiffOp{{Equal, "review the"}, {Insert, "whole"}, {Equal, "plan"}}, "review the {+whole+} plan"},
		{"deletion at the start", "Also review the plan", "review the plan", []DiffOp{{Delete, "Also"}, {Equal, "review the plan"}}, "[-Also-] review the plan"},
		{"completely different", "a b", "c d", []DiffOp{{Delete, "a b"}, {Insert, "c d"}}, "[-a b-] {+c d+}"},
		{"two separate edits", "the Office will report in 2020 to the Body", "the Office shall report in 2021 to the Body",
			[]DiffOp{{Equal, "the Office"}, {Delete, "will"}, {Insert, "shall"}, {Equal, "report in"}, {Delete, "2020"}, {Insert, "2021"}, {Equal, "to the Body"}},
			"the Office [-will-] {+shall+} report in [-2020-] {+2021+} to the Body"},
		{"case is a change", "Office", "office", []DiffOp{{Delete, "Office"}, {Insert, "office"}}, "[-Office-] {+office+}"},
		{"non-Latin words", "Русский текст", "Русский язык", []DiffOp{{Equal, "Русский"}, {Delete, "текст"}, {Insert, "язык"}}, "Русский [-текст-] {+язык+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WordDiff(%q, %q) (-want +got):\n%s", tt.a, tt.b, diff)
			}
			if s := FormatDiff(got); s != tt.wantText {
				t.Errorf("FormatDiff(WordDiff(%q, %q)) = %q, want %q", tt.a, tt.b, s, tt.wantText)
			}
		})
	}
}

// TestWordDiffHuge checks the fallback for texts too large for the LCS table: still a correct
// script, just not a minimal one.
func TestWordDiffHuge(t *testing.T) {
	a := strings.Repeat("alpha beta ", 3000)
	b := strings.Repeat("beta alpha ", 3000)
	checkScript(t, a, b, WordDiff(a, b))
}

// checkScript asserts that ops turn a into b: the Equal and Delete words spell a, the Equal and
// Insert words spell b, and no two neighbouring ops share an Op.
func checkScript(t *testing.T, a, b string, ops []DiffOp) {
	t.Helper()
	var gotA, gotB []string
	for i, o := range ops {
		if i > 0 && ops[i-1].Op == o.Op {
			t.Fatalf("WordDiff: ops %d and %d are both %v, want merged", i-1, i, o.Op)
		}
		if o.Text == "" {
			t.Fatalf("WordDiff: op %d is empty", i)
		}
		w := strings.Fields(o.Text)
		if o.Op != Insert {
			gotA = append(gotA, w...)
		}
		if o.Op != Delete {
			gotB = append(gotB, w...)
		}
	}
	if strings.Join(gotA, " ") != strings.Join(strings.Fields(a), " ") {
		t.Fatalf("WordDiff(%.40q, %.40q): old side does not spell the old text", a, b)
	}
	if strings.Join(gotB, " ") != strings.Join(strings.Fields(b), " ") {
		t.Fatalf("WordDiff(%.40q, %.40q): new side does not spell the new text", a, b)
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("by end 2019", "by end 2020")
	f.Add("the Office will report", "the Office shall not report")
	f.Add("", "x")
	f.Add("a\u00a0b c", "a b\tc")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkScript(t, a, b, WordDiff(a, b))
	})
}

func BenchmarkWordDiff(b *testing.B) {
	a := strings.Repeat("Review of the configuration of ILO technical capacities and expertise in programming. ", 8)
	c := strings.Replace(a, "technical", "technical and financial", 3)
	for b.Loop() {
		WordDiff(a, c)
	}
}
