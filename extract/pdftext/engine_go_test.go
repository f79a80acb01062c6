package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gbtrack/internal/sharedtest"
)

// gtPDF assembles a PDF from object bodies (object i+1 is objs[i]; object 1 must be the catalog)
// with a correct xref table, so that tests state exactly the structure they exercise.
// offsetOf, when set, may replace the xref offset of an object to damage the file.
func gtPDF(objs []string, trailerExtra string, offsetOf func(obj int, offsets []int) int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs)+1)
	for i, body := range objs {
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for i := 1; i <= len(objs); i++ {
		off := offsets[i]
		if offsetOf != nil {
			off = offsetOf(i, offsets)
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

// gtStream is the body of a stream object.
func gtStream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// gtWidths is a /Widths array for codes 32..126: 500 each, 250 for the space.
func gtWidths() string {
	ws := make([]string, 95)
	for i := range ws {
		ws[i] = "500"
	}
	ws[0] = "250"
	return "[" + strings.Join(ws, " ") + "]"
}

var gtFont = "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Helvetica-Bold /FirstChar 32 /LastChar 126 /Widths " + gtWidths() + " /Encoding /WinAnsiEncoding >>"

// gtPage is a one-page document: a 200 x 100 page with font F1 (object 5), the content, and
// extra page entries and objects from object 6 on (X1 is object 6, F2 object 7, if given).
func gtPage(pageExtra, content string, more ...string) []byte {
	return gtPageFont(gtFont, pageExtra, content, more...)
}

// gtPageFont is gtPage with another font as F1.
func gtPageFont(font, pageExtra, content string, more ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R " + pageExtra + " >>",
		gtStream("", content),
		font,
	}
	return gtPDF(append(objs, more...), "", nil)
}

func gtText(p RawPage) string {
	var b strings.Builder
	for _, g := range p.Glyphs {
		b.WriteString(g.Text)
	}
	return b.String()
}

func gtNear(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func TestGoEngineGlyphs(t *testing.T) {
	type box struct {
		i              int // glyph index
		x0, y0, x1, y1 float64
	}
	tests := []struct {
		name       string
		pdf        []byte
		wantText   string
		wantW      float64
		wantH      float64
		wantSize   float64
		wantBoxes  []box
		wantFont   string
		wantBold   bool
		checkFonts bool
	}{
		{
			name:     "Tj at Td, y flipped, subset prefix and Bold from the name",
			pdf:      gtPage("", "BT /F1 10 Tf 10 20 Td (Hi) Tj ET"),
			wantText: "Hi", wantW: 200, wantH: 100, wantSize: 10,
			// Baseline at 100-20 = 80; ascent 0.8 and descent -0.2 em without a descriptor.
			wantBoxes:  []box{{0, 10, 72, 15, 82}, {1, 15, 72, 20, 82}},
			wantFont:   "Helvetica-Bold",
			wantBold:   true,
			checkFonts: true,
		},
		{
			name:     "TJ kerning moves the pen and adds no glyph",
			pdf:      gtPage("", "BT /F1 10 Tf 10 20 Td [(A) -1000 (B)] TJ [(C)] TJ ET"),
			wantText: "ABC", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{1, 25, 72, 30, 82}, {2, 30, 72, 35, 82}},
		},
		{
			// TeX sets no space glyphs: words are apart by kerning only, and must stay apart.
			name:     "TeX-style word gap from TJ kerning alone",
			pdf:      gtPage("", "BT /F1 10 Tf 10 20 Td [(ab)-333(cd)] TJ ET"),
			wantText: "abcd", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{1, 15, 72, 20, 82}, {2, 23.33, 72, 28.33, 82}},
		},
		{
			name:     "word spacing applies to the space only",
			pdf:      gtPage("", "BT /F1 10 Tf 2 Tw 10 20 Td (A B) Tj ET"),
			wantText: "A B", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{2, 19.5, 72, 24.5, 82}},
		},
		{
			name:     "size from the text matrix when Tf says 1",
			pdf:      gtPage("", "BT /F1 1 Tf 12 0 0 12 50 50 Tm (A) Tj ET"),
			wantText: "A", wantW: 200, wantH: 100, wantSize: 12,
			wantBoxes: []box{{0, 50, 40.4, 56, 52.4}},
		},
		{
			name:     "cm scales and q/Q restores",
			pdf:      gtPage("", "q 2 0 0 2 0 0 cm BT /F1 10 Tf 5 5 Td (A) Tj ET Q BT /F1 10 Tf 100 20 Td (B) Tj ET"),
			wantText: "AB", wantW: 200, wantH: 100,
			wantBoxes: []box{{0, 10, 74, 20, 94}, {1, 100, 72, 105, 82}},
		},
		{
			name:     "rotate 90 turns the page clockwise",
			pdf:      gtPage("/Rotate 90", "BT /F1 10 Tf 10 20 Td (A) Tj ET"),
			wantText: "A", wantW: 100, wantH: 200, wantSize: 10,
			wantBoxes: []box{{0, 18, 10, 28, 15}},
		},
		{
			name:     "crop box sets the origin",
			pdf:      gtPage("/CropBox [10 10 110 90]", "BT /F1 10 Tf 20 20 Td (A) Tj ET"),
			wantText: "A", wantW: 100, wantH: 80, wantSize: 10,
			wantBoxes: []box{{0, 10, 62, 15, 72}},
		},
		{
			name: "form XObject with its matrix and resources",
			pdf: gtPage("", "BT /F1 10 Tf 10 20 Td (A) Tj ET /X1 Do",
				gtStream("/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Matrix [1 0 0 1 50 0] /Resources << /Font << /F9 5 0 R >> >>", "BT /F9 10 Tf 10 20 Td (B) Tj ET")),
			wantText: "AB", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{1, 60, 72, 65, 82}},
		},
		{
			name:     "inline image with delimiters in its data keeps the text after it",
			pdf:      gtPage("", "q BI /W 4 /H 1 /BPC 8 /CS /G ID \x00)>]\xffE I EI Q BT /F1 10 Tf 10 20 Td (ok) Tj ET"),
			wantText: "ok", wantW: 200, wantH: 100, wantSize: 10,
		},
		{
			name:     "stray closers, unbalanced Q and operand junk are skipped",
			pdf:      gtPage("", "Q Q ] ) } >> 1 2 3 BT /F1 10 Tf 10 20 Td (ok) 5 Tj (!) Tj ET"),
			wantText: "!", wantW: 200, wantH: 100, wantSize: 10,
		},
		{
			name: "fi ligature from a Differences encoding splits its advance",
			pdf: gtPageFont(strings.Replace(gtFont, "/Encoding /WinAnsiEncoding", "/Encoding << /Type /Encoding /Differences [174 /fi] >>", 1),
				"", "BT /F1 10 Tf 10 20 Td (\\256x) Tj ET"),
			wantText: "fix", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{0, 10, 72, 12.5, 82}, {1, 12.5, 72, 15, 82}, {2, 15, 72, 20, 82}},
		},
		{
			name:     "a standard 14 font without /Widths gets the standard metrics",
			pdf:      gtPageFont("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "", "BT /F1 10 Tf 10 20 Td (Hi) Tj ET"),
			wantText: "Hi", wantW: 200, wantH: 100, wantSize: 10,
			// Helvetica AFM: H 722, i 222.
			wantBoxes: []box{{0, 10, 72, 17.22, 82}, {1, 17.22, 72, 19.44, 82}},
			wantFont:  "Helvetica", checkFonts: true,
		},
		{
			name:     "control codes are not glyphs",
			pdf:      gtPage("", "BT /F1 10 Tf 10 20 Td (A\\000\\tB) Tj ET"),
			wantText: "AB", wantW: 200, wantH: 100, wantSize: 10,
		},
		{
			name: "Type0 Identity-H with /W widths and a ToUnicode map",
			pdf: gtPage("", "BT /F2 10 Tf 10 20 Td <00010002> Tj ET",
				gtStream("", ""),
				"<< /Type /Font /Subtype /Type0 /BaseFont /XYZABC+Noto,Bold /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>",
				"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Noto /DW 1000 /W [1 [600 700]] >>",
				gtStream("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <0078> <0002> <0079> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"),
			),
			wantText: "xy", wantW: 200, wantH: 100, wantSize: 10,
			wantBoxes: []box{{0, 10, 72, 16, 82}, {1, 16, 72, 23, 82}},
			wantFont:  "Noto,Bold", wantBold: true, checkFonts: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := NewGoEngine().Read(context.Background(), tt.pdf, "")
			if err != nil {
				t.Fatalf("Read() error = %v", err)
			}
			if len(doc.Pages) != 1 {
				t.Fatalf("Read() gave %d pages, want 1", len(doc.Pages))
			}
			p := doc.Pages[0]
			if p.Err != nil {
				t.Fatalf("Read() page 1 error = %v", p.Err)
			}
			if got := gtText(p); got != tt.wantText {
				t.Errorf("Read() text = %q, want %q", got, tt.wantText)
			}
			if !gtNear(p.Width, tt.wantW) || !gtNear(p.Height, tt.wantH) {
				t.Errorf("Read() page size = %vx%v, want %vx%v", p.Width, p.Height, tt.wantW, tt.wantH)
			}
			for _, g := range p.Glyphs {
				if tt.wantSize != 0 && !gtNear(g.Size, tt.wantSize) {
					t.Errorf("Read() glyph %q size = %v, want %v", g.Text, g.Size, tt.wantSize)
				}
				if tt.checkFonts && (g.Font != tt.wantFont || g.Bold != tt.wantBold) {
					t.Errorf("Read() glyph %q font = %q bold=%v, want %q bold=%v", g.Text, g.Font, g.Bold, tt.wantFont, tt.wantBold)
				}
			}
			for _, b := range tt.wantBoxes {
				if b.i >= len(p.Glyphs) {
					t.Errorf("Read() has no glyph %d", b.i)
					continue
				}
				g := p.Glyphs[b.i]
				if !gtNear(g.X0, b.x0) || !gtNear(g.Y0, b.y0) || !gtNear(g.X1, b.x1) || !gtNear(g.Y1, b.y1) {
					t.Errorf("Read() glyph %d %q box = (%.2f,%.2f)-(%.2f,%.2f), want (%.2f,%.2f)-(%.2f,%.2f)",
						b.i, g.Text, g.X0, g.Y0, g.X1, g.Y1, b.x0, b.y0, b.x1, b.y1)
				}
			}
		})
	}
}

// gtCountdown is a context whose Err turns to Canceled after n calls, to cancel a read at a
// chosen point without depending on timing.
type gtCountdown struct {
	context.Context
	n int
}

func (c *gtCountdown) Err() error {
	c.n--
	if c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestGoEngineErrors(t *testing.T) {
	twoPages := func(content1 string, filter1 string) []byte {
		return gtPDF([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			gtStream(filter1, content1),
			gtFont,
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
			gtStream("", "BT /F1 10 Tf 10 20 Td (two) Tj ET"),
		}, "", nil)
	}
	good := gtPage("", "BT /F1 10 Tf 10 20 Td (Hi) Tj ET")
	misplaced := gtPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
		gtStream("", "BT ET"),
		"<< /Whatever 1 >>",
	}, "", func(obj int, offsets []int) int {
		if obj == 4 {
			return offsets[5] // object 4's entry points at object 5: the library panics
		}
		return offsets[obj]
	})
	loop := append(bytes.Clone(good), []byte("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev "+fmt.Sprint(len(good))+" >>\nstartxref\n"+fmt.Sprint(len(good))+"\n%%EOF\n")...)
	selfDrawing := func(calls int) []byte {
		return gtPage("", "/X1 Do",
			gtStream("/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>",
				"BT /F1 10 Tf 10 20 Td (A) Tj ET"+strings.Repeat(" /X1 Do", calls)))
	}
	tests := []struct {
		name     string
		data     []byte
		ctx      context.Context
		wantErr  error  // of the document
		pageErr  error  // of page 1, when the document reads
		pageMsg  string // in page 1's error
		page2    string // text of page 2, which must survive page 1's failure
		wantText string
	}{
		{name: "not a PDF", data: []byte("hello, world"), wantErr: ErrNotPDF},
		{name: "empty input", data: nil, wantErr: ErrNotPDF},
		{name: "header only", data: []byte("%PDF-1.4\n"), wantErr: ErrDamaged},
		{name: "truncated in the middle", data: good[:len(good)/2], wantErr: ErrDamaged},
		{name: "xref /Prev loop", data: loop, wantErr: ErrDamaged},
		{name: "unsupported encryption", data: gtPDF([]string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< /Filter /Standard /V 5 /R 6 /Length 256 >>"}, "/Encrypt 3 0 R /ID [<00> <00>]", nil), wantErr: ErrEncrypted},
		{name: "LZW content fails its page only", data: twoPages("garbage", "/Filter /LZWDecode"), pageErr: ErrDamaged, pageMsg: "page 1", page2: "two"},
		{name: "library panic fails its page only", data: misplaced, pageErr: ErrDamaged, pageMsg: "page 1"},
		{name: "corrupt Flate keeps going", data: twoPages("x\x9c garbage", "/Filter /FlateDecode"), pageErr: ErrDamaged, page2: "two"},
		{name: "PDF 2.0 header and junk after EOF", data: append(bytes.Replace(good, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1), bytes.Repeat([]byte(" \n"), 200)...), wantText: "Hi"},
		{name: "a form that draws itself stops at the nesting limit", data: selfDrawing(1), wantText: strings.Repeat("A", goMaxFormDepth)},
		{name: "forms that draw themselves ten times fail their page", data: selfDrawing(10), pageErr: ErrDamaged, pageMsg: "Form XObjects drawn"},
		{name: "cancelled before", data: good, ctx: gtCanceled(), wantErr: context.Canceled},
		{name: "cancelled between pages", data: twoPages("BT /F1 10 Tf 10 20 Td (one) Tj ET", ""), ctx: &gtCountdown{Context: context.Background(), n: 2}, wantErr: context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			doc, err := NewGoEngine().Read(ctx, tt.data, "")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Read() error = %v, want %v", err, tt.wantErr)
				}
				if len(doc.Pages) != 0 {
					t.Errorf("Read() failed with %d pages, want none", len(doc.Pages))
				}
				return
			}
			if err != nil {
				t.Fatalf("Read() error = %v, want nil", err)
			}
			if len(doc.Pages) == 0 {
				t.Fatal("Read() gave no pages")
			}
			p1 := doc.Pages[0]
			if tt.pageErr != nil {
				if !errors.Is(p1.Err, tt.pageErr) || !strings.Contains(fmt.Sprint(p1.Err), tt.pageMsg) {
					t.Errorf("Read() page 1 error = %v, want %v naming %q", p1.Err, tt.pageErr, tt.pageMsg)
				}
				if len(p1.Glyphs) != 0 {
					t.Errorf("Read() failed page 1 has %d glyphs, want none", len(p1.Glyphs))
				}
			}
			if tt.wantText != "" && gtText(p1) != tt.wantText {
				t.Errorf("Read() page 1 text = %q, want %q", gtText(p1), tt.wantText)
			}
			if tt.page2 != "" {
				if len(doc.Pages) < 2 || gtText(doc.Pages[1]) != tt.page2 || doc.Pages[1].Err != nil {
					t.Errorf("Read() page 2 = %+v, want text %q", doc.Pages[1:], tt.page2)
				}
			}
		})
	}
}

func gtCanceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

func TestGoNameIsBold(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Arial-BoldMT", true},
		{"Arial,Bold", true},
		{"OpenSans-Semibold", true},
		{"Roboto-Black", true},
		{"SourceSansPro-Heavy", true},
		{"TimesNewRomanPSMT", false},
		{"Blackadder-Regular", false},
		{"LiberationSerif-Italic", false},
		{"HelveticaBold", true},
	}
	for _, tt := range tests {
		if got := goNameIsBold(tt.name); got != tt.want {
			t.Errorf("goNameIsBold(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestGoStripSubset(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ABCDEF+LiberationSerif", "LiberationSerif"},
		{"LiberationSerif", "LiberationSerif"},
		{"abcdef+Font", "abcdef+Font"},
		{"AB+Font", "AB+Font"},
	}
	for _, tt := range tests {
		if got := goStripSubset(tt.in); got != tt.want {
			t.Errorf("goStripSubset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// gtShared finds the shared material: a "shared" directory beside an ancestor of the package.
func gtShared(t testing.TB, sub string) string {
	t.Helper()
	return sharedtest.Dir(t, sub)
}

func gtGlob(t testing.TB, sub, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(gtShared(t, sub), pattern))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no %s in shared/%s", pattern, sub)
	}
	return files
}

func TestGoEngineEncryptedSample(t *testing.T) {
	path := filepath.Join(gtShared(t, "robust"), "pdfminer-aes-128.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("sample absent: %v", err)
	}
	// The robust README gives the owner password; the user password of these pdfminer samples
	// is "baz", and the library checks user passwords only.
	tests := []struct {
		password string
		wantErr  error
		wantText string
	}{
		{"", ErrEncrypted, ""},
		{"wrong", ErrEncrypted, ""},
		{"baz", nil, "Secret!"},
	}
	for _, tt := range tests {
		doc, err := NewGoEngine().Read(context.Background(), data, tt.password)
		if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
			t.Errorf("Read(aes-128, %q) error = %v, want %v", tt.password, err, tt.wantErr)
			continue
		}
		if tt.wantText != "" && (len(doc.Pages) == 0 || !strings.Contains(gtText(doc.Pages[0]), tt.wantText)) {
			t.Errorf("Read(aes-128, %q) = %+v, want text %q", tt.password, doc, tt.wantText)
		}
	}
}

// FuzzGoEngine checks that no panic escapes Read and that every failure is one a caller can
// branch on.
func FuzzGoEngine(f *testing.F) {
	f.Add(gtPage("", "BT /F1 10 Tf 10 20 Td [(A) -1000 (B)] TJ ET"))
	f.Add(gtPage("/Rotate 90", "q BI /W 1 /H 1 ID x EI Q BT /F1 10 Tf (x) ' ET /X1 Do"))
	f.Add([]byte("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	for _, dir := range []string{"corpus", "robust"} {
		files, _ := filepath.Glob(filepath.Join(gtSharedOrEmpty(dir), "*.pdf"))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 200_000 {
				f.Add(data)
			}
		}
	}
	eng := NewGoEngine()
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		doc, err := eng.Read(ctx, data, "")
		if err != nil {
			if !gtKnownError(err) {
				t.Fatalf("Read() error = %v, which wraps no sentinel", err)
			}
			return
		}
		for i, p := range doc.Pages {
			if p.Number != i+1 {
				t.Fatalf("Read() page %d numbered %d", i+1, p.Number)
			}
			if p.Err != nil && (len(p.Glyphs) != 0 || !gtKnownError(p.Err)) {
				t.Fatalf("Read() page %d error %v with %d glyphs", p.Number, p.Err, len(p.Glyphs))
			}
			for _, g := range p.Glyphs {
				for _, v := range []float64{g.X0, g.Y0, g.X1, g.Y1, g.Size} {
					if math.IsNaN(v) || math.IsInf(v, 0) {
						t.Fatalf("Read() page %d glyph %+v has a non-finite number", p.Number, g)
					}
				}
				if g.X0 > g.X1 || g.Y0 > g.Y1 {
					t.Fatalf("Read() page %d glyph %+v has an inverted box", p.Number, g)
				}
			}
		}
	})
}

func gtKnownError(err error) bool {
	for _, s := range []error{ErrDamaged, ErrNotPDF, ErrEncrypted, ErrNoText, context.DeadlineExceeded, context.Canceled} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// gtSharedOrEmpty is gtShared for places that cannot skip (fuzz seeds).
func gtSharedOrEmpty(sub string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		cand := filepath.Join(dir, "shared", sub)
		if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func BenchmarkGoEngine(b *testing.B) {
	path := filepath.Join(gtShared(b, "corpus"), "gb340-ins-6.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("sample absent: %v", err)
	}
	eng := NewGoEngine()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eng.Read(context.Background(), data, ""); err != nil {
			b.Fatalf("Read(%s) error = %v", filepath.Base(path), err)
		}
	}
}
