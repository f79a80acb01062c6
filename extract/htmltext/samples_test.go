package htmltext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gbtrack/extract/textlayer"
	"gbtrack/internal/sharedtest"
)

// corpusDir finds the shared sample corpus: a "shared" directory beside the repository root.
func corpusDir(t testing.TB) string {
	t.Helper()
	return sharedtest.Dir(t, "corpus")
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

func TestSample1999Paper(t *testing.T) {
	doc := extractSample(t, "gb276-tc-2.html")
	text := paragraphs(doc)
	for _, furniture := range []string{"ILO home", "specialized agency", "Last update", "Updated by"} {
		if strings.Contains(allText(doc), furniture) {
			t.Errorf("Extract(gb276-tc-2.html) kept furniture %q", furniture)
		}
	}
	// The masthead layout tables are flattened to paragraphs, symbol first.
	if len(doc.Blocks) == 0 || doc.Blocks[0].Text != "GB.276/TC/2" {
		t.Errorf("Extract(gb276-tc-2.html) first block = %+v, want the symbol from the masthead", doc.Blocks[:min(1, len(doc.Blocks))])
	}
	for i := 1; i <= 9; i++ {
		if !regexp.MustCompile(`(?m)^` + strconv.Itoa(i) + `\. `).MatchString(text) {
			t.Errorf("Extract(gb276-tc-2.html) lost numbered paragraph %d", i)
		}
	}
	var h2 int
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Heading && b.Level == 2 {
			h2++
			if strings.Contains(b.Text, "  ") || !strings.Contains(b.Text, "role of the ILO in technical cooperation") {
				t.Errorf("Extract(gb276-tc-2.html) h2 = %q, want the <BR>-broken title joined", b.Text)
			}
		}
	}
	if h2 != 1 {
		t.Errorf("Extract(gb276-tc-2.html) = %d h2 headings, want 1", h2)
	}
	tables := tablesOf(doc)
	if len(tables) != 1 {
		t.Fatalf("Extract(gb276-tc-2.html) = %d tables, want the implementation plan only", len(tables))
	}
	plan := tables[0]
	if plan.Columns != 3 {
		t.Errorf("implementation plan columns = %d, want 3", plan.Columns)
	}
	var group, header, timeOnly int
	for _, r := range plan.Rows {
		switch {
		case r.Header:
			header++
			if len(r.Cells) != 3 {
				t.Errorf("implementation plan header row %+v, want 3 cells", r)
			}
		case len(r.Cells) == 1:
			group++
			if r.Cells[0].Span != 3 {
				t.Errorf("implementation plan group row %q span = %d, want 3", r.Cells[0].Text, r.Cells[0].Span)
			}
		case len(r.Cells) == 3 && r.Cells[0].Text == "" && r.Cells[1].Text == "" && r.Cells[2].Text != "":
			timeOnly++
		}
		w := 0
		for _, c := range r.Cells {
			w += c.Span
		}
		if w != 3 {
			t.Errorf("implementation plan row %+v covers %d columns, want 3", r, w)
		}
	}
	if header < 1 || group < 3 || timeOnly < 10 {
		t.Errorf("implementation plan: %d header, %d group, %d time-frame-only rows; want header rows, several group rows and many time-frame rows", header, group, timeOnly)
	}
}

func TestSampleNewsPages(t *testing.T) {
	furniture := []string{"cookies", "About the ILO", "Meetings and events", "Français", "Europe and Central Asia >",
		"Upcoming events", "Related content", "Evaluation recommendations database", "Share on social media",
		"Privacy policy", "Copyright", "1996-2024", "341st Session", "15 March 2021"}
	fileDate := regexp.MustCompile(`news-(\d{4}-\d{2}-\d{2})-`)
	for _, name := range []string{"news-2020-11-26-subregional-meeting.html", "news-2021-09-25-social-partners-course.html"} {
		t.Run(name, func(t *testing.T) {
			doc := extractSample(t, name)
			all := allText(doc)
			for _, f := range furniture {
				if strings.Contains(all, f) {
					t.Errorf("Extract(%s) kept furniture %q", name, f)
				}
			}
			if len(doc.Blocks) < 5 || doc.Blocks[0].Kind != textlayer.Heading || doc.Blocks[0].Level != 1 {
				t.Fatalf("Extract(%s) blocks start %+v, want the article's h1 then its paragraphs", name, doc.Blocks[:min(1, len(doc.Blocks))])
			}
			if !strings.HasPrefix(doc.Title, doc.Blocks[0].Text) {
				t.Errorf("Extract(%s) title %q does not start with the h1 %q", name, doc.Title, doc.Blocks[0].Text)
			}
			// The article's date is the one in the file name; the sidebar's are later.
			want, err := time.Parse("2006-01-02", fileDate.FindStringSubmatch(name)[1])
			if err != nil {
				t.Fatal(err)
			}
			got, err := time.Parse("2 January 2006", doc.Date)
			if err != nil || !got.Equal(want) {
				t.Errorf("Extract(%s).Date = %q, want the article's date %s", name, doc.Date, want.Format("2 January 2006"))
			}
			last := doc.Blocks[len(doc.Blocks)-1]
			if last.Kind != textlayer.Paragraph || len(last.Text) < 100 {
				t.Errorf("Extract(%s) last block %q, want the article's last paragraph", name, last.Text)
			}
		})
	}
}
