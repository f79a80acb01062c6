package render

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"golang.org/x/image/font/gofont/goregular"

	"gbtrack/changes"
	"gbtrack/internal/heapsample"
	"gbtrack/normalize"
)

var pdfOut = flag.String("pdfout", "", "also write the sample report to this file, to look at it")

func buildPDF(t testing.TB, in Input, compress bool) []byte {
	t.Helper()
	r, err := Build(in)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	var buf bytes.Buffer
	if err := writePDF(context.Background(), &buf, r, options{compress: compress}); err != nil {
		t.Fatalf("WritePDF: %v", err)
	}
	return buf.Bytes()
}

func sampleWithChanges() Input {
	in := sampleInput()
	old := append([]normalize.Item(nil), in.Items...)
	old[0].Status = &normalize.Status{Text: "Planned", Value: "planned"}
	old[1].Text = strings.Replace(old[1].Text, "technical capacities", "capacities", 1)
	old[1].Text = strings.Replace(old[1].Text, "Review of the", "Review of the whole", 1)
	old = old[:len(old)-1]
	in.Changes = changes.Compare(old, in.Items, in.AsOf)
	return in
}

func TestWritePDFDeterministic(t *testing.T) {
	for name, in := range map[string]Input{"sample": sampleWithChanges(), "200 items": bigInput(200)} {
		t.Run(name, func(t *testing.T) {
			a := buildPDF(t, in, true)
			buildPDF(t, bigInput(20), true) // a report in between must leave nothing behind
			b := buildPDF(t, in, true)
			if !bytes.Equal(a, b) {
				t.Errorf("WritePDF twice on the same Input: %d and %d bytes, not identical", len(a), len(b))
			}
			if *pdfOut != "" && name == "sample" {
				if err := os.WriteFile(*pdfOut, a, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// pdfText extracts the text of each page with poppler's pdftotext.
func pdfText(t *testing.T, pdf []byte) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; the text of the PDF cannot be checked")
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// squash removes all whitespace, so that a text wrapped over lines can be found whole.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func TestWritePDFContainsTexts(t *testing.T) {
	in := sampleWithChanges()
	pages := pdfText(t, buildPDF(t, in, true))
	all := squash(strings.Join(pages, " "))
	// The words of an item are checked in the order the cells are drawn: a text extractor
	// reads a row across its columns, and interleaves a cell's second line with its neighbours'.
	r, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	var drawn strings.Builder
	if err := writePDF(context.Background(), io.Discard, r, options{onCell: func(_ *fpdf.Fpdf, text string, _ float64) {
		drawn.WriteString(text + " ")
	}}); err != nil {
		t.Fatal(err)
	}
	cells := squash(drawn.String())
	for _, it := range in.Items {
		if words := []rune(it.Text); !strings.Contains(cells, squash(string(words[:min(len(words), 150)]))) {
			t.Errorf("PDF text lacks the words of %s: %q", it.ID, it.Text)
		}
		// No ids where words should be.
		if strings.Contains(all, squash(it.ID)) {
			t.Errorf("PDF text shows the id %s", it.ID)
		}
	}
	for _, want := range []string{
		"Côte d'Ivoire", "Русский язык", "“curly quotes”", "2019–20", // fonts: Latin-1, Cyrillic, punctuation
		"Implementation of Governing Body decisions – progress report", "25 November 2020",
		"Where the items stand", "Implementation rate", "Acceptance rate", "Long outstanding", // the first page
		"31 December 2019", // a deadline as people write dates
		"pdf: no text layer on any page (scanned document)", // a failed document's error
		titleRegister, titleUnits, titleChanges, "Contents",
		"Review of the whole configuration of ILO capacities", // the words before a change
	} {
		if !strings.Contains(all, squash(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	for i, p := range pages {
		if want := fmt.Sprintf("Page %d of %d", i+1, len(pages)); !strings.Contains(p, want) {
			t.Errorf("page %d lacks its footer %q", i+1, want)
		}
		if i > 0 && !strings.Contains(p, "As of 25 November 2020") {
			t.Errorf("page %d lacks the running header", i+1)
		}
	}
}

// TestContentsPageNumbers: every line of the first page's contents names the page on which
// its heading is printed.
func TestContentsPageNumbers(t *testing.T) {
	in := bigInput(300)
	r, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	pages := pdfText(t, buildPDF(t, in, true))
	for _, e := range plan(r) {
		if e.level > 0 {
			continue
		}
		re := regexp.MustCompile(regexp.QuoteMeta(e.title) + `\s+(\d+)\n`)
		m := re.FindStringSubmatch(pages[0])
		if m == nil {
			t.Errorf("contents lack a line for %q", e.title)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if n < 2 || n > len(pages) || !strings.Contains(pages[n-1], e.title) {
			t.Errorf("contents send %q to page %d, which does not show that heading", e.title, n)
		}
	}
}

// TestTableHeaderRepeats: the register of a large run runs over many pages and shows its
// header on each of them.
func TestTableHeaderRepeats(t *testing.T) {
	pages := pdfText(t, buildPDF(t, bigInput(300), true))
	first, last := -1, -1
	for i, p := range pages[1:] { // after the first page, which names the sections too
		if first < 0 && strings.Contains(p, titleRegister) {
			first = i + 1
		}
		if strings.Contains(p, titleUnits) {
			last = i
			break
		}
	}
	if first < 0 || last-first < 2 {
		t.Fatalf("the register of bigInput(300) spans pages %d to %d; the test needs one that runs over", first+1, last+1)
	}
	for i := first; i <= last; i++ {
		if !strings.Contains(pages[i], "Status") || !strings.Contains(pages[i], "Due") {
			t.Errorf("page %d continues the register without its header", i+1)
		}
	}
}

var tfRE = regexp.MustCompile(`/F\w+ ([0-9.]+) Tf`)

func TestNoTextSmallerThanMinimum(t *testing.T) {
	raw := buildPDF(t, sampleWithChanges(), false)
	m := tfRE.FindAllSubmatch(raw, -1)
	if len(m) == 0 {
		t.Fatal("uncompressed PDF has no Tf operator; the check would pass vacuously")
	}
	for _, x := range m {
		size, err := strconv.ParseFloat(string(x[1]), 64)
		if err != nil {
			t.Fatalf("Tf size %q: %v", x[1], err)
		}
		if size < sizeSmall {
			t.Errorf("text set at %.2f pt, below the %.1f pt minimum", size, sizeSmall)
		}
	}
}

// utf16Title is how fpdf writes a UTF-8 outline title: UTF-16BE behind a byte-order mark.
func utf16Title(s string) string {
	var b strings.Builder
	b.WriteString("\xfe\xff")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u >> 8))
		b.WriteByte(byte(u))
	}
	return b.String()
}

func TestOutline(t *testing.T) {
	in := sampleWithChanges()
	r, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	raw := string(buildPDF(t, in, false))
	if !strings.Contains(raw, "/PageMode /UseOutlines") {
		t.Error("PDF does not open with its outline shown")
	}
	titles := []string{"Summary"}
	for _, e := range plan(r) {
		titles = append(titles, e.title)
	}
	for _, title := range titles {
		if strings.ContainsAny(title, `()\`) {
			continue // escaped in the file; the plain search below would miss it
		}
		if !strings.Contains(raw, "/Title ("+utf16Title(title)+")") {
			t.Errorf("outline lacks an entry %q", title)
		}
	}
	for _, d := range r.ByDoc {
		if d.Error != "" && len(d.IDs) == 0 {
			continue // listed with the documents that could not be read
		}
		if !slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, d.ID) }) {
			t.Errorf("outline has no entry for document %s", d.ID)
		}
	}
}

func TestSourceLinks(t *testing.T) {
	raw := string(buildPDF(t, sampleInput(), false))
	for _, want := range []string{
		"/URI (https://www.ilo.org/news/item.html)",
		"/URI (gb340-ins-6.pdf#page=3)", // a local file is linked by its name and page
		"/Outlines",
	} {
		if !strings.Contains(raw, want) {
			t.Errorf("uncompressed PDF lacks %q", want)
		}
	}
	if got := strings.Count(raw, "/Dest ["); got < len(sampleInput().Items) {
		t.Errorf("PDF has %d internal links, want at least one per item (%d)", got, len(sampleInput().Items))
	}
}

func TestSourceURL(t *testing.T) {
	tests := []struct {
		src  string
		page int
		want string
	}{
		{"https://www.ilo.org/a/b.pdf", 12, "https://www.ilo.org/a/b.pdf#page=12"},
		{"https://www.ilo.org/a/b.pdf#x", 2, "https://www.ilo.org/a/b.pdf#page=2"},
		{"https://www.ilo.org/news.html", 0, "https://www.ilo.org/news.html"},
		{"corpus/gb340-ins-6.pdf", 12, "gb340-ins-6.pdf#page=12"},
		{"my papers/gb 340.pdf", 1, "gb%20340.pdf#page=1"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := sourceURL(tt.src, tt.page); got != tt.want {
			t.Errorf("sourceURL(%q, %d) = %q, want %q", tt.src, tt.page, got, tt.want)
		}
	}
}

func TestWrapTextNeverCutsNorOverflows(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(famText, "", goregular.TTF)
	pdf.SetFont(famText, "", sizeBody)
	texts := map[string]string{
		"long sentence":   longText,
		"one long word":   strings.Repeat("Русский", 60),
		"spaces and tabs": "a  b\t\tc\n\nd " + strings.Repeat("word ", 200),
		"empty":           "",
	}
	for name, s := range texts {
		for _, w := range []float64{20, 64, bodyW} {
			lines := wrapText(pdf, s, w)
			limit := w - 2*pdf.GetCellMargin()
			for _, l := range lines {
				if got := pdf.GetStringWidth(l); got > limit+1e-9 {
					t.Errorf("%s: wrapText(w=%v) line %q is %.2f mm wide, over %.2f", name, w, l, got, limit)
				}
			}
			// hyphenate adds a hyphen where it breaks a word too long for the line
			unhyphen := func(s string) string { return strings.ReplaceAll(squash(s), "-", "") }
			if got, want := unhyphen(strings.Join(lines, "")), unhyphen(s); got != want {
				t.Errorf("%s: wrapText(w=%v) lost text: joined lines = %q, want %q", name, w, got, want)
			}
		}
	}
}

// TestNoTextWiderThanItsCell watches every text the report draws, in the font it is drawn in,
// and checks that it fits its cell: wrapping happens before drawing, so nothing runs past a
// cell's edge or gets clipped.
func TestNoTextWiderThanItsCell(t *testing.T) {
	for name, in := range map[string]Input{"sample": sampleWithChanges(), "300 items": bigInput(300)} {
		t.Run(name, func(t *testing.T) {
			r, err := Build(in)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			check := func(pdf *fpdf.Fpdf, text string, cellW float64) {
				n++
				if text == "" {
					return
				}
				if w, limit := pdf.GetStringWidth(text), cellW-2*pdf.GetCellMargin(); w > limit+1e-6 {
					t.Errorf("text %q is %.2f mm wide in a cell with %.2f mm for text", text, w, limit)
				}
			}
			if err := writePDF(context.Background(), io.Discard, r, options{onCell: check}); err != nil {
				t.Fatalf("WritePDF: %v", err)
			}
			if n < 100 {
				t.Fatalf("the cell hook saw %d texts; the check would be vacuous", n)
			}
		})
	}
}

func TestWritePDFCancelled(t *testing.T) {
	r, err := Build(bigInput(50))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WritePDF(ctx, &bytes.Buffer{}, r); !errors.Is(err, context.Canceled) {
		t.Errorf("WritePDF(cancelled ctx) error = %v, want context.Canceled", err)
	}
}

func TestWriteJSONStable(t *testing.T) {
	in := sampleWithChanges()
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		r, err := Build(in)
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(buf, r); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("WriteJSON of two Builds of the same Input differ")
	}
	for _, want := range []string{`"implementation_rate"`, `"by_age"`, `"overdue"`, `"days_overdue": 330`, `"changes"`} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("report.json lacks %s", want)
		}
	}
}

func BenchmarkWritePDF(b *testing.B) {
	r, err := Build(bigInput(1000))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WritePDF(context.Background(), &buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
}

func BenchmarkBuild(b *testing.B) {
	in := bigInput(1000)
	for b.Loop() {
		if _, err := Build(in); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWritePDFEmptyRun(t *testing.T) {
	pages := pdfText(t, buildPDF(t, Input{AsOf: asOf2020, Changes: []changes.Change{}}, true))
	all := strings.Join(pages, "\n")
	for _, want := range []string{"Progress report", "No item was found in the documents read.", "not computed",
		"Nothing changed since the previous run."} {
		if !strings.Contains(all, want) {
			t.Errorf("report of an empty run lacks %q", want)
		}
	}
}

// BenchmarkWritePDF20000 is issue 12's report at scale: 20,000 items over 400 documents drawn
// into the register and written with report.json (target: under 5 s a report on an idle
// machine, within the run's 300 MiB). peak-heap-MiB is the most heap the process held while
// drawing, sampled (the Build's figures and the input included).
func BenchmarkWritePDF20000(b *testing.B) {
	r, err := Build(bigInput(20000))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	peak := heapsample.Start()
	for b.Loop() {
		buf.Reset()
		if err := WritePDF(context.Background(), &buf, r); err != nil {
			b.Fatal(err)
		}
		if err := WriteJSON(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
	b.ReportMetric(float64(bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))), "pages")
}

// TestWrapTextBreaksAfterSlash: a word too wide for its cell breaks after its slash, not inside
// one of its words ("Completed/ongoin" + "g").
// TestWrapTextHyphenatesLongWords: a word too wide for its column breaks with a hyphen and
// leaves at least minTail runes to the next line, never "MULTILATERAL" over "S,".
func TestWrapTextHyphenatesLongWords(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(famText, "", goregular.TTF)
	pdf.SetFont(famText, "", sizeBody)
	tests := []struct {
		word string
		fits string // the widest text the column holds
		want []string
	}{
		{"MULTILATERALS,", "MULTILATERAL", []string{"MULTILATER-", "ALS,"}},
		{"MULTILATERALS,", "MULTILATERALS", []string{"MULTILATER-", "ALS,"}},
		{"Departments", "Departm", []string{"Depart-", "ments"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			w := pdf.GetStringWidth(tt.fits) + 2*pdf.GetCellMargin()
			got := wrapText(pdf, tt.word, w)
			assert.Equal(t, tt.want, got)
			assert.GreaterOrEqual(t, len([]rune(strings.TrimRight(got[len(got)-1], ",;."))), minTail)
		})
	}
}

// TestWrapTextNeverMarksAURL: a URL, a symbol or a compound too wide for its column breaks
// without a hyphen it does not hold, so that its lines joined read it back whole.
func TestWrapTextNeverMarksAURL(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(famText, "", goregular.TTF)
	pdf.SetFont(famText, "", sizeBody)
	for _, s := range []string{
		"https://www.ilo.org/resource/gb/358/annex/inspection-data-standard-v2-final-consolidated-version-with-annexes.pdf",
		"GB.358/INS/9/Add.1/Corr.1/Rev.2/Annex-III-Statistical-Tables-Consolidated",
		"Pneumonoultramicroscopicsilicovolcanoconiosisprevention-and-inspection-guidelines-for-mining-sites",
	} {
		for _, w := range []float64{20, 40, 64} {
			got := wrapText(pdf, s, w)
			assert.Greater(t, len(got), 1, "%s at %v mm", s, w)
			assert.Equal(t, s, squash(strings.Join(got, "")), "%s at %v mm", s, w)
		}
	}
}

func TestWrapTextBreaksAfterSlash(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(famText, "", goregular.TTF)
	pdf.SetFont(famText, "", sizeBody)
	w := pdf.GetStringWidth("Completed/ongo") + 2*pdf.GetCellMargin()
	got := wrapText(pdf, "Completed/ongoing", w)
	want := []string{"Completed/", "ongoing"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrapText = %q, want %q", got, want)
	}
	if got := wrapText(pdf, "Completed/ongoing", 200); len(got) != 1 || got[0] != "Completed/ongoing" {
		t.Errorf("a word that fits is kept whole: %q", got)
	}
}
