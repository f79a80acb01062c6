package pdftext

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// A page's characters are read by a small WebAssembly module linked against the PDFium instance
// (charsModule): one call from Go a page instead of three a character. The profile behind it
// (BenchmarkPdfiumEngine, gb340-ins-6.pdf): 40% of the CPU went to wazero's call path, most of
// it the goroutine that wazero 1.12 starts on every call from Go into a module compiled with
// CloseOnContextDone (internal/engine/wazevo/call_engine.go starts it unconditionally, and there
// is no public way to keep the loop checks without it). Calls from one module into another stay
// inside compiled code and start nothing, so the per-character calls moved there; the deadline
// still stops a PDFium call that loops, since the loop checks PDFium was compiled with test the
// module the call entered through, which wazero closes when the read's context is done.

// charRecord is the size in bytes of one character's record written by charsModule:
//
//	 0 u32 unicode (FPDFText_GetUnicode)
//	 4 i32 FPDFText_GetLooseCharBox's result, the box at 8: left, top, right, bottom (f32)
//	24 u32 text object (FPDFText_GetTextObject)
//	28 i32 FPDFText_IsGenerated
//	32 f64 font size, 40 i32 font weight, 44 u32 font flags, 48 i32 font name length,
//	52 i32 1 when the font fields are set (the first character of a text object, or one with
//	   none), 64 the font name (charNameCap bytes, NUL-terminated when it fits)
const (
	charRecord  = 192
	charNameCap = 128
)

// charsWasm returns the binary of the helper module. It imports PDFium's text functions and
// memory from the module "pdfium" and exports chars(textPage, n, out): for each character
// index i in [0, n) it writes the record at out+i*charRecord. It is written here byte by byte
// (WebAssembly binary format, sections 1, 2, 3, 7, 10) since it is fifty instructions and a
// toolchain for it would be a build dependency.
func charsWasm() []byte {
	const (
		i32 = 0x7f
		f64 = 0x7c
	)
	var b wasmBuf
	b.raw(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00)
	// Types: 0 (i32 i32)->i32, 1 (i32 i32 i32)->i32, 2 (i32 i32)->f64,
	// 3 (i32 i32 i32 i32 i32)->i32, 4 (i32 i32 i32)->().
	b.section(1, func(s *wasmBuf) {
		s.u(5)
		s.raw(0x60, 2, i32, i32, 1, i32)
		s.raw(0x60, 3, i32, i32, i32, 1, i32)
		s.raw(0x60, 2, i32, i32, 1, f64)
		s.raw(0x60, 5, i32, i32, i32, i32, i32, 1, i32)
		s.raw(0x60, 3, i32, i32, i32, 0)
	})
	imports := []struct {
		name string
		typ  uint32
	}{
		{"FPDFText_GetUnicode", 0},      // func 0
		{"FPDFText_GetLooseCharBox", 1}, // func 1
		{"FPDFText_GetTextObject", 0},   // func 2
		{"FPDFText_IsGenerated", 0},     // func 3
		{"FPDFText_GetFontSize", 2},     // func 4
		{"FPDFText_GetFontInfo", 3},     // func 5
		{"FPDFText_GetFontWeight", 0},   // func 6
	}
	b.section(2, func(s *wasmBuf) {
		s.u(uint32(len(imports) + 1))
		for _, im := range imports {
			s.name("pdfium")
			s.name(im.name)
			s.raw(0x00)
			s.u(im.typ)
		}
		s.name("pdfium")
		s.name("memory")
		s.raw(0x02, 0x00, 0x00) // memory, no maximum, minimum 0
	})
	b.section(3, func(s *wasmBuf) { s.u(1); s.u(4) })
	b.section(7, func(s *wasmBuf) {
		s.u(1)
		s.name("chars")
		s.raw(0x00)
		s.u(uint32(len(imports)))
	})
	const (
		tp, n, out, i, rec, obj, prev = 0, 1, 2, 3, 4, 5, 6
		localGet, localSet            = 0x20, 0x21
		i32Const, call                = 0x41, 0x10
		i32Store, f64Store            = 0x36, 0x39
		i32Add, i32Mul, i32Or         = 0x6a, 0x6c, 0x72
		i32Ne, i32Eqz, i32GeS         = 0x47, 0x45, 0x4e
		block, loop, ifOp, elseOp     = 0x02, 0x03, 0x04, 0x05
		br, brIf, end, void           = 0x0c, 0x0d, 0x0b, 0x40
	)
	var c wasmBuf
	c.raw(1, 4, i32) // locals i, rec, obj, prev
	get := func(l int) { c.raw(localGet); c.u(uint32(l)) }
	set := func(l int) { c.raw(localSet); c.u(uint32(l)) }
	cnst := func(v int32) { c.raw(i32Const); c.s(v) }
	callFn := func(f int) { c.raw(call); c.u(uint32(f)) }
	store := func(op byte, align, offset uint32) { c.raw(op); c.u(align); c.u(offset) }
	charArgs := func() { get(tp); get(i) }

	cnst(-1)
	set(prev)
	c.raw(block, void, loop, void)
	get(i)
	get(n)
	c.raw(i32GeS, brIf, 1)
	get(out)
	get(i)
	cnst(charRecord)
	c.raw(i32Mul, i32Add)
	set(rec)
	get(rec)
	charArgs()
	callFn(0)
	store(i32Store, 2, 0)
	get(rec)
	charArgs()
	get(rec)
	cnst(8)
	c.raw(i32Add)
	callFn(1)
	store(i32Store, 2, 4)
	charArgs()
	callFn(2)
	set(obj)
	get(rec)
	get(obj)
	store(i32Store, 2, 24)
	get(rec)
	charArgs()
	callFn(3)
	store(i32Store, 2, 28)
	// Font fields when the text object changes, or the character has none.
	get(obj)
	get(prev)
	c.raw(i32Ne)
	get(obj)
	c.raw(i32Eqz, i32Or, ifOp, void)
	get(rec)
	charArgs()
	callFn(4)
	store(f64Store, 3, 32)
	get(rec)
	charArgs()
	callFn(6)
	store(i32Store, 2, 40)
	get(rec)
	charArgs()
	get(rec)
	cnst(64)
	c.raw(i32Add)
	cnst(charNameCap)
	get(rec)
	cnst(44)
	c.raw(i32Add)
	callFn(5)
	store(i32Store, 2, 48)
	get(rec)
	cnst(1)
	store(i32Store, 2, 52)
	get(obj)
	set(prev)
	c.raw(elseOp)
	get(rec)
	cnst(0)
	store(i32Store, 2, 52)
	c.raw(end)
	get(i)
	cnst(1)
	c.raw(i32Add)
	set(i)
	c.raw(br, 0, end, end, end) // loop, block, function
	b.section(10, func(s *wasmBuf) {
		s.u(1)
		s.u(uint32(len(c)))
		s.raw(c...)
	})
	return b
}

// wasmBuf accumulates a WebAssembly binary.
type wasmBuf []byte

func (b *wasmBuf) raw(v ...byte) { *b = append(*b, v...) }

// u appends v as unsigned LEB128.
func (b *wasmBuf) u(v uint32) { *b = binary.AppendUvarint(*b, uint64(v)) }

// s appends v as signed LEB128.
func (b *wasmBuf) s(v int32) {
	x := int64(v)
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if (x == 0 && c&0x40 == 0) || (x == -1 && c&0x40 != 0) {
			*b = append(*b, c)
			return
		}
		*b = append(*b, c|0x80)
	}
}

func (b *wasmBuf) name(s string) { b.u(uint32(len(s))); b.raw([]byte(s)...) }

func (b *wasmBuf) section(id byte, body func(*wasmBuf)) {
	var s wasmBuf
	body(&s)
	b.raw(id)
	b.u(uint32(len(s)))
	b.raw(s...)
}

// charsLinker instantiates charsModule against PDFium instances, in the runtime of go-pdfium's
// pool: wazero matches an import's signature by type ids that are only comparable within one
// runtime. go-pdfium keeps that runtime in an unexported field, reached by reflection.
//
// A helper lives as long as its PDFium instance: closing a module closes the memory it
// imports, so a helper closed while its instance serves on would wipe that instance's memory.
type charsLinker struct {
	rt       wazero.Runtime
	compiled wazero.CompiledModule
	mu       sync.Mutex
	helpers  map[api.Module]api.Module // by PDFium instance
}

func newCharsLinker(ctx context.Context, pool any) (*charsLinker, error) {
	rt, err := poolRuntime(pool)
	if err != nil {
		return nil, err
	}
	compiled, err := rt.CompileModule(ctx, charsWasm())
	if err != nil {
		return nil, fmt.Errorf("pdfium chars module: %w", err)
	}
	return &charsLinker{rt: rt, compiled: compiled, helpers: map[api.Module]api.Module{}}, nil
}

// poolRuntime returns the wazero runtime inside go-pdfium's pool.
func poolRuntime(pool any) (rt wazero.Runtime, err error) {
	defer func() {
		// Reflection panics on a shape it does not expect; that only means no helper.
		if p := recover(); p != nil {
			rt, err = nil, fmt.Errorf("pdfium runtime: %v", p)
		}
	}()
	v := reflect.ValueOf(pool)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, errors.New("pdfium runtime: the pool is not a struct")
	}
	f := v.Elem().FieldByName("runtime")
	if !f.IsValid() {
		return nil, errors.New("pdfium runtime: no runtime field")
	}
	rt, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(wazero.Runtime)
	if !ok || rt == nil {
		return nil, errors.New("pdfium runtime: not a wazero runtime")
	}
	return rt, nil
}

// close releases the helpers and the compiled module, after the pool has closed the PDFium
// instances; the runtime is the pool's.
func (l *charsLinker) close(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for pdfium, h := range l.helpers {
		_ = h.Close(ctx)
		delete(l.helpers, pdfium)
	}
	return l.compiled.Close(ctx)
}

// forModule returns the chars function of pdfium's helper, linking one on first use.
func (l *charsLinker) forModule(ctx context.Context, pdfium api.Module) (api.Function, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	h, ok := l.helpers[pdfium]
	if !ok {
		var err error
		if h, err = l.link(ctx, pdfium); err != nil {
			return nil, err
		}
		l.helpers[pdfium] = h
	}
	return h.ExportedFunction("chars"), nil
}

// drop closes the helper of a PDFium instance that has been closed.
func (l *charsLinker) drop(pdfium api.Module) {
	l.mu.Lock()
	h, ok := l.helpers[pdfium]
	delete(l.helpers, pdfium)
	l.mu.Unlock()
	if ok {
		_ = h.Close(context.Background())
	}
}

// link instantiates a helper against pdfium.
func (l *charsLinker) link(ctx context.Context, pdfium api.Module) (api.Module, error) {
	ctx = experimental.WithImportResolver(context.WithoutCancel(ctx), func(name string) api.Module {
		if name == "pdfium" {
			return pdfium
		}
		return nil
	})
	mod, err := l.rt.InstantiateModule(ctx, l.compiled, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		return nil, fmt.Errorf("pdfium chars module: %w", err)
	}
	return mod, nil
}

// charFields is one decoded record.
type charFields struct {
	unicode                  uint32
	boxOK                    bool
	left, top, right, bottom float64
	obj                      uint32
	generated                bool
	fontSet                  bool
	size                     float64
	weight                   int32
	flags                    uint32
	nameLen                  int32
	name                     []byte // a view into the record, valid until the next call
}

func decodeChar(r []byte) charFields {
	le := binary.LittleEndian
	f := charFields{
		unicode:   le.Uint32(r[0:]),
		boxOK:     int32(le.Uint32(r[4:])) != 0,
		left:      float64(math.Float32frombits(le.Uint32(r[8:]))),
		top:       float64(math.Float32frombits(le.Uint32(r[12:]))),
		right:     float64(math.Float32frombits(le.Uint32(r[16:]))),
		bottom:    float64(math.Float32frombits(le.Uint32(r[20:]))),
		obj:       le.Uint32(r[24:]),
		generated: int32(le.Uint32(r[28:])) != 0,
		fontSet:   le.Uint32(r[52:]) != 0,
	}
	if f.fontSet {
		f.size = math.Float64frombits(le.Uint64(r[32:]))
		f.weight = int32(le.Uint32(r[40:]))
		f.flags = le.Uint32(r[44:])
		f.nameLen = int32(le.Uint32(r[48:]))
		if f.nameLen > 0 && f.nameLen <= charNameCap {
			f.name = r[64 : 64+f.nameLen]
		}
	}
	return f
}

// readChars reads a page's n characters through the helper module: one call for all of them,
// then the records are decoded here. Filtering and fonts follow readCharsOneByOne exactly.
func (c *wasmCalls) readChars(tp uint64, n int, flags, name uint64, nameCap int) ([]Glyph, error) {
	if n <= 0 {
		return nil, nil
	}
	size := n * charRecord
	out, err := c.malloc(size)
	if err != nil {
		return nil, err
	}
	defer c.free(out)
	c.stack[0], c.stack[1], c.stack[2] = tp, uint64(n), out
	if err := c.chars.CallWithStack(c.ctx, c.stack[:]); err != nil {
		if c.ctx.Err() != nil {
			return nil, c.ctx.Err()
		}
		return nil, fmt.Errorf("PDFium failed reading characters: %s", firstLine(err))
	}
	recs, ok := c.mem.Read(uint32(out), uint32(size))
	if !ok {
		return nil, fmt.Errorf("characters: unreadable")
	}
	glyphs := make([]Glyph, 0, n)
	var font glyphFont
	for i := range n {
		f := decodeChar(recs[i*charRecord : (i+1)*charRecord])
		if f.fontSet {
			font = glyphFont{size: f.size}
			if f.nameLen > 0 {
				nm := f.name
				if nm == nil {
					// The name did not fit the record: ask for it with the larger buffer.
					if l, err := c.call("FPDFText_GetFontInfo", tp, uint64(i), name, uint64(nameCap), flags); err == nil && uint32(l) > 0 {
						nm, _ = c.mem.Read(uint32(name), uint32(min(int(uint32(l)), nameCap)))
					}
				}
				font.name = stripSubset(strings.TrimRight(string(nm), "\x00"))
				// Flag bit 19 is ForceBold (PDF 32000-1, 9.8.2).
				font.bold = f.flags&(1<<18) != 0 || nameLooksBold(font.name)
			}
			if f.weight >= 600 {
				font.bold = true
			}
		}
		r, keep := pdfiumRune(rune(f.unicode))
		if !keep {
			continue
		}
		if unicode.IsSpace(r) {
			// Spaces PDFium invents between words carry no reliable box; word building uses
			// gaps instead, so only spaces from the content stream are kept.
			if f.generated {
				continue
			}
			r = ' '
		}
		if !f.boxOK {
			return nil, fmt.Errorf("char %d box: none", i)
		}
		// Boxes stay in user space until the page's orientation is decided.
		glyphs = append(glyphs, Glyph{
			Text: runeString(r),
			X0:   f.left, Y0: f.bottom, X1: f.right, Y1: f.top,
			Size: font.size,
			Font: font.name,
			Bold: font.bold,
		})
	}
	return glyphs, nil
}

// glyphFont is what a glyph carries of its font.
type glyphFont struct {
	name string
	bold bool
	size float64
}

// asciiStrings holds one string for each ASCII rune, so most glyphs cost no allocation.
var asciiStrings = func() (s [128]string) {
	for i := range s {
		s[i] = string(rune(i))
	}
	return s
}()

func runeString(r rune) string {
	if r >= 0 && r < 128 {
		return asciiStrings[r]
	}
	return string(r)
}

// firstLine is an error's first line: a trap's message runs on with a WebAssembly stack trace.
func firstLine(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}
