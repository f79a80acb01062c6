package render

import (
	"bytes"
	"context"
	"testing"

	"gbtrack/normalize"
)

// FuzzWritePDF feeds the report texts as an extraction might produce them (any bytes, invalid
// UTF-8, control characters, huge words, odd dates) and checks that Build and WritePDF neither
// panic nor fail. (Determinism has its own test; one write per input keeps the fuzzer going.)
func FuzzWritePDF(f *testing.F) {
	f.Add("Progress report", "Review of the configuration – Côte d'Ivoire, Русский.", "By end 2019", "2019-12-31", "ongoing", "PROGRAM")
	f.Add("", "", "", "", "", "")
	f.Add("\x00\xff(title)\\", "a\tb\r\nc\u00ad\u200b\U0001F600 中文 עברית", "By (mid) 2020\\", "not-a-date", "weird_status", "   ")
	f.Add("T", string(bytes.Repeat([]byte("x"), 5000)), "9999-99-99", "0001-01-01", "completed", "\xc3")
	f.Fuzz(func(t *testing.T, title, text, dueText, dueEnd, status, unit string) {
		it := item("D/1", normalize.KindRecommendation, "1", text, dueText, dueEnd, "", unit)
		if status != "" {
			it.Status = &normalize.Status{Text: status, Value: status}
		}
		it2 := it
		it2.ID += "b"
		it2.Number = nil
		it2.Doc = title
		in := Input{Items: []normalize.Item{it, it2}, Docs: []normalize.Document{doc("D/1", title, text)}, AsOf: asOf2020, Title: title}
		r, err := Build(in)
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		var a bytes.Buffer
		if err := WritePDF(context.Background(), &a, r); err != nil {
			t.Fatalf("WritePDF: %v", err)
		}
		if !bytes.HasPrefix(a.Bytes(), []byte("%PDF-")) {
			t.Fatalf("WritePDF wrote %d bytes that do not start a PDF", a.Len())
		}
	})
}
