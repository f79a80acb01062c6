package changes

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWriteText(t *testing.T) {
	cs := []Change{
		{Kind: KindNew, ID: "A#1", Doc: "A", New: "A new\naction."},
		{Kind: KindStatusChanged, ID: "A#2", Doc: "A", Old: "planned", New: "completed"},
		{Kind: KindTextChanged, ID: "B#1", Doc: "B", Old: "x", New: "y", Words: "[-x-] {+y+}"},
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, cs); err != nil {
		t.Fatalf("WriteText: %v", err)
	}
	want := "A\n" +
		"  new            A#1: A new action.\n" +
		"  status_changed A#2: planned → completed\n" +
		"B\n" +
		"  text_changed   B#1: [-x-] {+y+}\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteText (-want +got):\n%s", diff)
	}
	buf.Reset()
	if err := WriteText(&buf, nil); err != nil || buf.String() != "no changes\n" {
		t.Errorf("WriteText(nil) = %q, %v, want %q", buf.String(), err, "no changes\n")
	}
}

func TestWriteJSON(t *testing.T) {
	for _, tt := range []struct {
		name string
		cs   []Change
	}{
		{"none", nil},
		{"some", []Change{{Kind: KindRemoved, ID: "A#1", Doc: "A", Old: "gone"}, {Kind: KindTextChanged, ID: "A#2", Doc: "A", Old: "a", New: "b", Words: "[-a-] {+b+}"}}},
	} {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, tt.cs); err != nil {
			t.Fatalf("%s: WriteJSON: %v", tt.name, err)
		}
		var got struct {
			Changes []Change `json:"changes"`
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("%s: WriteJSON wrote invalid JSON: %v", tt.name, err)
		}
		if got.Changes == nil || !strings.Contains(buf.String(), `"changes": [`) {
			t.Errorf("%s: WriteJSON = %s, want a changes array", tt.name, buf.String())
		}
		if diff := cmp.Diff(tt.cs, got.Changes, cmpEmptyNil); diff != "" {
			t.Errorf("%s: WriteJSON round trip (-want +got):\n%s", tt.name, diff)
		}
	}
}

var cmpEmptyNil = cmp.Transformer("nilToEmpty", func(cs []Change) []Change {
	if cs == nil {
		return []Change{}
	}
	return cs
})

// TestSummaryClipsLongTexts: a new or removed item's text is cut after summaryWords words with
// an ellipsis; short texts and status moves are whole.
func TestSummaryClipsLongTexts(t *testing.T) {
	long := strings.Repeat("word ", summaryWords+5)
	tests := []struct {
		name string
		c    Change
		want string
	}{
		{"short new", Change{Kind: KindNew, New: "Open a field office"}, "Open a field office"},
		{"long removed", Change{Kind: KindRemoved, Old: long}, strings.TrimSpace(strings.Repeat("word ", summaryWords)) + " …"},
		{"status move", Change{Kind: KindStatusChanged, Old: "planned", New: "completed", By: "GB.356/POL/3", Date: "2026-02-09"},
			"planned → completed, reported by GB.356/POL/3 of 2026-02-09"},
	}
	for _, tt := range tests {
		if got := Summary(tt.c); got != tt.want {
			t.Errorf("%s: Summary = %q, want %q", tt.name, got, tt.want)
		}
	}
}
