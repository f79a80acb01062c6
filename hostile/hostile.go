package hostile

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Case is one hostile input file.
type Case struct {
	Name string // short name, also the base of the file name
	File string // path of the written file
	// Want is the kind of error gbtrack must report, as it appears in the document's error line
	// ("empty document", "damaged PDF", ...), or "" when the document must be read.
	Want string
	// Should says in words what gbtrack should do with the file.
	Should string
	// Items is the number of items a document that must be read holds: one dated commitment at
	// the end of its text, so that finding it shows the whole text was read. 0 when Want is set.
	Items int
}

// Password is the user password of the encrypted case.
const Password = "secret"

// Sizes of the big cases, from the issue.
const (
	LargeHTMLBytes = 50 << 20
	DeepHTMLDepth  = 200_000
	NestedArrays   = 100_000
	ManyPages      = 3000
	randomBytes    = 64 << 10
)

// Kinds of error, as they appear in gbtrack's error lines.
const (
	WantEmpty     = "empty document"
	WantUnknown   = "unknown format"
	WantDamaged   = "damaged PDF"
	WantNoText    = "no text layer"
	WantEncrypted = "password-protected PDF"
	WantBomb      = "inflates past" // "stream at byte N inflates past 128 MiB"
)

// spec is a case before it is written: gen writes its bytes.
type spec struct {
	name, file, want, should string
	gen                      func(w io.Writer) error
}

func data(b []byte) func(io.Writer) error {
	return func(w io.Writer) error { _, err := w.Write(b); return err }
}

func lazy(f func() []byte) func(io.Writer) error {
	return func(w io.Writer) error { _, err := w.Write(f()); return err }
}

// smallTextPDF is a valid two-page PDF with a few lines of neutral text on each page.
func smallTextPDF() []byte {
	return textDoc{title: "A small text document", pages: [][]string{
		{"A small generated document.", "The committee met in the afternoon and discussed the report.", "The members took the floor in turn."},
		{"Second page of the small document.", "The working party examined the structure of the text.", commitment},
	}}.bytes()
}

// sentences vary the text of the long document.
var sentences = []string{
	"The committee met in the afternoon and discussed the report",
	"Several members took the floor to comment on the structure of the text",
	"The working party examined the functioning of the organization",
	"The secretariat introduced the document and answered the questions raised",
	"The chairperson summarized the discussion before the sitting closed",
	"A member asked for clarification of the figures given in the annex",
	"The representative of the employers supported the general approach",
}

func specs() []spec {
	return []spec{
		{name: "empty", file: "empty.pdf", want: WantEmpty,
			should: "fail at once: the file has no bytes",
			gen:    data(nil)},
		{name: "text-as-pdf", file: "text-as-pdf.pdf", want: WantUnknown,
			should: "fail: plain text is neither PDF nor HTML, whatever the name says",
			gen: data([]byte(strings.Repeat("This is plain text in a file whose name says it is a PDF document. "+
				"It has no header and no markup.\n", 20)))},
		{name: "html-as-pdf", file: "html-as-pdf.pdf", want: "",
			should: "read it as HTML: the format comes from the bytes, not from the name",
			gen:    data([]byte(htmlPage("An HTML page named .pdf")))},
		{name: "truncated", file: "truncated.pdf", want: WantDamaged,
			should: "fail as damaged: the file ends in the middle of the second page's content stream, before the page tree, the cross-reference table and the trailer",
			gen: lazy(func() []byte {
				full := smallTextPDF()
				return full[:len(full)/2]
			})},
		{name: "broken-xref", file: "broken-xref.pdf", want: "",
			should: "read the text: every xref offset and startxref are wrong, but the objects are intact and a reader rebuilds the table by scanning",
			gen:    lazy(func() []byte { return breakXref(smallTextPDF()) })},
		{name: "self-kids", file: "self-kids.pdf", want: "",
			should: "read the one real page without looping: the page tree's /Kids lists the /Pages node itself before the page",
			gen: lazy(func() []byte {
				return textDoc{title: "A page tree that refers to itself", selfKid: true,
					pages: [][]string{{"The only real page of a page tree that lists itself as its own kid.", commitment}}}.bytes()
			})},
		{name: "nested-arrays", file: "nested-arrays.pdf", want: "",
			should: "read the page's text without a stack overflow: the page dictionary holds 100,000 nested arrays under a key no reader uses, which a parser may drop",
			gen: lazy(func() []byte {
				return textDoc{title: "Nested arrays", pageKeys: " /Hostile " + nestedArrays(NestedArrays),
					pages: [][]string{{"A page whose dictionary holds one hundred thousand nested arrays.", commitment}}}.bytes()
			})},
		{name: "image-only", file: "image-only.pdf", want: WantNoText,
			should: "fail with no text layer: the only page draws an image XObject and has no text",
			gen:    lazy(imageOnlyPDF)},
		{name: "pages-3000", file: "pages-3000.pdf", want: "",
			should: "read all 3,000 pages within the document timeout",
			gen: lazy(func() []byte {
				pages := make([][]string, ManyPages)
				for i := range pages {
					// Lines differ beyond their numbers, so that no reader takes them for a running header.
					pages[i] = []string{fmt.Sprintf("%s, as noted in paragraph %d.", sentences[i%len(sentences)], i+1)}
				}
				pages[len(pages)-1] = append(pages[len(pages)-1], commitment)
				return textDoc{title: "Three thousand pages", pages: pages}.bytes()
			})},
		{name: "encrypted-rc4", file: "encrypted-rc4.pdf", want: WantEncrypted,
			should: `fail as password-protected without a password; open with the user password "secret" (RC4 40-bit, revision 2)`,
			gen: lazy(func() []byte {
				return textDoc{title: "An encrypted document", password: Password,
					pages: [][]string{{"This text is encrypted with RC4 under a 40-bit key.", "The user password is the word secret.", commitment}}}.bytes()
			})},
		{name: "bad-charset", file: "bad-charset.html", want: "",
			should: "read the page, replacing the bytes that are not UTF-8 although the page declares UTF-8",
			gen:    data(badCharsetPage())},
		{name: "large-50mb", file: "large-50mb.html", want: "",
			should: "read the page (it is under the 64 MiB HTML cap) within the timeout and the memory bound",
			gen:    func(w io.Writer) error { return writeLargePage(w, LargeHTMLBytes) }},
		{name: "deep-200k", file: "deep-200k.html", want: "",
			should: "read the page without a stack overflow: 200,000 nested elements",
			gen:    func(w io.Writer) error { return writeDeepPage(w, DeepHTMLDepth) }},
		{name: "bomb-content", file: "bomb-content.pdf", want: WantBomb,
			should: "fail at once, well before the deadline and under the memory bound: a content stream of a gigabyte of zeros in a megabyte of Flate",
			gen:    lazy(func() []byte { return bombPDF(bombContent) })},
		{name: "bomb-font", file: "bomb-font.pdf", want: WantBomb,
			should: "fail at once: the embedded font program inflates to a gigabyte",
			gen:    lazy(func() []byte { return bombPDF(bombFont) })},
		{name: "bomb-double", file: "bomb-double.pdf", want: WantBomb,
			should: "fail at once: a content stream compressed twice, a few kilobytes that inflate to a megabyte, then to a gigabyte",
			gen:    lazy(func() []byte { return bombPDF(bombDouble) })},
		{name: "random", file: "random.pdf", want: WantUnknown,
			should: "fail: random bytes are neither PDF nor HTML",
			gen: lazy(func() []byte {
				// Seeded, so that the file is the same on every run.
				r := rand.New(rand.NewPCG(20261125, 1))
				b := make([]byte, randomBytes)
				for i := range b {
					b[i] = byte(r.Uint32())
				}
				return b
			})},
	}
}

// Write writes every hostile case into dir, which must exist, and returns the cases in a fixed
// order.
func Write(dir string) ([]Case, error) {
	var cases []Case
	for _, s := range specs() {
		path := filepath.Join(dir, s.file)
		if err := writeFile(path, s.gen); err != nil {
			return nil, fmt.Errorf("hostile %s: %w", s.name, err)
		}
		c := Case{Name: s.name, File: path, Want: s.want, Should: s.should}
		if c.Want == "" {
			c.Items = 1
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func writeFile(path string, gen func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gen(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
