package render

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"gbtrack/normalize"
)

// TestReportJSONListsAndStatuses: report.json writes [] for every empty list and only
// vocabulary status values (issue 11), however empty or odd the input.
func TestReportJSONListsAndStatuses(t *testing.T) {
	odd := item("GB.1/X/1", normalize.KindActionItem, "1", "text", "By end 2019", "2019-12-31", "")
	odd.Status = &normalize.Status{Text: "Done-ish", Value: "mostly_done"}
	none := item("GB.1/X/1", normalize.KindActionItem, "2", "text", "By end 2019", "2019-12-31", "")
	none.Responsible = nil
	cases := []struct {
		name  string
		items []normalize.Item
	}{
		{"no items", nil},
		{"odd and missing statuses", []normalize.Item{odd, none}},
	}
	for _, c := range cases {
		r, err := Build(Input{Items: c.items, AsOf: asOf2020})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, r); err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		walkJSON(v, "", func(path string, x any) {
			switch x := x.(type) {
			case nil:
				// Only optional values may be null: a rate, a deadline's or an entry's fields.
				if !strings.HasSuffix(path, ".rate") && !strings.HasSuffix(path, ".status") && !strings.Contains(path, "entries[") {
					t.Errorf("%s: %s is null", c.name, path)
				}
			case string:
				if strings.HasSuffix(path, ".status") || strings.HasPrefix(path, ".by_status[") && strings.HasSuffix(path, ".key") {
					if !isVocabulary(x) {
						t.Errorf("%s: %s = %q, not a status of the vocabulary", c.name, path, x)
					}
				}
			}
		})
	}
}

func isVocabulary(s string) bool {
	for _, v := range statusOrder {
		if s == v {
			return true
		}
	}
	return false
}

func walkJSON(v any, path string, fn func(string, any)) {
	fn(path, v)
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			walkJSON(x, path+"."+k, fn)
		}
	case []any:
		for i, x := range v {
			walkJSON(x, path+"["+strconv.Itoa(i)+"]", fn)
		}
	}
}

// TestWriteJSONIsTheEncoders: WriteJSON streams the entries but writes the bytes a json.Encoder
// with two-space indentation writes for the whole Report: no entries, one, many, and texts that
// encoding/json escapes (<, >, &, U+2028).
func TestWriteJSONIsTheEncoders(t *testing.T) {
	escaped := item("GB.1/X/1", normalize.KindActionItem, "1", "a <b> & c\u2028d \"quoted\"", "", "", "")
	cases := []struct {
		name string
		in   Input
	}{
		{"no items", Input{AsOf: asOf2020}},
		{"one escaped item", Input{Items: []normalize.Item{escaped}, AsOf: asOf2020}},
		{"sample", sampleInput()},
		{"120 items", bigInput(120)},
	}
	for _, c := range cases {
		r, err := Build(c.in)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, r); err != nil {
			t.Fatalf("%s: WriteJSON: %v", c.name, err)
		}
		if !bytes.Equal(want.Bytes(), got.Bytes()) {
			t.Errorf("%s: WriteJSON differs from json.Encoder (%d bytes, want %d)", c.name, got.Len(), want.Len())
		}
	}
}
