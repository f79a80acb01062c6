package htmltext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbtrack/extract/textlayer"
)

// corpusDir finds the shared sample corpus: a "shared" directory beside the repository root.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(filepath.Dir(dir), "shared", "corpus")
			if _, err := os.Stat(c); err != nil {
				t.Skipf("sample corpus %s absent: %v", c, err)
			}
			return c
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found; sample corpus unavailable")
		}
		dir = parent
	}
}

func extractSample(t *testing.T, name string) *textlayer.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir(t), name))
	if err != nil {
		t.Fatalf("read sample: %v", err)
	}
	doc, err := Extract(context.Background(), data, "")
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	var b bytes.Buffer
	if err := textlayer.Dump(&b, doc); err != nil {
		t.Fatal(err)
	}
	t.Logf("dump of %s:\n%s", name, b.String())
	return doc
}

func allText(doc *textlayer.Document) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		b.WriteString(bl.Text + "\n")
		if bl.Table != nil {
			for _, r := range bl.Table.Rows {
				for _, c := range r.Cells {
					b.WriteString(c.Text + "\n")
				}
			}
		}
	}
	return b.String()
}

func TestSampleDump(t *testing.T) {
	for _, n := range []string{"gb276-tc-2.html", "news-2020-11-26-subregional-meeting.html", "news-2021-09-25-social-partners-course.html"} {
		t.Run(n, func(t *testing.T) { extractSample(t, n) })
	}
}
