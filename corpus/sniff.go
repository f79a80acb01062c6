package corpus

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Formats returned by Sniff.
const (
	FormatPDF    = "pdf"
	FormatHTML   = "html"
	FormatEmpty  = "empty"
	FormatText   = "text"
	FormatBinary = "binary"
)

const (
	pdfWindow  = 1024     // PDF 1.7 §7.5.2 lets %PDF- sit anywhere in the first 1024 bytes
	htmlWindow = 1024     // leading comments, XML declarations and whitespace we skip
	textWindow = 8 * 1024 // enough to tell text from binary without reading it all
)

// htmlTags open an HTML document or fragment. Each must be followed by a
// space, '>' or '/' so that "<pre" is not taken for "<p" and "<bodyguard" not
// for "<body".
var htmlTags = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<title"), []byte("<meta"), []byte("<link"), []byte("<script"),
	[]byte("<style"), []byte("<p"), []byte("<table"), []byte("<div"),
	[]byte("<span"), []byte("<h1"), []byte("<h2"), []byte("<h3"), []byte("<h4"),
	[]byte("<h5"), []byte("<h6"), []byte("<br"), []byte("<a"), []byte("<b"),
	[]byte("<font"), []byte("<iframe"), []byte("<section"), []byte("<article"),
	[]byte("<main"), []byte("<header"), []byte("<nav"), []byte("<ul"),
	[]byte("<ol"), []byte("<form"), []byte("<img"), []byte("<center"),
}

// htmlAnywhere are tags that settle the question wherever they appear in the
// first window: text before them is a scrap of boilerplate, not prose.
var htmlAnywhere = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<body")}

// pdfBodyWindow is how much of the start looksPDFBody scans (the first
// object follows the header closely), beside the last 4 KiB where startxref
// sits.
const pdfBodyWindow = 64 << 10

// Sniff tells what data is from its bytes alone, never from a name or a
// claimed media type: "pdf", "html", "empty", "text" or "binary".
func Sniff(data []byte) string {
	head := data[:min(len(data), pdfWindow)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return FormatPDF
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return FormatEmpty
	}
	if looksHTML(data) {
		return FormatHTML
	}
	if looksPDFBody(data) {
		return FormatPDF
	}
	if isText(data) {
		return FormatText
	}
	return FormatBinary
}

// looksHTML skips a byte-order mark, whitespace, comments and XML
// declarations, then looks for an opening tag; failing that it accepts a
// document tag anywhere in the first window of text.
func looksHTML(data []byte) bool {
	b := data[:min(len(data), textWindow)]
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		b = narrowUTF16(b[2:], b[0] == 0xFE)
	}
	rest := b
	for skipped := 0; skipped < htmlWindow && len(rest) > 0; {
		trimmed := bytes.TrimLeft(rest, " \t\r\n\f")
		skipped += len(rest) - len(trimmed)
		rest = trimmed
		var end []byte
		switch {
		case hasPrefixFold(rest, []byte("<!--")):
			end = []byte("-->")
		case hasPrefixFold(rest, []byte("<?")):
			end = []byte("?>")
		default:
			if tagAt(rest) {
				return true
			}
			skipped = htmlWindow
			continue
		}
		i := bytes.Index(rest, end)
		if i < 0 {
			return false
		}
		skipped += i + len(end)
		rest = rest[i+len(end):]
	}
	if bytes.IndexByte(b, '<') < 0 || !isText(b) {
		return false
	}
	low := bytes.ToLower(b)
	for _, t := range htmlAnywhere {
		for i := 0; i < len(low); {
			j := bytes.Index(low[i:], t)
			if j < 0 {
				break
			}
			if tagEnds(low[i+j+len(t):]) {
				return true
			}
			i += j + len(t)
		}
	}
	return false
}

// looksPDFBody recognises a PDF whose %PDF- header is missing or damaged by
// its object syntax: an indirect object header ("12 0 obj") or a
// cross-reference pointer ("startxref 1234"). PDF readers recover such files.
// Only consulted once HTML is ruled out.
func looksPDFBody(data []byte) bool {
	if hasPDFSyntax(data[:min(len(data), pdfBodyWindow)]) {
		return true
	}
	if len(data) > pdfBodyWindow {
		return hasPDFSyntax(data[max(len(data)-4096, pdfBodyWindow-16):])
	}
	return false
}

// hasPDFSyntax scans with bytes.Index rather than a regexp: the keywords
// are literal and this runs on every document.
func hasPDFSyntax(b []byte) bool {
	// Look for the rare 'j' of "obj" rather than its common 'o'.
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], 'j')
		if j < 0 {
			break
		}
		end := i + j + 1 // just past "obj"
		if end >= 3 && b[end-3] == 'o' && b[end-2] == 'b' &&
			objHeaderBefore(b[:end-3]) && (end == len(b) || !isRegular(b[end])) {
			return true
		}
		i = end
	}
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("startxref"))
		if j < 0 {
			return false
		}
		rest := bytes.TrimLeft(b[i+j+len("startxref"):], " \t\r\n\f")
		if len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
		i += j + len("startxref")
	}
}

// objHeaderBefore reports whether b ends with "<num> <gen> " as in
// "12 0 obj", with the number at the start of b or after whitespace.
func objHeaderBefore(b []byte) bool {
	k := len(b)
	spaces := func() bool {
		n := 0
		for k > 0 && isPDFSpace(b[k-1]) {
			k--
			n++
		}
		return n > 0
	}
	digits := func(max int) bool {
		n := 0
		for k > 0 && b[k-1] >= '0' && b[k-1] <= '9' {
			k--
			n++
		}
		return n > 0 && n <= max
	}
	if !spaces() || !digits(5) || !spaces() || !digits(10) {
		return false
	}
	return k == 0 || isPDFSpace(b[k-1])
}

func isPDFSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0:
		return true
	}
	return false
}

// isRegular reports whether c can continue a PDF keyword: not whitespace and
// not a delimiter.
func isRegular(c byte) bool {
	if isPDFSpace(c) {
		return false
	}
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return false
	}
	return true
}

// tagAt reports whether b starts with one of htmlTags followed by a tag
// delimiter.
func tagAt(b []byte) bool {
	for _, t := range htmlTags {
		if hasPrefixFold(b, t) && tagEnds(b[len(t):]) {
			return true
		}
	}
	return false
}

func tagEnds(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	switch b[0] {
	case ' ', '\t', '\r', '\n', '\f', '>', '/':
		return true
	}
	return false
}

func hasPrefixFold(b, prefix []byte) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], prefix)
}

// narrowUTF16 keeps the low byte of each UTF-16 unit: good enough to find
// ASCII markup in a page saved as UTF-16, which some Windows tools still do.
func narrowUTF16(b []byte, bigEndian bool) []byte {
	out := make([]byte, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		lo, hi := b[i], b[i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		if hi != 0 {
			lo = 'x' // non-ASCII: keep the position, not the character
		}
		out = append(out, lo)
	}
	return out
}

// isText reports whether the first window is UTF-8 without control bytes
// other than layout ones. A rune cut by the window's end is allowed.
func isText(data []byte) bool {
	b := data[:min(len(data), textWindow)]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if len(b) < len(data) && len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:]) {
				return true
			}
			return false
		}
		i += size
	}
	return true
}

// magic numbers of formats people send by mistake, to say what a file is
// when it is neither PDF nor HTML.
var magics = []struct {
	prefix string
	what   string
}{
	{"PK\x03\x04", "a ZIP archive (perhaps a Word or Excel file)"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office file"},
	{"{\\rtf", "an RTF file"},
	{"\x89PNG", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x1F\x8B", "a gzip file"},
	{"<?xml", "an XML file"},
	{"\xFF\xFE", "a UTF-16 file"},
	{"\xFE\xFF", "a UTF-16 file"},
}

// Describe says in a few words what data is, for an error message.
func Describe(data []byte) string {
	switch Sniff(data) {
	case FormatPDF:
		return "a PDF"
	case FormatHTML:
		return "an HTML page"
	case FormatEmpty:
		if len(data) == 0 {
			return "empty"
		}
		return "only whitespace"
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what
		}
	}
	if isText(data) {
		return "a text file"
	}
	return "random bytes"
}

// checkFormat turns a sniffed format into the caller's error: nil for PDF and
// HTML, ErrEmpty, or ErrUnknownFormat saying what the bytes are.
func checkFormat(data []byte, claimed string) (string, error) {
	f := Sniff(data)
	switch f {
	case FormatPDF, FormatHTML:
		return f, nil
	case FormatEmpty:
		return f, ErrEmpty
	}
	what := Describe(data)
	if claimed != "" {
		return f, fmt.Errorf("%w: served as %q but is %s, not a PDF or HTML", ErrUnknownFormat, claimed, what)
	}
	return f, fmt.Errorf("%w: %s, not a PDF or HTML", ErrUnknownFormat, what)
}
