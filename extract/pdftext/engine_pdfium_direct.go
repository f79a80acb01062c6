package pdftext

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/tetratelabs/wazero/api"
)

// go-pdfium wraps every PDFium function in a request that takes its lock, looks handles up in
// maps, and mallocs and frees its out-parameters in the module: a character's box costs three
// calls into WebAssembly, and wazero starts a goroutine for each call when CloseOnContextDone is
// on (which it must be, for a cancelled context to stop a call stuck on a hostile file). So the
// text is read by calling PDFium's exported C functions directly, the read's own context passed
// to every call (a cancelled one closes the module mid-call), and a page's characters are read
// by a helper module in one call (engine_pdfium_chars.go); without the helper, a page's text in
// one call, then a box and a text object per character, out-parameters allocated once, font
// details fetched once per text object. What remains is PDFium's own work: loading a dense page and its
// text takes about 20 ms in WebAssembly, most of a read. The module is reached through the
// exported fields of go-pdfium's implementation; when they are not there (another go-pdfium
// version), newWasmCalls fails and the request-based reader is used instead.

// wasmCalls calls PDFium's exports in one instance. It is not safe for concurrent use.
type wasmCalls struct {
	ctx    context.Context
	mod    api.Module // the PDFium module, or nil when go-pdfium hides it
	mem    api.Memory
	export func(name string) api.Function
	fns    map[string]api.Function
	stack  [8]uint64
	// chars, when set, reads a page's characters in one call (engine_pdfium_chars.go).
	chars api.Function
}

// newWasmCalls reaches the wazero module behind a go-pdfium WebAssembly instance.
func newWasmCalls(ctx context.Context, inst pdfium.Pdfium) (c *wasmCalls, err error) {
	defer func() {
		// Reflection panics on a shape it does not expect; that only means no fast path.
		if p := recover(); p != nil {
			c, err = nil, fmt.Errorf("pdfium module: %v", p)
		}
	}()
	impl := reflect.ValueOf(inst.GetImplementation())
	if impl.Kind() != reflect.Pointer || impl.Elem().Kind() != reflect.Struct {
		return nil, errors.New("pdfium module: implementation is not a struct")
	}
	field := impl.Elem().FieldByName("Module")
	if !field.IsValid() || field.Kind() != reflect.Interface || field.IsNil() {
		return nil, errors.New("pdfium module: no Module field")
	}
	mod := field.Elem()
	memOut := mod.MethodByName("Memory").Call(nil)
	mem, ok := memOut[0].Interface().(api.Memory)
	if !ok {
		return nil, errors.New("pdfium module: memory is not a wazero memory")
	}
	exported := mod.MethodByName("ExportedFunction")
	if !exported.IsValid() {
		return nil, errors.New("pdfium module: no ExportedFunction")
	}
	c = &wasmCalls{ctx: ctx, mod: wazeroModule(mod), mem: mem, fns: map[string]api.Function{}}
	c.export = func(name string) api.Function {
		out := exported.Call([]reflect.Value{reflect.ValueOf(name)})[0]
		if out.Kind() == reflect.Interface && out.IsNil() {
			return nil
		}
		fn, _ := out.Interface().(api.Function)
		return fn
	}
	if c.export("FPDFText_GetLooseCharBox") == nil {
		return nil, errors.New("pdfium module: exports not reachable")
	}
	return c, nil
}

// wazeroModule returns the api.Module inside go-pdfium's module adapter (a struct whose one field
// holds it), or nil when its shape is another.
func wazeroModule(adapter reflect.Value) api.Module {
	if adapter.Kind() != reflect.Struct || adapter.NumField() != 1 {
		return nil
	}
	// The field is unexported: read it through an addressable copy.
	cp := reflect.New(adapter.Type()).Elem()
	cp.Set(adapter)
	f := cp.Field(0)
	v := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	mod, _ := v.Interface().(api.Module)
	return mod
}

// call runs one export and returns its single result (0 when it has none).
func (c *wasmCalls) call(name string, args ...uint64) (uint64, error) {
	fn, ok := c.fns[name]
	if !ok {
		fn = c.export(name)
		c.fns[name] = fn
	}
	if fn == nil {
		return 0, fmt.Errorf("pdfium: no function %s", name)
	}
	copy(c.stack[:], args)
	if err := fn.CallWithStack(c.ctx, c.stack[:]); err != nil {
		if c.ctx.Err() != nil {
			return 0, c.ctx.Err()
		}
		// A trap's message runs on with a WebAssembly stack trace; its first line says enough.
		msg, _, _ := strings.Cut(err.Error(), "\n")
		return 0, fmt.Errorf("PDFium failed in %s: %s", name, msg)
	}
	return c.stack[0], nil
}

func (c *wasmCalls) malloc(n int) (uint64, error) {
	p, err := c.call("malloc", uint64(n))
	if err == nil && uint32(p) == 0 {
		err = fmt.Errorf("pdfium: out of memory for %d bytes", n)
	}
	return uint64(uint32(p)), err
}

func (c *wasmCalls) free(p uint64) { _, _ = c.call("free", p) }

// i32 reads a result as the C int it is.
func i32(v uint64) int { return int(int32(uint32(v))) }

// pdfiumLastErrors are FPDF_GetLastError's codes (fpdfview.h).
const (
	pdfiumErrFile     = 2
	pdfiumErrFormat   = 3
	pdfiumErrPassword = 4
	pdfiumErrSecurity = 5
)

// readPdfiumDirect reads a document through direct calls; see readPdfium for the contract.
func readPdfiumDirect(c *wasmCalls, data []byte, password string) (RawDocument, error) {
	doc, closeDoc, err := c.open(data, password)
	if err != nil {
		return RawDocument{}, damaged(c.ctx, err)
	}
	defer closeDoc()
	var raw RawDocument
	raw.Title = c.metaText(doc, "Title")
	n, err := c.call("FPDF_GetPageCount", doc)
	if err != nil {
		return RawDocument{}, damaged(c.ctx, err)
	}
	if raw.Pages, err = c.readPages(doc, 0, max(i32(n), 0)); err != nil {
		return RawDocument{}, err
	}
	return raw, nil
}

// damaged marks an error PDFium met on a document's bytes as damage, unless it is the read's
// cancellation or already one of the package's sentinels.
func damaged(ctx context.Context, err error) error {
	if ctx.Err() != nil || IsUserError(err) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrDamaged, err)
}

// open loads a document; closeDoc closes it and frees its bytes.
func (c *wasmCalls) open(data []byte, password string) (doc uint64, closeDoc func(), err error) {
	dataPtr, err := c.malloc(max(len(data), 1))
	if err != nil {
		return 0, nil, err
	}
	if !c.mem.Write(uint32(dataPtr), data) {
		c.free(dataPtr)
		return 0, nil, errors.New("pdfium: cannot copy the file into the module")
	}
	var pwPtr uint64
	if password != "" {
		if pwPtr, err = c.malloc(len(password) + 1); err != nil {
			c.free(dataPtr)
			return 0, nil, err
		}
		defer c.free(pwPtr)
		c.mem.Write(uint32(pwPtr), append([]byte(password), 0))
	}
	doc, err = c.call("FPDF_LoadMemDocument", dataPtr, uint64(len(data)), pwPtr)
	if err == nil && uint32(doc) == 0 {
		code, cerr := c.call("FPDF_GetLastError")
		err = cerr
		if cerr == nil {
			err = openErrorCode(data, password, i32(code))
		}
	}
	if err != nil {
		c.free(dataPtr)
		return 0, nil, err
	}
	doc = uint64(uint32(doc))
	// PDFium reads the bytes in place until the document is closed, so they are freed last.
	return doc, func() {
		_, _ = c.call("FPDF_CloseDocument", doc)
		c.free(dataPtr)
	}, nil
}

// readPages reads pages [from, to); a page that fails carries its error. The error returned is
// the context's.
func (c *wasmCalls) readPages(doc uint64, from, to int) ([]RawPage, error) {
	// Out-parameters live for all the pages: a box, the font flags, a font name.
	const nameCap = 256
	scratch, err := c.malloc(16 + 4 + nameCap)
	if err != nil {
		return nil, err
	}
	defer c.free(scratch)
	var pages []RawPage
	for i := from; i < to; i++ {
		if err := c.ctx.Err(); err != nil {
			return nil, err
		}
		p, err := c.readPage(doc, i, scratch, nameCap)
		if err != nil && c.ctx.Err() != nil {
			return nil, c.ctx.Err()
		}
		p.Number = i + 1
		if err != nil {
			p.Err = err
			p.Glyphs = nil
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// metaText returns an Info dictionary entry, or "" when it is absent or unreadable.
func (c *wasmCalls) metaText(doc uint64, tag string) string {
	tagPtr, err := c.malloc(len(tag) + 1)
	if err != nil {
		return ""
	}
	defer c.free(tagPtr)
	c.mem.Write(uint32(tagPtr), append([]byte(tag), 0))
	n, err := c.call("FPDF_GetMetaText", doc, tagPtr, 0, 0)
	if err != nil || uint32(n) <= 2 || uint32(n) > 1<<16 {
		return ""
	}
	buf, err := c.malloc(int(uint32(n)))
	if err != nil {
		return ""
	}
	defer c.free(buf)
	if _, err := c.call("FPDF_GetMetaText", doc, tagPtr, buf, uint64(uint32(n))); err != nil {
		return ""
	}
	b, ok := c.mem.Read(uint32(buf), uint32(n))
	if !ok {
		return ""
	}
	return strings.TrimSpace(utf16le(b))
}

// utf16le decodes NUL-terminated UTF-16LE text.
func utf16le(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		v := binary.LittleEndian.Uint16(b[i:])
		if v == 0 {
			break
		}
		u = append(u, v)
	}
	return string(utf16.Decode(u))
}

func (c *wasmCalls) readPage(doc uint64, index int, scratch uint64, nameCap int) (RawPage, error) {
	var p RawPage
	page, err := c.call("FPDF_LoadPage", doc, uint64(index))
	if err != nil {
		return p, fmt.Errorf("load page: %w", err)
	}
	if uint32(page) == 0 {
		return p, errors.New("load page: PDFium cannot parse it")
	}
	page = uint64(uint32(page))
	defer c.call("FPDF_ClosePage", page)
	w, err := c.call("FPDF_GetPageWidthF", page)
	if err != nil {
		return p, fmt.Errorf("page width: %w", err)
	}
	h, err := c.call("FPDF_GetPageHeightF", page)
	if err != nil {
		return p, fmt.Errorf("page height: %w", err)
	}
	p.Width, p.Height = float64(api.DecodeF32(w)), float64(api.DecodeF32(h))
	rotation := enums.FPDF_PAGE_ROTATION_NONE
	if r, err := c.call("FPDFPage_GetRotation", page); err == nil {
		rotation = enums.FPDF_PAGE_ROTATION(i32(r))
	}
	tp, err := c.call("FPDFText_LoadPage", page)
	if err != nil {
		return p, fmt.Errorf("text page: %w", err)
	}
	if uint32(tp) == 0 {
		return p, errors.New("text page: PDFium cannot read its text")
	}
	tp = uint64(uint32(tp))
	defer c.call("FPDFText_ClosePage", tp)
	n, err := c.call("FPDFText_CountChars", tp)
	if err != nil {
		return p, fmt.Errorf("count chars: %w", err)
	}
	rect, flags, name := scratch, scratch+16, scratch+20
	if c.chars != nil {
		p.Glyphs, err = c.readChars(tp, i32(n), flags, name, nameCap)
	} else {
		p.Glyphs, err = c.readCharsOneByOne(tp, i32(n), rect, flags, name, nameCap)
	}
	if err != nil {
		return p, err
	}
	var left, bottom float64
	if ok, err := c.call("FPDF_GetPageBoundingBox", page, rect); err == nil && i32(ok) != 0 {
		if bb, _ := c.mem.Read(uint32(rect), 16); len(bb) == 16 {
			left, bottom = f32le(bb[0:]), f32le(bb[12:])
		}
	}
	orient(&p, rotation, left, bottom)
	return p, nil
}

// readCharsOneByOne reads a page's characters with calls from Go, three or more a character: the
// path when the helper module cannot be linked.
func (c *wasmCalls) readCharsOneByOne(tp uint64, n int, rect, flags, name uint64, nameCap int) ([]Glyph, error) {
	var glyphs []Glyph

	type fontInfo struct {
		name string
		bold bool
		size float64
	}
	fonts := map[uint32]fontInfo{}
	text := c.pageText(tp, n)
	for i := 0; i < n; i++ {
		idx := uint64(i)
		var r rune
		if text != nil && text[i] != 0xFFFE {
			r = rune(text[i])
		} else {
			// The text gives U+FFFE for PDFium's line-end hyphens, which U+0002 tells apart.
			u, err := c.call("FPDFText_GetUnicode", tp, idx)
			if err != nil {
				return nil, fmt.Errorf("char %d: %w", i, err)
			}
			r = rune(uint32(u))
		}
		r, keep := pdfiumRune(r)
		if !keep {
			continue
		}
		if unicode.IsSpace(r) {
			// Spaces PDFium invents between words carry no reliable box; word building uses
			// gaps instead, so only spaces from the content stream are kept.
			g, err := c.call("FPDFText_IsGenerated", tp, idx)
			if err != nil {
				return nil, fmt.Errorf("char %d: %w", i, err)
			}
			if i32(g) != 0 {
				continue
			}
			r = ' '
		}
		ok, err := c.call("FPDFText_GetLooseCharBox", tp, idx, rect)
		if err != nil {
			return nil, fmt.Errorf("char %d box: %w", i, err)
		}
		if i32(ok) == 0 {
			return nil, fmt.Errorf("char %d box: none", i)
		}
		box, _ := c.mem.Read(uint32(rect), 16)
		if len(box) < 16 {
			return nil, fmt.Errorf("char %d box: unreadable", i)
		}
		left, top := f32le(box[0:]), f32le(box[4:])
		right, bottom := f32le(box[8:]), f32le(box[12:])

		obj, err := c.call("FPDFText_GetTextObject", tp, idx)
		if err != nil {
			return nil, fmt.Errorf("char %d: %w", i, err)
		}
		fi, cached := fonts[uint32(obj)]
		if !cached || uint32(obj) == 0 {
			if s, err := c.call("FPDFText_GetFontSize", tp, idx); err == nil {
				fi.size = api.DecodeF64(s)
			}
			if l, err := c.call("FPDFText_GetFontInfo", tp, idx, name, uint64(nameCap), flags); err == nil && uint32(l) > 0 {
				l := min(int(uint32(l)), nameCap)
				b, _ := c.mem.Read(uint32(name), uint32(l))
				fi.name = stripSubset(strings.TrimRight(string(b), "\x00"))
				fl, _ := c.mem.ReadUint32Le(uint32(flags))
				// Flag bit 19 is ForceBold (PDF 32000-1, 9.8.2).
				fi.bold = fl&(1<<18) != 0 || nameLooksBold(fi.name)
			}
			if wt, err := c.call("FPDFText_GetFontWeight", tp, idx); err == nil && i32(wt) >= 600 {
				fi.bold = true
			}
			fonts[uint32(obj)] = fi
		}
		// Boxes stay in user space until the page's orientation is decided.
		glyphs = append(glyphs, Glyph{
			Text: string(r),
			X0:   left, Y0: bottom, X1: right, Y1: top,
			Size: fi.size,
			Font: fi.name,
			Bold: fi.bold,
		})
	}
	return glyphs, nil
}

// pdfiumRune is the rune kept for the code PDFium reports for a character, and whether one is:
// U+0002, PDFium's mark for a hyphen it judges to break a word at the line end, is '-';
// control codes but the tab, the non-characters U+FFFE and U+FFFF, U+FFFD and code points that
// are no rune are dropped.
func pdfiumRune(r rune) (rune, bool) {
	if r == 2 {
		r = '-'
	}
	if (r < 0x20 && r != '\t') || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError || !utf8.ValidRune(r) {
		return 0, false
	}
	return r, true
}

// pageText returns the text of a page one UTF-16 unit a character, in one call instead of one a
// character, or nil when it is not aligned with the characters: FPDFText_GetText could leave out
// characters that have no text and writes two units for a character outside the Basic
// Multilingual Plane. Alignment is checked by its length and by
// sampling characters one by one.
func (c *wasmCalls) pageText(tp uint64, n int) []uint16 {
	if n <= 0 {
		return nil
	}
	buf, err := c.malloc(2 * (n + 1))
	if err != nil {
		return nil
	}
	defer c.free(buf)
	got, err := c.call("FPDFText_GetText", tp, 0, uint64(n), buf)
	if err != nil || i32(got) != n+1 {
		return nil
	}
	b, ok := c.mem.Read(uint32(buf), uint32(2*n))
	if !ok {
		return nil
	}
	text := make([]uint16, n)
	for i := range text {
		text[i] = binary.LittleEndian.Uint16(b[2*i:])
		if utf16.IsSurrogate(rune(text[i])) {
			return nil
		}
	}
	for i := 0; i < n; i += max(1, n/textSamples) {
		u, err := c.call("FPDFText_GetUnicode", tp, uint64(i))
		if err != nil || uint32(u) != uint32(text[i]) {
			return nil
		}
	}
	if u, err := c.call("FPDFText_GetUnicode", tp, uint64(n-1)); err != nil || uint32(u) != uint32(text[n-1]) {
		return nil
	}
	return text
}

// textSamples is how many characters pageText compares one by one.
const textSamples = 32

func f32le(b []byte) float64 {
	return float64(api.DecodeF32(uint64(binary.LittleEndian.Uint32(b))))
}
