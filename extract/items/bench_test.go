package items

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gbtrack/extract/htmltext"
	"gbtrack/extract/textlayer"
)

// runningText returns the paragraphs of the bundled HTML samples: real running text of the
// genre (a GB paper, news items).
func runningText(b *testing.B) *textlayer.Document {
	b.Helper()
	paths, _ := filepath.Glob("../../samples/*.html")
	if len(paths) == 0 {
		b.Fatal("no HTML samples under ../../samples")
	}
	doc := &textlayer.Document{Format: "html"}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := htmltext.Extract(context.Background(), data, "")
		if err != nil {
			b.Fatal(err)
		}
		for _, bl := range d.Blocks {
			if bl.Kind == textlayer.Paragraph {
				doc.Blocks = append(doc.Blocks, bl)
			}
		}
	}
	return doc
}

// BenchmarkFindCommitments measures the commitment finder (sentence splitting, time expressions,
// verb-group analysis) in bytes of running text per second; the target is at least 1 MB/s on one
// core.
func BenchmarkFindCommitments(b *testing.B) {
	doc := runningText(b)
	n := 0
	for _, bl := range doc.Blocks {
		n += len(bl.Text)
	}
	b.SetBytes(int64(n))
	ref := time.Date(2020, 10, 9, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for b.Loop() {
		d := &detector{doc: doc, ref: ref, docID: "bench", claimed: map[int]bool{}}
		if err := d.findCommitments(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDetect measures item detection on a whole document with tables.
func BenchmarkDetect(b *testing.B) {
	data, err := os.ReadFile("../../samples/gb276-tc-2.html")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := htmltext.Extract(context.Background(), data, "")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Detect(context.Background(), doc, Source{Ref: "gb276-tc-2.html", FileID: "gb276-tc-2"}); err != nil {
			b.Fatal(err)
		}
	}
}
