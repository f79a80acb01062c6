package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/ledongthuc/pdf"

	"gbtrack/extract/textlayer"
)

// The pure-Go engine takes from github.com/ledongthuc/pdf only what it does well: the object graph
// (xref, streams, Flate and ASCII85, RC4-128/AES-128 decryption) and the font encoders with their
// CMap parser. It tokenizes content streams and interprets the text operators itself, because the library's Page.Content appends a
// phantom glyph after every TJ (its showText("\n")), ignores word spacing, Form XObjects and the
// /W widths of CID fonts, and reads single bytes as codes of two-byte fonts. The library panics
// freely on malformed input; every call into it runs under recover, per document and per page.

// Limits that keep one hostile page from running away with time or memory; a page over a limit
// fails alone with ErrDamaged.
const (
	goMaxOpsPerPage    = 5_000_000 // content-stream operators, Form XObjects included
	goMaxGlyphsPerPage = 1_000_000
	goMaxFormDepth     = 12 // nested Form XObjects; deeper ones are skipped (they draw each other)
	goMaxFormCalls     = 20_000
	goMaxGstateDepth   = 256
	goMaxPageNodes     = 200_000 // page-tree nodes visited, against Kids loops
	goMaxPageTreeDepth = 64
	goMaxWidths        = 65_536 // entries read from a /Widths or /W array
	goCtxCheckEvery    = 4096   // operators between two looks at ctx
	goMaxOperands      = 64     // operands kept before an operator; more are dropped
	goMaxContentBytes  = 64 << 20
	goMaxNesting       = 32 // arrays and dictionaries within a content stream
)

// goEngine is stateless: each Read opens its own reader, so it is safe for concurrent use.
type goEngine struct{}

// NewGoEngine returns the pure-Go engine built on github.com/ledongthuc/pdf. It needs no cgo and
// no WebAssembly runtime, but decodes fewer files than PDFium: no AES-256, no LZW, no xref
// reconstruction, no RC4 under 88 bits, and no CMaps but Identity-H (with a ToUnicode map) for CID
// fonts. Run it behind
// NewWorkerEngine when the input is untrusted: a recover cannot stop a runaway allocation.
func NewGoEngine() Engine { return goEngine{} }

// Name returns "go".
func (goEngine) Name() string { return "go" }

// Close does nothing: the engine holds no resources.
func (goEngine) Close() error { return nil }

// goAbort carries ctx's error out of the library's callback, which has no error return.
type goAbort struct{ err error }

// goLimit is raised when a page exceeds one of the limits above.
type goLimit struct{ what string }

// Read returns the glyphs of every page. A page that fails carries its error; the others go on.
func (goEngine) Read(ctx context.Context, data []byte, password string) (doc RawDocument, err error) {
	if err := ctx.Err(); err != nil {
		return RawDocument{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			doc = RawDocument{}
			if a, ok := r.(goAbort); ok {
				err = a.err
				return
			}
			err = fmt.Errorf("%w: %v", ErrDamaged, goPanicText(r))
		}
	}()
	data, err = goRepairEnvelope(data)
	if err != nil {
		return RawDocument{}, err
	}
	if err := goCheckPrevChain(data); err != nil {
		return RawDocument{}, err
	}
	r, err := goOpen(data, password)
	if err != nil {
		return RawDocument{}, err
	}
	doc.Title = strings.TrimSpace(goCleanText(r.Trailer().Key("Info").Key("Title").Text()))
	pages, err := goPageList(r)
	if err != nil {
		return RawDocument{}, err
	}
	// Pages share their fonts; parsing a ToUnicode map once per document, not per page, is most
	// of the cost of a long document.
	docFonts := map[string]*goFont{}
	for i, pv := range pages {
		if err := ctx.Err(); err != nil {
			return RawDocument{}, err
		}
		p, perr := goReadPage(ctx, pv, i+1, docFonts)
		if perr != nil {
			p = RawPage{Number: i + 1, Width: p.Width, Height: p.Height, Err: perr}
		}
		doc.Pages = append(doc.Pages, p)
	}
	return doc, nil
}

// goPanicText renders a recovered value; runtime errors (index out of range in the library) get
// the innermost frame of the library so that a report points somewhere useful.
func goPanicText(r any) string {
	s := fmt.Sprint(r)
	if _, ok := r.(interface{ RuntimeError() }); ok {
		stack := string(debug.Stack())
		if i := strings.Index(stack, "ledongthuc/pdf"); i >= 0 {
			line := stack[i:]
			if j := strings.IndexByte(line, '\n'); j >= 0 {
				line = line[:j]
			}
			s += " at " + line
		}
	}
	return s
}

// goRepairEnvelope checks the header and fixes the envelope defects the library rejects although
// every viewer accepts them: bytes before the header, a header other than "%PDF-1.[0-7]" plus end
// of line (PDF 2.0, trailing blanks), and bytes after the last %%EOF beyond the 100 it looks at.
func goRepairEnvelope(data []byte) ([]byte, error) {
	at := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if at < 0 {
		return nil, fmt.Errorf("%w: no %%PDF- header", ErrNotPDF)
	}
	if at > 0 {
		// Offsets in the xref table count from the header in such files; the library counts
		// from byte 0, so cutting the junk makes them agree.
		data = data[at:]
	}
	fixHeader := len(data) < 9 || !(data[5] == '1' && data[6] == '.' && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n'))
	end := bytes.LastIndex(data, []byte("%%EOF"))
	cut := end >= 0 && len(data)-(end+5) > 90
	if !fixHeader && !cut {
		return data, nil
	}
	if cut {
		data = data[:end+5]
	}
	out := bytes.Clone(data)
	if fixHeader && len(out) >= 9 {
		copy(out[5:9], "1.7\n")
	}
	return out, nil
}

// The /Prev entry of a trailer or xref-stream dictionary, and the offset after startxref.
var (
	goPrevRe      = regexp.MustCompile(`/Prev\s+(\d+)`)
	goStartxrefRe = regexp.MustCompile(`^startxref\s+(\d+)`)
)

// goCheckPrevChain follows the /Prev offsets of the cross-reference sections the way the library
// will, because it follows them forever when they form a loop and no recover can stop that.
func goCheckPrevChain(data []byte) error {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return nil // the library reports it
	}
	m := goStartxrefRe.FindSubmatch(data[i:min(len(data), i+64)])
	if m == nil {
		return nil
	}
	off, _ := strconv.ParseInt(string(m[1]), 10, 64)
	seen := map[int64]bool{}
	for off > 0 && off < int64(len(data)) {
		if seen[off] || len(seen) > 10_000 {
			return fmt.Errorf("%w: cross-reference sections form a /Prev loop", ErrDamaged)
		}
		seen[off] = true
		sec := data[off:]
		// The section's dictionary ends before "startxref" (table) or "stream" (xref stream).
		end := len(sec)
		for _, kw := range []string{"startxref", "stream"} {
			if j := bytes.Index(sec, []byte(kw)); j >= 0 && j < end {
				end = j
			}
		}
		m := goPrevRe.FindSubmatch(sec[:end])
		if m == nil {
			return nil
		}
		off, _ = strconv.ParseInt(string(m[1]), 10, 64)
	}
	return nil
}

// goOpen opens the reader and sorts its errors into the package's sentinels.
func goOpen(data []byte, password string) (*pdf.Reader, error) {
	tried := false
	pw := func() string {
		if tried {
			return ""
		}
		tried = true
		return password
	}
	r, err := pdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), pw)
	if err == nil {
		if enc := r.Trailer().Key("Encrypt"); !enc.IsNull() {
			// The library derives every object key as a full MD5 sum, while keys shorter than
			// 88 bits must be cut to n+5 bytes (PDF 32000-1, 7.6.2): such files open and then
			// decrypt to noise.
			bits := enc.Key("Length").Int64()
			if bits == 0 {
				bits = 40
			}
			if enc.Key("V").Int64() < 4 && bits < 88 {
				return nil, fmt.Errorf("%w: %d-bit RC4 is not supported by the pure-Go engine", ErrEncrypted, bits)
			}
		}
		return r, nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		if password != "" {
			return nil, fmt.Errorf("%w: wrong password", ErrEncrypted)
		}
		return nil, fmt.Errorf("%w: password required", ErrEncrypted)
	case strings.Contains(msg, "encrypt"), strings.Contains(msg, "missing ID in trailer"), strings.Contains(msg, "RC4 key"):
		// Only initEncrypt reports these: an encryption the library cannot open.
		return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
	case strings.HasPrefix(msg, "not a PDF file: invalid header"):
		return nil, fmt.Errorf("%w: %v", ErrNotPDF, err)
	default:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
}

// goPageList walks the page tree rather than trusting /Count, which damaged files get wrong and
// which the library's Page(i) would re-walk for every page.
func goPageList(r *pdf.Reader) ([]pdf.Value, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if root.IsNull() {
		return nil, fmt.Errorf("%w: no page tree", ErrDamaged)
	}
	var pages []pdf.Value
	visited := 0
	var walk func(node pdf.Value, depth int)
	walk = func(node pdf.Value, depth int) {
		visited++
		if visited > goMaxPageNodes || depth > goMaxPageTreeDepth || node.Kind() != pdf.Dict {
			return
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Pages" || (kids.Kind() == pdf.Array && node.Key("Type").Name() != "Page") {
			for i := 0; i < kids.Len() && visited <= goMaxPageNodes; i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		pages = append(pages, node)
	}
	walk(root, 0)
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: page tree has no pages", ErrDamaged)
	}
	return pages, nil
}

// goInherited looks a page attribute up through its ancestors (PDF 32000-1, 7.7.3.4).
func goInherited(page pdf.Value, key string) pdf.Value {
	v := page
	for i := 0; i < goMaxPageTreeDepth && v.Kind() == pdf.Dict; i++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// goRect reads a rectangle array, normalized so that x0 < x1 and y0 < y1.
func goRect(v pdf.Value) (r [4]float64, ok bool) {
	if v.Kind() != pdf.Array || v.Len() != 4 {
		return r, false
	}
	for i := range r {
		r[i] = v.Index(i).Float64()
		if math.IsNaN(r[i]) || math.IsInf(r[i], 0) {
			return r, false
		}
	}
	if r[0] > r[2] {
		r[0], r[2] = r[2], r[0]
	}
	if r[1] > r[3] {
		r[1], r[3] = r[3], r[1]
	}
	return r, r[2]-r[0] > 1 && r[3]-r[1] > 1
}

// goPageFrame maps user space to the displayed page: crop box, then /Rotate.
type goPageFrame struct {
	box    [4]float64 // crop box in user space
	rotate int        // 0, 90, 180 or 270, clockwise
}

func goFrameOf(page pdf.Value) goPageFrame {
	media, ok := goRect(goInherited(page, "MediaBox"))
	if !ok {
		media = [4]float64{0, 0, 612, 792} // US Letter, the spec's customary default
	}
	f := goPageFrame{box: media}
	if crop, ok := goRect(goInherited(page, "CropBox")); ok {
		// The visible area is the intersection; a crop box outside the media box is ignored.
		c := [4]float64{max(crop[0], media[0]), max(crop[1], media[1]), min(crop[2], media[2]), min(crop[3], media[3])}
		if c[2]-c[0] > 1 && c[3]-c[1] > 1 {
			f.box = c
		}
	}
	rot := int(goInherited(page, "Rotate").Int64()) % 360
	if rot < 0 {
		rot += 360
	}
	f.rotate = rot / 90 * 90
	return f
}

// size returns the displayed width and height.
func (f goPageFrame) size() (w, h float64) {
	w, h = f.box[2]-f.box[0], f.box[3]-f.box[1]
	if f.rotate == 90 || f.rotate == 270 {
		return h, w
	}
	return w, h
}

// point maps a user-space point to the displayed page, origin top-left, y down.
func (f goPageFrame) point(x, y float64) (float64, float64) {
	x0, y0, x1, y1 := f.box[0], f.box[1], f.box[2], f.box[3]
	switch f.rotate {
	case 90:
		return y - y0, x - x0
	case 180:
		return x1 - x, y - y0
	case 270:
		return y1 - y, x1 - x
	default:
		return x - x0, y1 - y
	}
}

// goMatrix is a PDF affine matrix [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
type goMatrix [6]float64

var goIdentity = goMatrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n (the PDF convention m × n).
func (m goMatrix) mul(n goMatrix) goMatrix {
	return goMatrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m goMatrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

func goMatrixOf(args []goOperand) (goMatrix, bool) {
	var m goMatrix
	if len(args) != 6 {
		return m, false
	}
	for i := range m {
		if args[i].kind != goNumber {
			return m, false
		}
		m[i] = args[i].num
	}
	return m, true
}

// goGstate is the part of the graphics state that places text.
type goGstate struct {
	ctm                  goMatrix
	tc, tw, th, tl, rise float64
	size                 float64
	font                 *goFont
	mode                 int
}

// goPage interprets one page's content streams.
type goPage struct {
	ctx       context.Context
	frame     goPageFrame
	glyphs    []Glyph
	ops       int
	formCalls int
	forms     map[string]*goForm // by the stream's identity
	docFonts  map[string]*goFont
}

// goScope is the resource dictionary in force and the fonts and forms already loaded from it.
type goScope struct {
	res   pdf.Value
	fonts map[string]*goFont
	forms map[string]*goForm // nil entries: names that draw no text

	docFonts map[string]*goFont // by the font dictionary's text, shared by all pages
}

func goNewScope(res pdf.Value, docFonts map[string]*goFont) *goScope {
	return &goScope{res: res, fonts: map[string]*goFont{}, forms: map[string]*goForm{}, docFonts: docFonts}
}

func goReadPage(ctx context.Context, pv pdf.Value, number int, docFonts map[string]*goFont) (p RawPage, err error) {
	p.Number = number
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case goAbort:
				panic(x) // ends the whole read; Read's recover returns ctx's error
			case goLimit:
				err = fmt.Errorf("page %d: %w: %s", number, ErrDamaged, x.what)
			default:
				err = fmt.Errorf("page %d: %w: %v", number, ErrDamaged, goPanicText(r))
			}
		}
	}()
	frame := goFrameOf(pv)
	p.Width, p.Height = frame.size()
	pg := &goPage{ctx: ctx, frame: frame, forms: map[string]*goForm{}, docFonts: docFonts}
	contents := pv.Key("Contents")
	if k := contents.Kind(); k != pdf.Stream && k != pdf.Array {
		return p, nil // a blank page
	}
	content, err := goStreamBytes(contents)
	// A stream that breaks off (bad checksum, truncated Flate data) keeps what came before the
	// break, as viewers show it.
	if err != nil && len(bytes.TrimSpace(content)) == 0 {
		return p, fmt.Errorf("page %d: %w: %v", number, ErrDamaged, err)
	}
	g := goGstate{ctm: goIdentity, th: 1}
	pg.run(content, goNewScope(goInherited(pv, "Resources"), docFonts), g, 0)
	p.Glyphs = pg.glyphs
	return p, nil
}

// run interprets one decoded content stream (the page's or a Form XObject's) from state g.
func (pg *goPage) run(content []byte, scope *goScope, g goGstate, depth int) {
	var stack []goGstate
	tm, tlm := goIdentity, goIdentity
	lx := goLexer{data: content}
	var args []goOperand
	for {
		tok, ok := lx.next()
		if !ok {
			return
		}
		if tok.kind != goKeyword {
			if len(args) < goMaxOperands {
				args = append(args, tok)
			}
			continue
		}
		op := tok.s
		if op == "BI" {
			lx.skipInlineImage()
			args = args[:0]
			continue
		}
		pg.ops++
		if pg.ops > goMaxOpsPerPage {
			panic(goLimit{fmt.Sprintf("more than %d content operators", goMaxOpsPerPage)})
		}
		if pg.ops%goCtxCheckEvery == 0 {
			if err := pg.ctx.Err(); err != nil {
				panic(goAbort{err})
			}
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].num
			}
			return 0
		}
		// Operators with the wrong number of operands are skipped, as viewers do, rather than
		// failing the page.
		switch op {
		case "q":
			if len(stack) < goMaxGstateDepth {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if m, ok := goMatrixOf(args); ok {
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = goIdentity, goIdentity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tr":
			g.mode = int(num(0))
		case "Tf":
			if len(args) == 2 && args[0].kind == goName {
				g.font = scope.font(args[0].s)
				g.size = args[1].num
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				tlm = goMatrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if m, ok := goMatrixOf(args); ok {
				tm, tlm = m, m
			}
		case "T*":
			tlm = goMatrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if len(args) == 0 || args[len(args)-1].kind != goString {
				break
			}
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			if op != "Tj" {
				tlm = goMatrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
				tm = tlm
			}
			pg.show(&g, &tm, args[len(args)-1].s)
		case "TJ":
			if len(args) != 1 {
				break
			}
			for _, x := range args[0].arr {
				switch x.kind {
				case goString:
					pg.show(&g, &tm, x.s)
				case goNumber:
					tx := -x.num / 1000 * g.size * g.th
					tm = goMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "Do":
			if len(args) == 1 && args[0].kind == goName {
				pg.form(scope, args[0].s, g, depth)
			}
		}
		args = args[:0]
	}
}

// goStreamBytes reads a decoded content stream, or the concatenation of an array of them. The
// library panics on filters it lacks (LZW, RunLength); that becomes the error. Data read before a
// decoding error is returned with it.
func goStreamBytes(v pdf.Value) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(goAbort); ok {
				panic(a)
			}
			err = fmt.Errorf("content stream: %v", goPanicText(r))
		}
	}()
	var parts []pdf.Value
	switch v.Kind() {
	case pdf.Stream:
		parts = []pdf.Value{v}
	case pdf.Array:
		for i := 0; i < v.Len() && i < goMaxOperands*16; i++ {
			parts = append(parts, v.Index(i))
		}
	default:
		return nil, nil
	}
	var buf bytes.Buffer
	for _, p := range parts {
		if p.Kind() != pdf.Stream {
			continue
		}
		rd := p.Reader()
		_, rerr := io.Copy(&buf, io.LimitReader(rd, goMaxContentBytes-int64(buf.Len())))
		rd.Close()
		// Streams of one page may split a token; the spec says so and puts the split at a space.
		buf.WriteByte('\n')
		if rerr != nil {
			return buf.Bytes(), fmt.Errorf("content stream: %v", rerr)
		}
		if int64(buf.Len()) >= goMaxContentBytes {
			return buf.Bytes(), fmt.Errorf("content stream over %d bytes", goMaxContentBytes)
		}
	}
	return buf.Bytes(), nil
}

// goForm is a Form XObject made ready to draw: decoded once per page however often it is drawn.
type goForm struct {
	content []byte
	scope   *goScope // nil: the form uses the resources of whoever draws it
	matrix  goMatrix
}

// form draws a Form XObject; image XObjects carry no text.
func (pg *goPage) form(scope *goScope, name string, g goGstate, depth int) {
	if depth >= goMaxFormDepth {
		return // forms that draw each other; what was drawn so far stands
	}
	pg.formCalls++
	if pg.formCalls > goMaxFormCalls {
		panic(goLimit{fmt.Sprintf("more than %d Form XObjects drawn", goMaxFormCalls)})
	}
	f, ok := scope.forms[name]
	if !ok {
		f = pg.loadForm(scope.res.Key("XObject").Key(name))
		scope.forms[name] = f
	}
	if f == nil {
		return
	}
	inner := f.scope
	if inner == nil {
		inner = scope
	}
	g.ctm = f.matrix.mul(g.ctm)
	pg.run(f.content, inner, g, depth+1)
}

// loadForm decodes a form, or returns nil for anything that draws no text.
func (pg *goPage) loadForm(xo pdf.Value) *goForm {
	if xo.Kind() != pdf.Stream || xo.Key("Subtype").Name() != "Form" {
		return nil
	}
	// The library's textual form of a stream ends with its file offset: an identity.
	key := xo.String()
	if f, ok := pg.forms[key]; ok {
		return f
	}
	f := &goForm{matrix: goIdentity}
	if mv := xo.Key("Matrix"); mv.Len() == 6 {
		for i := range f.matrix {
			f.matrix[i] = mv.Index(i).Float64()
		}
	}
	if res := xo.Key("Resources"); res.Kind() == pdf.Dict {
		f.scope = goNewScope(res, pg.docFonts)
	}
	content, err := goStreamBytes(xo)
	if err != nil && len(bytes.TrimSpace(content)) == 0 {
		f = nil // a broken form costs its own text only
	} else {
		f.content = content
	}
	pg.forms[key] = f
	return f
}

// show emits the glyphs of one string and advances the text matrix (PDF 32000-1, 9.4.4).
func (pg *goPage) show(g *goGstate, tm *goMatrix, s string) {
	f := g.font
	if f == nil {
		f = goFallbackFont
	}
	trm := goMatrix{g.size * g.th, 0, 0, g.size, 0, g.rise}
	for len(s) > 0 {
		n := min(f.codeLen, len(s))
		raw := s[:n]
		s = s[n:]
		code := 0
		for i := 0; i < len(raw); i++ {
			code = code<<8 | int(raw[i])
		}
		w0 := f.width(code) / 1000
		m := trm.mul(*tm).mul(g.ctm)
		if text := f.decode(raw); text != "" {
			pg.emit(m, w0, f, text, g.mode)
		}
		tx := w0*g.size + g.tc
		if n == 1 && code == 32 {
			tx += g.tw
		}
		*tm = goMatrix{1, 0, 0, 1, tx * g.th, 0}.mul(*tm)
	}
}

// emit adds one glyph: its box in glyph space is the advance by ascent/descent, mapped through the
// text rendering matrix m and the page frame. A ligature becomes one glyph per letter, sharing
// the advance equally.
func (pg *goPage) emit(m goMatrix, w0 float64, f *goFont, text string, mode int) {
	size := math.Hypot(m[2], m[3])
	if size < 0.01 || math.IsNaN(size) || math.IsInf(size, 0) {
		return // invisible zero-size text some producers use for tagging
	}
	if len(pg.glyphs) >= goMaxGlyphsPerPage {
		panic(goLimit{fmt.Sprintf("more than %d glyphs", goMaxGlyphsPerPage)})
	}
	w := w0
	if w <= 0 {
		w = 0.5 // a glyph without width still needs a box for layout
	}
	parts := [3]string{text}
	n := 1
	// A Latin ligature code point is spelled out, as PDFium reports it letter by letter, so that
	// the two engines give the same glyph sequence.
	if r, size := utf8.DecodeRuneInString(text); size == len(text) {
		if lig, ok := textlayer.LigatureLetters(r); ok {
			n = len(lig) // ASCII letters only
			for i := range n {
				parts[i] = lig[i : i+1]
			}
		}
	}
	step := w / float64(n)
	for k, part := range parts[:n] {
		left, right := float64(k)*step, float64(k+1)*step
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, c := range [4][2]float64{{left, f.descent}, {right, f.descent}, {left, f.ascent}, {right, f.ascent}} {
			ux, uy := m.apply(c[0], c[1])
			dx, dy := pg.frame.point(ux, uy)
			x0, y0, x1, y1 = min(x0, dx), min(y0, dy), max(x1, dx), max(y1, dy)
		}
		pg.glyphs = append(pg.glyphs, Glyph{
			Text: part,
			X0:   x0, Y0: y0, X1: x1, Y1: y1,
			Size: math.Round(size*100) / 100,
			Font: f.name,
			// Mode 2 fills and strokes: word processors' synthetic bold.
			Bold: f.bold || mode == 2,
		})
	}
}

// goFont is what the interpreter needs of a font: how to split a string into codes, what each
// code means and how far it advances.
type goFont struct {
	name    string
	bold    bool
	enc     pdf.TextEncoding
	codeLen int // bytes per code: 1 for simple fonts, 2 for Type0

	first   int       // simple fonts: /FirstChar
	widths  []float64 // simple fonts: /Widths, in 1/1000 em
	cid     []goCIDWidth
	dflt    float64 // width of a code with no entry
	scale   float64 // Type3 glyph space to 1/1000 em
	ascent  float64 // in em, positive
	descent float64 // in em, negative

	decoded map[string]string
}

type goCIDWidth struct {
	lo, hi int
	w      float64
}

// goFallbackFont stands in when text is shown before any Tf, or with a font that does not exist.
var goFallbackFont = &goFont{codeLen: 1, dflt: 500, scale: 1, ascent: 0.8, descent: -0.2}

func (s *goScope) font(name string) *goFont {
	if f, ok := s.fonts[name]; ok {
		return f
	}
	v := s.res.Key("Font").Key(name)
	var f *goFont
	if v.Kind() == pdf.Dict {
		// A dictionary's text names the objects it refers to ("12 0 R"), so equal text means
		// the same font.
		key := v.String()
		if f = s.docFonts[key]; f == nil {
			f = goLoadFont(v)
			s.docFonts[key] = f
		}
	} else {
		f = &goFont{codeLen: 1, dflt: 500, scale: 1, ascent: 0.8, descent: -0.2, enc: nil}
	}
	s.fonts[name] = f
	return f
}

func goLoadFont(v pdf.Value) *goFont {
	f := &goFont{codeLen: 1, scale: 1, ascent: 0.8, descent: -0.2, decoded: map[string]string{}}
	f.enc = goEncoder(v)
	base := v.Key("BaseFont").Name()
	desc := v.Key("FontDescriptor")
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.codeLen = 2
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.dflt = 1000
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dflt = dw.Float64()
		}
		f.cid = goCIDWidths(d.Key("W"))
	case "Type3":
		if fm := v.Key("FontMatrix"); fm.Len() == 6 && fm.Index(0).Float64() != 0 {
			f.scale = math.Abs(fm.Index(0).Float64()) * 1000
		}
		fallthrough
	default:
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && i < goMaxWidths; i++ {
			f.widths = append(f.widths, ws.Index(i).Float64()*f.scale)
		}
		// Standard 14 fonts may come without widths: take the standard metrics, else half an
		// em, a fair average for Latin text.
		f.dflt = 500
		if mw := desc.Key("MissingWidth"); mw.Float64() > 0 {
			f.dflt = mw.Float64() * f.scale
		}
		if len(f.widths) == 0 {
			if ws, ok := goStandardWidths(base); ok {
				f.first, f.widths = 0, ws
			}
		}
	}
	if a := desc.Key("Ascent").Float64(); a > 0 && a < 2000 {
		f.ascent = a / 1000
	}
	if d := desc.Key("Descent").Float64(); d < 0 && d > -1000 {
		f.descent = d / 1000
	}
	f.name = goStripSubset(base)
	// Flag bit 19 is ForceBold (PDF 32000-1, 9.8.2).
	f.bold = goNameIsBold(f.name) || desc.Key("Flags").Int64()&(1<<18) != 0 || desc.Key("FontWeight").Float64() >= 600
	return f
}

// goStandardFamilies maps the names of the standard 14 fonts, and the names Windows gives their
// look-alikes, to fpdf's core font families.
var goStandardFamilies = []struct{ prefix, family string }{
	{"Helvetica", "Helvetica"}, {"Arial", "Helvetica"},
	{"Times", "Times"}, {"TimesNewRoman", "Times"},
	{"Courier", "Courier"}, {"CourierNew", "Courier"},
	{"Symbol", "Symbol"}, {"ZapfDingbats", "ZapfDingbats"},
}

// goStandardWidths returns the widths of codes 0-255 of a standard 14 font, in 1/1000 em. The
// metrics come from fpdf, which carries the Adobe core font metrics; the renderer depends on it
// already, and the numbers are the published AFM ones.
func goStandardWidths(base string) ([]float64, bool) {
	name := goStripSubset(base)
	family := ""
	for _, f := range goStandardFamilies {
		if strings.HasPrefix(name, f.prefix) {
			family = f.family
		}
	}
	if family == "" {
		return nil, false
	}
	style := ""
	lower := strings.ToLower(name)
	if goNameIsBold(name) {
		style += "B"
	}
	if strings.Contains(lower, "italic") || strings.Contains(lower, "oblique") {
		style += "I"
	}
	if family == "Symbol" || family == "ZapfDingbats" {
		style = ""
	}
	doc := fpdf.New("P", "pt", "A4", "")
	doc.SetFont(family, style, 10)
	if doc.Err() {
		return nil, false
	}
	ws := make([]float64, 256)
	for c := range ws {
		ws[c] = float64(doc.GetStringSymbolWidth(string([]byte{byte(c)})))
	}
	return ws, true
}

// goEncoder asks the library for the font's encoder; a ToUnicode CMap it cannot parse makes it
// panic, and the font then falls back to reading codes as Latin-1 rather than losing the page.
func goEncoder(v pdf.Value) (enc pdf.TextEncoding) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(goAbort); ok {
				panic(r)
			}
			enc = nil
		}
	}()
	lib := pdf.Font{V: v}
	return lib.Encoder()
}

// goCIDWidths reads a CIDFont /W array: "c [w1 w2 ...]" and "cfirst clast w" entries.
func goCIDWidths(w pdf.Value) []goCIDWidth {
	var out []goCIDWidth
	n := w.Len()
	for i := 0; i < n && len(out) < goMaxWidths; {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(out) < goMaxWidths; j++ {
				out = append(out, goCIDWidth{first + j, first + j, next.Index(j).Float64()})
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		out = append(out, goCIDWidth{first, int(next.Int64()), w.Index(i + 2).Float64()})
		i += 3
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].lo < out[b].lo })
	return out
}

// width returns the advance of code in 1/1000 em. Type0 codes are taken as CIDs, which is what
// Identity-H means; other CMaps are a known gap.
func (f *goFont) width(code int) float64 {
	if f.codeLen == 2 {
		i := sort.Search(len(f.cid), func(i int) bool { return f.cid[i].hi >= code })
		if i < len(f.cid) && f.cid[i].lo <= code {
			return f.cid[i].w
		}
		return f.dflt
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	return f.dflt
}

// decode maps one code to text through the library's encoder, memoized because its CMap lookup
// is a linear scan.
func (f *goFont) decode(raw string) string {
	if t, ok := f.decoded[raw]; ok {
		return t
	}
	t := goCleanText(goDecodeRaw(f.enc, raw))
	if f.decoded != nil {
		f.decoded[raw] = t
	}
	return t
}

// goDecodeRaw decodes one code; the library's CMap decoder indexes past short strings on some
// malformed maps, and one bad code should not cost the page.
func goDecodeRaw(enc pdf.TextEncoding, raw string) (t string) {
	if enc == nil {
		return raw
	}
	defer func() {
		if r := recover(); r != nil {
			t = raw
		}
	}()
	return enc.Decode(raw)
}

// goCleanText makes decoded text valid UTF-8 (encoders the library does not know pass bytes
// through: read them as Latin-1) and drops control characters, which are never glyphs.
func goCleanText(s string) string {
	if !utf8.ValidString(s) {
		r := make([]rune, 0, len(s))
		for i := 0; i < len(s); i++ {
			r = append(r, rune(s[i]))
		}
		s = string(r)
	}
	if strings.IndexFunc(s, goDropRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if goDropRune(r) {
			return -1
		}
		return r
	}, s)
}

func goDropRune(r rune) bool {
	return unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF
}

// goStripSubset removes the "ABCDEF+" prefix of an embedded subset font.
func goStripSubset(name string) string {
	if len(name) > 7 && name[6] == '+' {
		for i := 0; i < 6; i++ {
			if name[i] < 'A' || name[i] > 'Z' {
				return name
			}
		}
		return name[7:]
	}
	return name
}

// goNameIsBold reads the weight from the style part of a font name ("Arial-BoldMT",
// "Arial,Bold", "OpenSans-Semibold", "Roboto-Black"); the family part is left alone so that a
// family such as "Blackadder" is not taken for a weight.
func goNameIsBold(name string) bool {
	style := name
	if i := strings.IndexAny(name, "-,"); i >= 0 {
		style = name[i+1:]
	}
	s := strings.ToLower(style)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demibold", "extrabold", "ultrabold"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// The content-stream lexer is the engine's own: the library's tokenizer panics on the binary
// data of inline images (BI … ID … EI), which would cost the whole page's text for a logo.

type goKind uint8

const (
	goNumber goKind = iota + 1
	goName
	goString
	goArray
	goKeyword
	goOther // dictionaries, booleans, null: operands the text operators never use
)

type goOperand struct {
	kind goKind
	num  float64
	s    string // name (without '/'), string bytes or keyword
	arr  []goOperand
}

type goLexer struct {
	data []byte
	pos  int
}

func goIsSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func goIsDelim(c byte) bool {
	return strings.IndexByte("()<>[]{}/%", c) >= 0
}

func (lx *goLexer) skipSpace() {
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		if goIsSpace(c) {
			lx.pos++
			continue
		}
		if c == '%' {
			for lx.pos < len(lx.data) && lx.data[lx.pos] != '\n' && lx.data[lx.pos] != '\r' {
				lx.pos++
			}
			continue
		}
		return
	}
}

// next returns the next operand or keyword; ok is false at the end of the data.
func (lx *goLexer) next() (goOperand, bool) {
	return lx.token(0)
}

func (lx *goLexer) token(depth int) (goOperand, bool) {
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return goOperand{}, false
		}
		c := lx.data[lx.pos]
		switch {
		case c == '/':
			lx.pos++
			return goOperand{kind: goName, s: lx.name()}, true
		case c == '(':
			lx.pos++
			return goOperand{kind: goString, s: lx.literal()}, true
		case c == '<' && lx.pos+1 < len(lx.data) && lx.data[lx.pos+1] == '<':
			lx.pos += 2
			lx.skipUntil(">>", depth)
			return goOperand{kind: goOther}, true
		case c == '<':
			lx.pos++
			return goOperand{kind: goString, s: lx.hex()}, true
		case c == '[':
			lx.pos++
			return lx.array(depth), true
		case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
			lx.pos++ // stray closer: skip it, as viewers do
			continue
		case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
			return goOperand{kind: goNumber, num: lx.number()}, true
		default:
			start := lx.pos
			for lx.pos < len(lx.data) && !goIsSpace(lx.data[lx.pos]) && !goIsDelim(lx.data[lx.pos]) {
				lx.pos++
			}
			if lx.pos == start {
				lx.pos++
				continue
			}
			kw := string(lx.data[start:lx.pos])
			switch kw {
			case "true", "false", "null":
				return goOperand{kind: goOther}, true
			}
			return goOperand{kind: goKeyword, s: kw}, true
		}
	}
}

func (lx *goLexer) name() string {
	var b strings.Builder
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		if goIsSpace(c) || goIsDelim(c) {
			break
		}
		lx.pos++
		if c == '#' && lx.pos+1 < len(lx.data) {
			if h, ok := goUnhex2(lx.data[lx.pos], lx.data[lx.pos+1]); ok {
				b.WriteByte(h)
				lx.pos += 2
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func goUnhexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func goUnhex2(a, b byte) (byte, bool) {
	x, ok1 := goUnhexDigit(a)
	y, ok2 := goUnhexDigit(b)
	return x<<4 | y, ok1 && ok2
}

// literal reads a (string) after its '(' (PDF 32000-1, 7.3.4.2).
func (lx *goLexer) literal() string {
	var b []byte
	nest := 1
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		switch c {
		case '(':
			nest++
		case ')':
			nest--
			if nest == 0 {
				return string(b)
			}
		case '\\':
			if lx.pos >= len(lx.data) {
				return string(b)
			}
			e := lx.data[lx.pos]
			lx.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.pos < len(lx.data) && lx.data[lx.pos] == '\n' {
					lx.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && lx.pos < len(lx.data) && lx.data[lx.pos] >= '0' && lx.data[lx.pos] <= '7'; k++ {
						v = v*8 + int(lx.data[lx.pos]-'0')
						lx.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// hex reads a <hex string> after its '<'; an odd last digit counts as followed by 0.
func (lx *goLexer) hex() string {
	var b []byte
	var hi byte
	half := false
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		if c == '>' {
			break
		}
		d, ok := goUnhexDigit(c)
		if !ok {
			continue
		}
		if half {
			b = append(b, hi<<4|d)
		} else {
			hi = d
		}
		half = !half
	}
	if half {
		b = append(b, hi<<4)
	}
	return string(b)
}

func (lx *goLexer) number() float64 {
	start := lx.pos
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		if !(c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
			break
		}
		lx.pos++
	}
	s := string(lx.data[start:lx.pos])
	// Producers write "--5" or "4.-2"; keep the leading sign and the first well-formed number.
	neg := false
	for len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = neg != (s[0] == '-')
		s = s[1:]
	}
	end := 0
	dot := false
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || (s[end] == '.' && !dot)) {
		dot = dot || s[end] == '.'
		end++
	}
	v, err := strconv.ParseFloat(s[:end], 64)
	if err != nil || math.IsInf(v, 0) {
		return 0
	}
	if neg {
		v = -v
	}
	return v
}

func (lx *goLexer) array(depth int) goOperand {
	op := goOperand{kind: goArray}
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return op
		}
		if lx.data[lx.pos] == ']' {
			lx.pos++
			return op
		}
		if depth >= goMaxNesting {
			lx.pos++
			continue
		}
		t, ok := lx.token(depth + 1)
		if !ok {
			return op
		}
		if t.kind == goKeyword {
			// An operator inside an array means the ']' is missing; give the operator back.
			lx.pos -= len(t.s)
			return op
		}
		op.arr = append(op.arr, t)
	}
}

// skipUntil skips a dictionary's contents up to its closing "]" or ">>", honouring nesting and
// strings so that a ">>" inside a string does not end it.
func (lx *goLexer) skipUntil(closer string, depth int) {
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return
		}
		if bytes.HasPrefix(lx.data[lx.pos:], []byte(closer)) {
			lx.pos += len(closer)
			return
		}
		if depth >= goMaxNesting {
			lx.pos++
			continue
		}
		t, ok := lx.token(depth + 1)
		if !ok {
			return
		}
		if t.kind == goKeyword && (t.s == "BT" || t.s == "ET" || t.s == "BDC" || t.s == "EMC") {
			lx.pos -= len(t.s)
			return // a dictionary that never closes
		}
	}
}

// skipInlineImage moves past an inline image: its dictionary up to ID, then the data up to an EI
// standing alone. The data is binary, so only a whitespace-delimited EI counts (PDF 32000-1,
// 8.9.7); an /L (/Length) entry, where given, is trusted first.
func (lx *goLexer) skipInlineImage() {
	length := -1
	var prev goOperand
	for {
		t, ok := lx.next()
		if !ok {
			return
		}
		if t.kind == goKeyword && t.s == "ID" {
			break
		}
		if t.kind == goNumber && prev.kind == goName && (prev.s == "L" || prev.s == "Length") {
			length = int(t.num)
		}
		prev = t
	}
	if lx.pos < len(lx.data) && goIsSpace(lx.data[lx.pos]) {
		lx.pos++
	}
	if length >= 0 && lx.pos+length <= len(lx.data) {
		after := lx.pos + length
		rest := bytes.TrimLeft(lx.data[after:], " \t\r\n\f\x00")
		if bytes.HasPrefix(rest, []byte("EI")) {
			lx.pos = len(lx.data) - len(rest) + 2
			return
		}
	}
	for i := lx.pos; i+2 <= len(lx.data); i++ {
		if lx.data[i] != 'E' || lx.data[i+1] != 'I' {
			continue
		}
		before := i == lx.pos || goIsSpace(lx.data[i-1])
		after := i+2 == len(lx.data) || goIsSpace(lx.data[i+2]) || goIsDelim(lx.data[i+2])
		if before && after {
			lx.pos = i + 2
			return
		}
	}
	lx.pos = len(lx.data)
}
