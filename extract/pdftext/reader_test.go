package pdftext

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gbtrack/extract/textlayer"
)

func sampleReader(t testing.TB) *Reader {
	t.Helper()
	r, err := NewReader(context.Background(), Options{Engine: sharedEngine(t), Timeout: time.Minute})
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	return r
}

func readDoc(t *testing.T, name string) *textlayer.Document {
	t.Helper()
	data := readSample(t, name)
	doc, err := sampleReader(t).Read(context.Background(), name, data, "")
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return doc
}

func tablesOf(doc *textlayer.Document) []textlayer.Block {
	var out []textlayer.Block
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			out = append(out, b)
		}
	}
	return out
}

var numberedRowRe = regexp.MustCompile(`^(\d+)\. `)

func TestSampleGBPaper(t *testing.T) {
	doc := readDoc(t, "gb340-ins-6.pdf")
	d := dump(doc)
	symbol := ""
	for _, f := range doc.Furniture {
		if strings.HasPrefix(f, "GB.") {
			symbol = f
		}
	}
	if symbol == "" {
		t.Fatalf("Furniture = %q, want the running header with the symbol", doc.Furniture)
	}
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, symbol) && b.Page > 1 {
			t.Errorf("block p%d %.60q holds the running header %q", b.Page, b.Text, symbol)
		}
	}

	// Numbered paragraphs start their own blocks, in sequence; those cut by footnotes or pages
	// are whole.
	next := 1
	for _, b := range doc.Blocks {
		if m := numberedRowRe.FindStringSubmatch(b.Text); m != nil && b.Kind == textlayer.Paragraph {
			if m[1] != itoa(next) {
				t.Errorf("paragraph %s follows paragraph %d: %.60q", m[1], next-1, b.Text)
			}
			next++
		}
		if b.Kind == textlayer.Paragraph && len(b.Breaks) > 0 && b.PageAt(len(b.Text)-1) == b.Page {
			t.Errorf("block p%d breaks %+v do not reach a later page", b.Page, b.Breaks)
		}
	}
	if next < 40 {
		t.Errorf("found %d numbered paragraphs in sequence, want the paper's 47\n%s", next-1, d)
	}
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, "reform1") || strings.Contains(b.Text, "(QCPR), 3") {
			t.Errorf("footnote marker left in %.80q", b.Text)
		}
	}
	if !strings.Contains(d, "less-siloed") {
		t.Errorf("line-end compound \"less-siloed\" not rebuilt")
	}

	if len(doc.Footnotes) < 10 {
		t.Errorf("got %d footnotes, want the paper's notes", len(doc.Footnotes))
	}
	for i, f := range doc.Footnotes {
		if f.Number != itoa(i+1) || f.Text == "" || f.Page < 1 {
			t.Errorf("footnote %d = %+v, want number %d with text", i, f, i+1)
		}
	}

	tables := tablesOf(doc)
	if len(tables) != 1 {
		t.Fatalf("got %d tables, want the appendix table\n%s", len(tables), d)
	}
	tb := tables[0].Table
	if tb.Columns != 3 || !tb.Rows[0].Header {
		t.Errorf("appendix table: %d columns, header %v; want 3 with a header row", tb.Columns, tb.Rows[0].Header)
	}
	spans, numbered, headers := 0, 0, 0
	lastPage := 0
	for _, r := range tb.Rows {
		if r.Header {
			headers++
			continue
		}
		if len(r.Cells) == 1 && r.Cells[0].Span == tb.Columns {
			spans++
			continue
		}
		if len(r.Cells) != tb.Columns {
			t.Errorf("row %q has %d cells, want %d", rowTexts(r), len(r.Cells), tb.Columns)
		}
		if m := numberedRowRe.FindStringSubmatch(r.Cells[0].Text); m != nil {
			numbered++
			if m[1] != itoa(numbered) {
				t.Errorf("row %s out of order after %d", m[1], numbered-1)
			}
		}
		if r.Cells[1].Text == "" || r.Cells[2].Text == "" {
			t.Errorf("row %q lacks its due date or status", rowTexts(r))
		}
		lastPage = r.Page
	}
	if headers != 1 {
		t.Errorf("%d header rows, want 1 (the repeated header dropped)", headers)
	}
	if spans < 2 {
		t.Errorf("%d group rows spanning the table, want the components", spans)
	}
	if numbered < 10 || lastPage != doc.Pages {
		t.Errorf("%d numbered rows, last on p%d; want the rows continued to the last page p%d", numbered, lastPage, doc.Pages)
	}
}

func TestSampleEvaluation(t *testing.T) {
	for _, name := range []string{"hle-covid19-recommendations.pdf", "hle-covid19-recommendations-web.pdf"} {
		t.Run(name, func(t *testing.T) {
			doc := readDoc(t, name)
			d := dump(doc)
			recs := 0
			for _, b := range doc.Blocks {
				if strings.HasPrefix(b.Text, "RECOMMENDATION ") {
					recs++
					if b.Kind != textlayer.Heading {
						t.Errorf("%q is a %v, want a heading", b.Text, b.Kind)
					}
				}
				for _, f := range doc.Furniture {
					if len(f) > 8 && b.Kind != textlayer.Table && strings.Contains(b.Text, f) {
						t.Errorf("block %.60q holds furniture %q", b.Text, f)
					}
				}
			}
			tables := tablesOf(doc)
			if recs < 5 || len(tables) != recs {
				t.Errorf("%d recommendations, %d tables: want one table each\n%s", recs, len(tables), d)
			}
			for _, tb := range tables {
				td := tb.Table
				if td.Columns != 4 || len(td.Rows) != 2 || !td.Rows[0].Header {
					t.Errorf("table p%d: %d columns, %d rows; want 4 columns, header and one row", tb.Page, td.Columns, len(td.Rows))
					continue
				}
				row := td.Rows[1]
				if row.Cells[1].Text != "" {
					t.Errorf("table p%d: priority %q, want the empty column kept empty", tb.Page, row.Cells[1].Text)
				}
				if !strings.HasSuffix(row.Cells[2].Text, "term") || row.Cells[3].Text == "" {
					t.Errorf("table p%d: row %q, want a time and a resource implication", tb.Page, rowTexts(row))
				}
			}
			// The responsible units of the first table wrap over several lines.
			if len(tables) > 0 {
				units := tables[0].Table.Rows[len(tables[0].Table.Rows)-1].Cells[0].Text
				if !strings.HasPrefix(units, "Deputy Director-General") || !strings.HasSuffix(units, "Turin Centre") {
					t.Errorf("first responsible units = %q, want the whole wrapped list", units)
				}
			}
			stamp := regexp.MustCompile(`https?://|\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}|^\d/5$`)
			for _, b := range doc.Blocks {
				if stamp.MatchString(b.Text) {
					t.Errorf("block %.60q holds a browser's print header or footer", b.Text)
				}
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestReadErrors(t *testing.T) {
	r := sampleReader(t)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotPDF},
		{"html", []byte("<html><body>not a pdf</body></html>"), ErrNotPDF},
		{"truncated header", []byte("%PDF-1.7\n1 0 obj\n<<"), ErrDamaged},
	}
	for _, tt := range tests {
		_, err := r.Read(context.Background(), tt.name+".pdf", tt.data, "")
		if !errors.Is(err, tt.want) {
			t.Errorf("Read(%s) = %v, want %v", tt.name, err, tt.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), tt.name+".pdf: ") {
			t.Errorf("Read(%s) error %q does not name the document", tt.name, err)
		}
	}
}

func TestReadCancelled(t *testing.T) {
	data := readSample(t, "gb340-ins-6.pdf")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sampleReader(t).Read(ctx, "gb340-ins-6.pdf", data, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("Read(cancelled ctx) = %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := sampleReader(t).Read(ctx, "gb340-ins-6.pdf", data, "")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Read(30ms deadline) = %v, want context.DeadlineExceeded", err)
	}
	// How soon it stops is logged, not asserted: a busy machine may take longer, and a read that
	// never stopped would fail the run on go test's own timeout.
	t.Logf("Read(30ms deadline) stopped after %v", time.Since(start))
	// The engine still works after a killed read.
	if _, err := sampleReader(t).Read(context.Background(), "gb340-ins-6.pdf", data, ""); err != nil {
		t.Errorf("Read after a cancelled read = %v", err)
	}
}

// panicEngine lets the test check that a panic inside a read comes back as an error.
type panicEngine struct{}

func (panicEngine) Name() string { return "panic" }
func (panicEngine) Close() error { return nil }
func (panicEngine) Read(context.Context, []byte, string) (RawDocument, error) {
	panic("boom")
}

func TestReadRecoversPanic(t *testing.T) {
	r, err := NewReader(context.Background(), Options{Engine: panicEngine{}})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := r.Read(context.Background(), "x.pdf", []byte("%PDF-1.4"), "")
	if doc != nil || err == nil || !strings.HasPrefix(err.Error(), "x.pdf: ") {
		t.Errorf("Read(panicking engine) = %v, %v; want an error naming x.pdf", doc, err)
	}
}

func FuzzRead(f *testing.F) {
	dir, err := os.Getwd()
	if err == nil {
		for _, name := range []string{"qpdf-bad-xref.pdf", "qpdf-issue-146.pdf", "pdfminer-issue-886-xref-stream-widths.pdf"} {
			if data, err := os.ReadFile(filepath.Join(dir, "..", "..", "..", "shared", "robust", name)); err == nil {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Add([]byte("not a pdf"))
	r := sampleReader(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		doc, err := r.Read(ctx, "fuzz.pdf", data, "")
		if (doc == nil) == (err == nil) {
			t.Fatalf("Read = %v, %v: want exactly one of document and error", doc, err)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	data := readSample(b, "gb340-ins-6.pdf")
	r := sampleReader(b)
	pages := 0
	b.ResetTimer()
	for b.Loop() {
		doc, err := r.Read(context.Background(), "gb340-ins-6.pdf", data, "")
		if err != nil {
			b.Fatal(err)
		}
		pages += doc.Pages
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkAnalyze(b *testing.B) {
	data := readSample(b, "gb340-ins-6.pdf")
	raw, err := sharedEngine(b).Read(context.Background(), data, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := processCPU(b)
	for b.Loop() {
		if _, err := analyze(context.Background(), raw); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((processCPU(b)-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(len(raw.Pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// TestOpenErrorMessages: the reasons a document does not open read as a person would write them,
// without PDFium's numeric codes.
func TestOpenErrorMessages(t *testing.T) {
	type openCase struct {
		name     string
		data     []byte
		password string
		want     error
		wantMsg  string
	}
	r := sampleReader(t)
	sample := readSample(t, "gb340-ins-6.pdf")
	headless := bytes.Replace(sample, []byte("%PDF-"), []byte("%XYZ-"), 1)
	tests := []openCase{
		{"html", []byte("<html><body>not a pdf</body></html>"), "", ErrNotPDF, "html.pdf: not a PDF"},
		{"truncated", []byte("%PDF-1.7\n1 0 obj\n<<"), "", ErrDamaged, "truncated.pdf: damaged PDF: PDFium cannot parse it"},
		{"headless", headless, "", ErrDamaged, "headless.pdf: damaged PDF: no %PDF- header"},
	}
	robust := filepath.Join(filepath.Dir(corpusDir(t)), "robust", "pdfminer-aes-128.pdf")
	if enc, err := os.ReadFile(robust); err == nil {
		tests = append(tests,
			openCase{"encrypted", enc, "", ErrEncrypted, "encrypted.pdf: password-protected PDF: no password given (try --password)"},
			openCase{"wrong-password", enc, "wrong", ErrEncrypted, "wrong-password.pdf: password-protected PDF: the password is wrong (try another --password)"})
	}
	for _, tt := range tests {
		_, err := r.Read(context.Background(), tt.name+".pdf", tt.data, tt.password)
		if !errors.Is(err, tt.want) || err == nil || err.Error() != tt.wantMsg {
			t.Errorf("Read(%s) = %v, want %q", tt.name, err, tt.wantMsg)
		}
	}
}
