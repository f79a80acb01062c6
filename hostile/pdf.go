package hostile

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"strings"
)

// pdfBuilder writes a PDF object by object and records each object's byte offset, so that the
// cross-reference table it ends with is exact: a hostile file is damaged on purpose, never by
// accident.
type pdfBuilder struct {
	buf     bytes.Buffer
	offsets []int // by object number; 0 is the free-list head, -1 reserved but not yet written
	sec     *rc4Security
}

func newPDFBuilder() *pdfBuilder {
	b := &pdfBuilder{offsets: []int{0}}
	// The binary comment tells transfer tools the file is not text (PDF 32000-1, 7.5.2).
	b.buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return b
}

// reserve returns the next object number, so that objects can refer to ones written later.
func (b *pdfBuilder) reserve() int {
	b.offsets = append(b.offsets, -1)
	return len(b.offsets) - 1
}

func (b *pdfBuilder) object(n int, body string) {
	b.offsets[n] = b.buf.Len()
	fmt.Fprintf(&b.buf, "%d 0 obj\n%s\nendobj\n", n, body)
}

// stream writes a stream object; dict holds the entries besides /Length. Data is encrypted
// when the document is.
func (b *pdfBuilder) stream(n int, dict string, data []byte) {
	if b.sec != nil {
		data = b.sec.crypt(n, 0, data)
	}
	b.offsets[n] = b.buf.Len()
	fmt.Fprintf(&b.buf, "%d 0 obj\n<<%s /Length %d>>\nstream\n", n, dict, len(data))
	b.buf.Write(data)
	b.buf.WriteString("\nendstream\nendobj\n")
}

// str returns s as a string token of object n: a literal string, or a hex string of its
// encrypted bytes when the document is encrypted.
func (b *pdfBuilder) str(n int, s string) string {
	if b.sec != nil {
		return fmt.Sprintf("<%x>", b.sec.crypt(n, 0, []byte(s)))
	}
	return literal(s)
}

// finish writes the cross-reference table and the trailer. trailer holds the entries besides
// /Size.
func (b *pdfBuilder) finish(trailer string) []byte {
	xref := b.buf.Len()
	fmt.Fprintf(&b.buf, "xref\n0 %d\n0000000000 65535 f \n", len(b.offsets))
	for n := 1; n < len(b.offsets); n++ {
		if b.offsets[n] < 0 {
			fmt.Fprintf(&b.buf, "0000000000 00000 f \n")
			continue
		}
		// Each entry is exactly 20 bytes, end of line included (PDF 32000-1, 7.5.4).
		fmt.Fprintf(&b.buf, "%010d 00000 n \n", b.offsets[n])
	}
	fmt.Fprintf(&b.buf, "trailer\n<</Size %d %s>>\nstartxref\n%d\n%%%%EOF\n", len(b.offsets), trailer, xref)
	return b.buf.Bytes()
}

// literal quotes s as a PDF literal string.
func literal(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`, "\r", `\r`, "\n", `\n`)
	return "(" + r.Replace(s) + ")"
}

// textDoc describes a plain text PDF: pages of lines in Helvetica.
type textDoc struct {
	title    string
	pages    [][]string
	pageKeys string // extra entries for every page dictionary
	selfKid  bool   // the page tree lists itself among its kids
	password string // user password; "" leaves the document unencrypted
}

// fileID is the first element of the trailer's /ID. Encryption keys depend on it, so it is
// fixed: the generated files are the same on every run.
var fileID = md5.Sum([]byte("gbtrack hostile input"))

func (d textDoc) bytes() []byte {
	b := newPDFBuilder()
	catalog, pages, font, info := b.reserve(), b.reserve(), b.reserve(), b.reserve()
	trailer := fmt.Sprintf("/Root %d 0 R /Info %d 0 R /ID [<%x> <%x>]", catalog, info, fileID, fileID)
	if d.password != "" {
		b.sec = newRC4Security(d.password, d.password+"-owner", fileID[:])
		enc := b.reserve()
		b.object(enc, b.sec.dict())
		trailer += fmt.Sprintf(" /Encrypt %d 0 R", enc)
	}
	b.object(catalog, fmt.Sprintf("<</Type /Catalog /Pages %d 0 R>>", pages))
	b.object(font, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>")
	b.object(info, fmt.Sprintf("<</Title %s /Producer %s>>", b.str(info, d.title), b.str(info, "gbtrack hostile")))

	kids := make([]string, 0, len(d.pages)+1)
	// /Count is the number of leaves, so a self-reference does not announce an extra page.
	count := len(d.pages)
	if d.selfKid {
		kids = append(kids, fmt.Sprintf("%d 0 R", pages))
	}
	var content bytes.Buffer
	for _, lines := range d.pages {
		page, cs := b.reserve(), b.reserve()
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
		content.Reset()
		// Text starts at mid-page, outside the bands where running headers and footers are looked for.
		content.WriteString("BT /F1 11 Tf 14 TL 72 500 Td\n")
		for _, l := range lines {
			content.WriteString(literal(l))
			content.WriteString(" Tj T*\n")
		}
		content.WriteString("ET")
		b.stream(cs, "", content.Bytes())
		b.object(page, fmt.Sprintf("<</Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 %d 0 R>>>> /Contents %d 0 R%s>>",
			pages, font, cs, d.pageKeys))
	}
	b.object(pages, fmt.Sprintf("<</Type /Pages /Kids [%s] /Count %d>>", strings.Join(kids, " "), count))
	return b.finish(trailer)
}

// imageOnlyPDF is one page that draws a small grey image and has no text operator at all: what a
// scanner without OCR produces.
func imageOnlyPDF() []byte {
	b := newPDFBuilder()
	catalog, pages, page, cs, img := b.reserve(), b.reserve(), b.reserve(), b.reserve(), b.reserve()
	b.object(catalog, fmt.Sprintf("<</Type /Catalog /Pages %d 0 R>>", pages))
	b.object(pages, fmt.Sprintf("<</Type /Pages /Kids [%d 0 R] /Count 1>>", page))
	pixels := make([]byte, 64*64)
	for i := range pixels {
		pixels[i] = byte(i*7) ^ byte(i/64*13)
	}
	b.stream(img, " /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8", pixels)
	b.stream(cs, "", []byte("q 468 0 0 648 72 72 cm /Im1 Do Q"))
	b.object(page, fmt.Sprintf("<</Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources <</XObject <</Im1 %d 0 R>>>> /Contents %d 0 R>>",
		pages, img, cs))
	return b.finish(fmt.Sprintf("/Root %d 0 R /ID [<%x> <%x>]", catalog, fileID, fileID))
}

// breakXref shifts every in-use offset of the cross-reference table and points startxref into
// the middle of the body, so a reader must rebuild the table by scanning for objects.
func breakXref(pdf []byte) []byte {
	out := bytes.Clone(pdf)
	x := bytes.LastIndex(out, []byte("\nxref\n"))
	tr := bytes.LastIndex(out, []byte("trailer"))
	table := out[x:tr]
	for i := 0; i+20 <= len(table); i++ {
		if bytes.HasPrefix(table[i:], []byte(" 00000 n ")) && i >= 10 {
			// Overwrite the 10-digit offset with one 37 bytes off: still well-formed digits.
			var off int
			fmt.Sscanf(string(table[i-10:i]), "%d", &off)
			copy(table[i-10:i], fmt.Sprintf("%010d", off+37))
		}
	}
	sx := bytes.LastIndex(out, []byte("startxref\n"))
	end := bytes.IndexByte(out[sx+10:], '\n')
	return append(append(out[:sx+10:sx+10], fmt.Sprintf("%d", len(out)/3)...), out[sx+10+end:]...)
}

// nestedArrays is the value "[[[ ... ]]]" nested depth times.
func nestedArrays(depth int) string {
	return strings.Repeat("[", depth) + strings.Repeat("]", depth)
}
