package normalize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var precisions = map[string]bool{PrecisionDay: true, PrecisionMonth: true, PrecisionQuarter: true,
	PrecisionHalf: true, PrecisionYear: true, PrecisionBiennium: true, PrecisionSession: true,
	PrecisionRelative: true}

func checkDue(t *testing.T, call string, d Due) {
	t.Helper()
	var s, e civil
	var ok bool
	if d.Start != nil {
		if s, ok = parseISODay(*d.Start); !ok {
			t.Fatalf("%s: Start %q is no ISO day", call, *d.Start)
		}
	}
	if d.End != nil {
		if e, ok = parseISODay(*d.End); !ok {
			t.Fatalf("%s: End %q is no ISO day", call, *d.End)
		}
	}
	if d.Start != nil && d.End != nil && e.before(s) {
		t.Fatalf("%s: End %s before Start %s", call, *d.End, *d.Start)
	}
	if d.Precision != nil && !precisions[*d.Precision] {
		t.Fatalf("%s: precision %q", call, *d.Precision)
	}
	if (d.Start != nil || d.End != nil) && d.Precision == nil {
		t.Fatalf("%s: bounds without a precision", call)
	}
}

func FuzzParseDue(f *testing.F) {
	for _, c := range dueCases {
		f.Add(c.text, c.ref)
	}
	f.Add("By 31 February", "2020-01-01")
	f.Add("Q5 2024 H3 2024 0th Session GB.", "")
	f.Fuzz(func(t *testing.T, text, ref string) {
		r, _ := time.Parse("2006-01-02", ref)
		d := ParseDue(text, r)
		if d == nil {
			return
		}
		call := "ParseDue(" + text + ")"
		checkDue(t, call, *d)
		// A time-frame cell's status keeps the printed words and is only read from a cell
		// that names no time.
		if s := StatusOfTimeFrame(d); s != nil {
			if d.Start != nil || d.End != nil || s.Text != strings.Join(strings.Fields(d.Text), " ") {
				t.Fatalf("%s: StatusOfTimeFrame = %+v for %+v", call, s, *d)
			}
		}
		if d.End != nil {
			again := ParseDue(*d.End, time.Time{})
			if again == nil || str(again.End) != *d.End || str(again.Precision) != PrecisionDay {
				t.Fatalf("%s: ParseDue(%q) does not give the same day back: %+v", call, *d.End, again)
			}
		}
	})
}

func FuzzFindTimes(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, c.ref)
	}
	f.Add(benchText[:500], r20)
	f.Fuzz(func(t *testing.T, text, ref string) {
		r, _ := time.Parse("2006-01-02", ref)
		prev := 0
		for k, m := range FindTimes(text, r) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("FindTimes(%q)[%d] = [%d:%d] after %d: out of order or out of the text", text, k, m.Start, m.End, prev)
			}
			if m.Due.Text != text[m.Start:m.End] {
				t.Fatalf("FindTimes(%q)[%d].Due.Text = %q, want %q", text, k, m.Due.Text, text[m.Start:m.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Due.Text) {
				t.Fatalf("FindTimes(%q)[%d] cuts a character: %q", text, k, m.Due.Text)
			}
			checkDue(t, "FindTimes("+text+")", m.Due)
			prev = m.End
		}
	})
}
