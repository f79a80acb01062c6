package pdftext

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"gbtrack/extract/textlayer"
)

// Options configures a Reader.
type Options struct {
	// EngineName selects the engine: "pdfium" (the default) or "go".
	EngineName string
	// Engine, when set, is used instead of EngineName; the Reader does not close it.
	Engine Engine
	// Pdfium configures the PDFium engine the Reader creates.
	Pdfium PdfiumOptions
	// Timeout bounds the reading of one document; 0 means no bound beyond the caller's ctx.
	Timeout time.Duration
}

// Reader turns PDF bytes into a textlayer.Document. It is safe for concurrent use; create one
// and reuse it, since starting the PDFium engine is slow.
type Reader struct {
	engine  Engine
	owns    bool
	timeout time.Duration
}

// NewReader creates a Reader and its engine.
func NewReader(ctx context.Context, o Options) (*Reader, error) {
	r := &Reader{engine: o.Engine, timeout: o.Timeout}
	if r.engine != nil {
		return r, nil
	}
	switch o.EngineName {
	case "", "pdfium":
		e, err := NewPdfiumEngine(ctx, o.Pdfium)
		if err != nil {
			return nil, err
		}
		r.engine = e
	case "go":
		r.engine = NewGoEngine()
	default:
		return nil, fmt.Errorf("pdf engine %q: unknown (want pdfium or go)", o.EngineName)
	}
	r.owns = true
	return r, nil
}

// Engine returns the engine the Reader reads with.
func (r *Reader) Engine() Engine { return r.engine }

// Close releases the engine the Reader created.
func (r *Reader) Close() error {
	if r.owns {
		return r.engine.Close()
	}
	return nil
}

// Read reads one document. name labels errors (a file name or URL). Errors wrap the package's
// sentinels: ErrEncrypted, ErrNotPDF, ErrDamaged, ErrNoText. A page that cannot be read is
// listed in Document.PageErrors while the others are kept.
func (r *Reader) Read(ctx context.Context, name string, data []byte, password string) (doc *textlayer.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc = nil
			err = fmt.Errorf("%s: internal error: %v\n%s", name, p, debug.Stack())
		}
	}()
	if r.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.timeout)
		defer cancel()
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("%s: %w: empty file", name, ErrNotPDF)
	}
	raw, err := r.engine.Read(ctx, data, password)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(raw.Pages) == 0 {
		return nil, fmt.Errorf("%s: %w: no pages", name, ErrDamaged)
	}
	doc, err = analyze(ctx, raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Blocks) == 0 && len(doc.Footnotes) == 0 {
		if len(doc.PageErrors) == len(raw.Pages) {
			return nil, fmt.Errorf("%s: %w: no page could be read (p1: %s)", name, ErrDamaged, doc.PageErrors[0].Err)
		}
		glyphs := 0
		for _, p := range raw.Pages {
			glyphs += len(p.Glyphs)
		}
		if glyphs == 0 {
			return nil, fmt.Errorf("%s: %w: scanned document?", name, ErrNoText)
		}
		// Characters were there, so the file is not a scan: say what was found instead.
		return nil, fmt.Errorf("%s: %w: its %d characters form no readable text", name, ErrNoText, glyphs)
	}
	return doc, nil
}

// IsUserError reports errors that describe the file rather than a fault of the reader.
func IsUserError(err error) bool {
	return errors.Is(err, ErrEncrypted) || errors.Is(err, ErrNotPDF) || errors.Is(err, ErrDamaged) || errors.Is(err, ErrNoText)
}
