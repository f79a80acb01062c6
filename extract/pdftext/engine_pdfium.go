package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// PdfiumOptions configures a PDFium engine.
type PdfiumOptions struct {
	// Workers is the number of WebAssembly instances that may read documents at once; 0 means 2.
	Workers int
	// MemoryLimitBytes caps the linear memory of each instance, so that a hostile file fails
	// alone instead of exhausting the machine; 0 means DefaultMemoryLimit. On Linux the memory
	// is one mapping reserved up front and filled as PDFium touches it (memoryAllocator), so an
	// instance never holds more than this; elsewhere wazero grows it by copying, and the peak
	// can reach a few times the limit.
	MemoryLimitBytes int64
	// GetTimeout bounds the wait for a free instance when ctx has no deadline; 0 means 5 minutes.
	GetTimeout time.Duration
	// CacheDir, when set, keeps the compiled module on disk so that the next process starts in
	// a fraction of the time; compiling it takes seconds to tens of seconds.
	CacheDir string
	// Uninterruptible compiles PDFium without the checks that let a done ctx stop a call in
	// progress. wazero (v1.12) makes every loop iteration of a module compiled with
	// CloseOnContextDone leave the compiled code for Go to test whether the module was closed:
	// half the CPU of a read. Without them a read takes half the time, but a call that loops on
	// a hostile file never returns, ctx or not, and holds up the process's garbage collector
	// while it runs: only for a process that is killed from outside when a document's time is up
	// (the children of NewPdfiumWorkerEngine).
	Uninterruptible bool
}

// DefaultMemoryLimit is the memory ceiling of one PDFium instance, which reads one document at a
// time: 256 MiB, ten times what the largest papers and evaluation reports tried need (about
// 18 MiB for a 3 MB, 150-page report), and low enough that two instances at -j 2 and the rest of
// the process stay under 1 GiB.
const DefaultMemoryLimit = 256 << 20

// PdfiumEngine reads PDFs with PDFium compiled to WebAssembly. Its pool of instances is created
// once (compiling the module is slow) and shared by all reads; it is safe for concurrent use.
type PdfiumEngine struct {
	pool       pdfium.Pool
	chars      *charsLinker // nil when the helper module does not compile
	getTimeout time.Duration
	keepBytes  uint32 // an instance whose memory grew past this is not reused
	closeOnce  sync.Once
	closeErr   error
}

// reuseMemoryLimit is the linear memory past which an instance is dropped after a read instead
// of serving the next document: its pages stay resident for as long as it lives (WebAssembly
// memory never shrinks), so a long run would keep the largest document's footprint in every
// instance. 64 MiB is three times what the largest papers tried need.
const reuseMemoryLimit = 64 << 20

// NewPdfiumEngine compiles the PDFium module and prepares a pool of instances. The instances have
// no file system: PDFium only ever sees the bytes it is given.
func NewPdfiumEngine(ctx context.Context, o PdfiumOptions) (*PdfiumEngine, error) {
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.MemoryLimitBytes <= 0 {
		o.MemoryLimitBytes = DefaultMemoryLimit
	}
	if o.GetTimeout <= 0 {
		o.GetTimeout = 5 * time.Minute
	}
	pages := uint32(min(o.MemoryLimitBytes/65536, 65536))
	// The bundled module lowers setjmp/longjmp to exception handling, so that feature must be on;
	// CloseOnContextDone lets Kill interrupt a call stuck on a hostile file.
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithMemoryLimitPages(pages).
		WithCloseOnContextDone(!o.Uninterruptible)
	if o.CacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(o.CacheDir)
		if err != nil {
			return nil, fmt.Errorf("pdfium cache %s: %w", o.CacheDir, err)
		}
		rc = rc.WithCompilationCache(cache)
	}
	pool, err := webassembly.Init(webassembly.Config{
		Context:       experimental.WithMemoryAllocator(context.WithoutCancel(ctx), memoryAllocator()),
		MinIdle:       0,
		MaxIdle:       o.Workers,
		MaxTotal:      o.Workers,
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: rc,
		// An instance serves document after document (a fresh one cost 7-15% of a read): one
		// that was killed, failed or grew large is dropped instead (Read).
		ReuseWorkers: true,
	})
	if err != nil {
		return nil, fmt.Errorf("pdfium init: %w", err)
	}
	e := &PdfiumEngine{pool: pool, getTimeout: o.GetTimeout, keepBytes: reuseMemoryLimit}
	// Without the helper every character costs calls from Go, which is slower but reads the same.
	e.chars, _ = newCharsLinker(context.WithoutCancel(ctx), pool)
	return e, nil
}

// Name returns "pdfium".
func (e *PdfiumEngine) Name() string { return "pdfium" }

// Close releases the pool; reads after Close fail.
func (e *PdfiumEngine) Close() error {
	e.closeOnce.Do(func() {
		e.closeErr = e.pool.Close()
		if e.chars != nil {
			_ = e.chars.close(context.Background())
		}
	})
	return e.closeErr
}

// Read returns the glyphs of every page. A page that fails carries its error; the others go on.
func (e *PdfiumEngine) Read(ctx context.Context, data []byte, password string) (RawDocument, error) {
	if err := ctx.Err(); err != nil {
		return RawDocument{}, err
	}
	// A decompression bomb is refused before it reaches an instance's memory.
	if err := checkStreams(ctx, data); err != nil {
		return RawDocument{}, err
	}
	getCtx, cancel := ctx, context.CancelFunc(func() {})
	if _, ok := ctx.Deadline(); !ok {
		getCtx, cancel = context.WithTimeout(ctx, e.getTimeout)
	}
	inst, err := e.pool.GetInstanceWithContext(getCtx)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return RawDocument{}, ctx.Err()
		}
		return RawDocument{}, fmt.Errorf("pdfium instance: %w", err)
	}
	var doc RawDocument
	reusable := false
	var mod api.Module
	err = supervise(ctx, inst, &reusable, func() error {
		var err error
		calls, cerr := newWasmCalls(ctx, inst)
		if cerr != nil {
			doc, err = readPdfium(ctx, inst, data, password)
			return err
		}
		mod = calls.mod
		if e.chars != nil && mod != nil {
			calls.chars, _ = e.chars.forModule(ctx, mod)
		}
		doc, err = readPdfiumDirect(calls, data, password)
		// Only an instance that ended its read cleanly, its documents closed, serves the next.
		reusable = (err == nil || IsUserError(err)) && ctx.Err() == nil && calls.mem.Size() <= e.keepBytes
		return err
	})
	if !reusable && e.chars != nil && mod != nil {
		// The instance is gone (supervise killed it): its helper goes with it.
		e.chars.drop(mod)
	}
	return doc, err
}

// supervise runs read on inst and gives inst back: to the pool for the next document when read
// set *reusable, else destroyed. The instance is not safe for concurrent use, so only read's
// goroutine calls it; the watcher may only Kill it when ctx is done, which is the library's
// documented way to stop a stuck call. One watcher a document: the calls inside the read start
// none of their own but wazero's (engine_pdfium_chars.go).
func supervise(ctx context.Context, inst pdfium.Pdfium, reusable *bool, read func() error) error {
	done := make(chan struct{})
	killed := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			_ = inst.Kill()
			close(killed)
		case <-done:
		}
	}()
	err := read()
	close(done)
	select {
	case <-killed:
		return ctx.Err()
	default:
	}
	// The watcher may still be racing to Kill; Close then just fails, which is harmless.
	if *reusable {
		_ = inst.Close()
	} else {
		_ = inst.Kill()
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

func readPdfium(ctx context.Context, inst pdfium.Pdfium, data []byte, password string) (RawDocument, error) {
	req := &requests.OpenDocument{File: &data}
	if password != "" {
		req.Password = &password
	}
	opened, err := inst.OpenDocument(req)
	if err != nil {
		return RawDocument{}, openError(data, password, err)
	}
	docRef := opened.Document
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: docRef})

	var raw RawDocument
	if t, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: docRef, Tag: "Title"}); err == nil {
		raw.Title = strings.TrimSpace(t.Value)
	}
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: docRef})
	if err != nil {
		return RawDocument{}, fmt.Errorf("%w: page count: %v", ErrDamaged, err)
	}
	for i := 0; i < count.PageCount; i++ {
		if err := ctx.Err(); err != nil {
			return RawDocument{}, err
		}
		p, err := readPdfiumPage(inst, docRef, i)
		p.Number = i + 1
		if err != nil {
			p.Err = err
			p.Glyphs = nil
		}
		raw.Pages = append(raw.Pages, p)
	}
	return raw, nil
}

// openError sorts PDFium's open failures into the package's sentinels, with a message a person
// can act on instead of PDFium's numeric code.
func openError(data []byte, password string, err error) error {
	code := 0
	switch {
	case errors.Is(err, pdfiumerrors.ErrPassword):
		code = pdfiumErrPassword
	case errors.Is(err, pdfiumerrors.ErrSecurity):
		code = pdfiumErrSecurity
	case errors.Is(err, pdfiumerrors.ErrFile):
		code = pdfiumErrFile
	case errors.Is(err, pdfiumerrors.ErrFormat):
		code = pdfiumErrFormat
	}
	return openErrorCode(data, password, code)
}

// openErrorCode explains FPDF_GetLastError's code for a document that did not open.
func openErrorCode(data []byte, password string, code int) error {
	switch {
	case code == pdfiumErrPassword && password == "":
		return fmt.Errorf("%w: no password given (try --password)", ErrEncrypted)
	case code == pdfiumErrPassword:
		return fmt.Errorf("%w: the password is wrong (try another --password)", ErrEncrypted)
	case code == pdfiumErrSecurity:
		return fmt.Errorf("%w: its encryption scheme is not supported", ErrEncrypted)
	case !looksLikePDF(data) && !looksLikePDFBody(data):
		return ErrNotPDF
	case !looksLikePDF(data):
		return fmt.Errorf("%w: no %%PDF- header", ErrDamaged)
	default:
		return fmt.Errorf("%w: PDFium cannot parse it", ErrDamaged)
	}
}

// looksLikePDF reports whether a PDF header appears near the start, where readers look for it.
func looksLikePDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return strings.Contains(string(head), "%PDF-")
}

// looksLikePDFBody reports objects or a cross-reference section without a header: a PDF whose
// first bytes were lost or replaced.
func looksLikePDFBody(data []byte) bool {
	return bytes.Contains(data, []byte("endobj")) || bytes.Contains(data, []byte("startxref"))
}

func readPdfiumPage(inst pdfium.Pdfium, docRef references.FPDF_DOCUMENT, index int) (RawPage, error) {
	var p RawPage
	pageResp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: docRef, Index: index})
	if err != nil {
		return p, fmt.Errorf("load page: %w", err)
	}
	pageRef := pageResp.Page
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pageRef})
	page := requests.Page{ByReference: &pageRef}

	w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: page})
	if err != nil {
		return p, fmt.Errorf("page width: %w", err)
	}
	h, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: page})
	if err != nil {
		return p, fmt.Errorf("page height: %w", err)
	}
	p.Width, p.Height = float64(w.PageWidth), float64(h.PageHeight)
	rotation := enums.FPDF_PAGE_ROTATION_NONE
	if r, err := inst.FPDFPage_GetRotation(&requests.FPDFPage_GetRotation{Page: page}); err == nil {
		rotation = r.PageRotation
	}

	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return p, fmt.Errorf("text page: %w", err)
	}
	textPage := tp.TextPage
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: textPage})
	n, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: textPage})
	if err != nil {
		return p, fmt.Errorf("count chars: %w", err)
	}

	// This is the slow path (see engine_pdfium_direct.go): font details are looked up for every
	// character, since go-pdfium gives each text-object lookup a new reference that no cache
	// could key on.
	type fontInfo struct {
		name string
		bold bool
		size float64
	}
	for i := 0; i < n.Count; i++ {
		u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: textPage, Index: i})
		if err != nil {
			return p, fmt.Errorf("char %d: %w", i, err)
		}
		r := rune(u.Unicode)
		if r == 2 {
			// PDFium reports a hyphen it judges to break a word at the line end as U+0002.
			r = '-'
		}
		if (r < 0x20 && r != '\t') || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
			continue
		}
		if unicode.IsSpace(r) {
			// Spaces PDFium invents between words carry no reliable box; word building uses
			// gaps instead, so only spaces from the content stream are kept.
			g, err := inst.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: textPage, Index: i})
			if err != nil || g.IsGenerated {
				continue
			}
			r = ' '
		}
		box, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: textPage, Index: i})
		if err != nil {
			return p, fmt.Errorf("char %d box: %w", i, err)
		}
		var fi fontInfo
		if size, err := inst.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: textPage, Index: i}); err == nil {
			fi.size = size.FontSize
		}
		if info, err := inst.FPDFText_GetFontInfo(&requests.FPDFText_GetFontInfo{TextPage: textPage, Index: i}); err == nil {
			fi.name = stripSubset(info.FontName)
			// Flag bit 19 is ForceBold (PDF 32000-1, 9.8.2).
			fi.bold = info.Flags&(1<<18) != 0 || nameLooksBold(fi.name)
		}
		if wt, err := inst.FPDFText_GetFontWeight(&requests.FPDFText_GetFontWeight{TextPage: textPage, Index: i}); err == nil && wt.FontWeight >= 600 {
			fi.bold = true
		}
		// Boxes stay in user space until the page's orientation is decided.
		p.Glyphs = append(p.Glyphs, Glyph{
			Text: string(r),
			X0:   float64(box.Rect.Left), Y0: float64(box.Rect.Bottom), X1: float64(box.Rect.Right), Y1: float64(box.Rect.Top),
			Size: fi.size,
			Font: fi.name,
			Bold: fi.bold,
		})
	}
	var left, bottom float64
	if bb, err := inst.FPDF_GetPageBoundingBox(&requests.FPDF_GetPageBoundingBox{Page: page}); err == nil {
		left, bottom = float64(bb.Rect.Left), float64(bb.Rect.Bottom)
	}
	orient(&p, rotation, left, bottom)
	return p, nil
}

// orient turns a page's glyph boxes from user space, where the page's visible box has its
// lower-left corner at (left, bottom), to the displayed page. A page turned by
// /Rotate is read the way its text runs: when the text runs across the unrotated page (a
// portrait page shown landscape, text unturned), the rotation is ignored.
func orient(p *RawPage, rotation enums.FPDF_PAGE_ROTATION, left, bottom float64) {
	for i := range p.Glyphs {
		g := &p.Glyphs[i]
		g.X0, g.X1 = g.X0-left, g.X1-left
		g.Y0, g.Y1 = g.Y0-bottom, g.Y1-bottom
	}
	if rotation != enums.FPDF_PAGE_ROTATION_NONE && runsAcross(p.Glyphs) {
		if rotation == enums.FPDF_PAGE_ROTATION_90_CW || rotation == enums.FPDF_PAGE_ROTATION_270_CW {
			p.Width, p.Height = p.Height, p.Width
		}
		rotation = enums.FPDF_PAGE_ROTATION_NONE
	}
	for i := range p.Glyphs {
		g := &p.Glyphs[i]
		g.X0, g.Y0, g.X1, g.Y1 = toTopLeft(g.X0, g.Y1, g.X1, g.Y0, p.Width, p.Height, rotation)
	}
}

// runsAcross reports whether consecutive glyphs mostly advance along x in user space.
func runsAcross(gs []Glyph) bool {
	across, down := 0, 0
	for i := 1; i < len(gs); i++ {
		dx := (gs[i].X0 + gs[i].X1 - gs[i-1].X0 - gs[i-1].X1) / 2
		dy := (gs[i].Y0 + gs[i].Y1 - gs[i-1].Y0 - gs[i-1].Y1) / 2
		switch {
		case dx > 0 && dx > 2*abs(dy):
			across++
		case abs(dy) > 2*abs(dx):
			down++
		}
	}
	return across > down
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// toTopLeft converts a box in PDF user space (origin bottom-left, y up) to the displayed page with
// the origin at the top-left; w and h are the displayed (rotated) page size.
func toTopLeft(l, t, r, b, w, h float64, rot enums.FPDF_PAGE_ROTATION) (x0, y0, x1, y1 float64) {
	if t < b {
		t, b = b, t
	}
	switch rot {
	case enums.FPDF_PAGE_ROTATION_90_CW:
		// Unrotated width is h: user y becomes displayed x, user x becomes displayed y.
		return b, l, t, r
	case enums.FPDF_PAGE_ROTATION_180_CW:
		return w - r, b, w - l, t
	case enums.FPDF_PAGE_ROTATION_270_CW:
		return w - t, h - r, w - b, h - l
	default:
		return l, h - t, r, h - b
	}
}

// stripSubset removes the "ABCDEF+" prefix of an embedded subset font.
func stripSubset(name string) string {
	if i := strings.IndexByte(name, '+'); i == 6 {
		return name[7:]
	}
	return name
}

func nameLooksBold(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy")
}
