package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"gbtrack/extract/pdftext"
)

// lazyPDF starts the PDF reader on first use: a run over HTML pages only never pays for
// starting the WebAssembly runtime.
type lazyPDF struct {
	once   sync.Once
	engine pdftext.Engine // owned here: a Reader does not close an engine it is given
	reader *pdftext.Reader
	err    error
}

func (l *lazyPDF) close() {
	if l.reader != nil {
		l.reader.Close()
	}
	if l.engine != nil {
		l.engine.Close()
	}
}

// EngineCacheDir is where the compiled PDFium module is kept between processes (compiling it
// takes seconds); "" when the user has no cache folder, and each process then compiles it anew.
func EngineCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "gbtrack", "pdfium")
}

func (p *processor) pdfReader(ctx context.Context) (*pdftext.Reader, error) {
	p.pdf.once.Do(func() {
		defer since(&p.clock.engineStart, time.Now())
		var eng pdftext.Engine
		switch p.opts.PDFEngine {
		case "pdfium":
			done := p.meter.Step("engine", "starting PDFium")
			if len(p.opts.WorkerCommand) > 0 {
				// PDFium without its loop checks reads in half the time, in children killed on a
				// document's deadline (pdftext.NewPdfiumWorkerEngine).
				cmd := append(append([]string(nil), p.opts.WorkerCommand...), "pdfium")
				w := pdftext.NewPdfiumWorkerEngine(cmd, pdftext.PdfiumWorkerOptions{Workers: p.opts.Jobs, Timeout: p.opts.DocTimeout})
				sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.opts.DocTimeout)
				p.pdf.err = w.Start(sctx)
				cancel()
				if p.pdf.err != nil {
					w.Close()
				} else {
					eng = w
				}
			} else {
				eng, p.pdf.err = pdftext.NewPdfiumEngine(context.WithoutCancel(ctx), pdftext.PdfiumOptions{Workers: p.opts.Jobs, CacheDir: EngineCacheDir()})
			}
			if p.pdf.err != nil {
				done("PDFium failed")
			} else {
				done("PDFium ready")
			}
		case "go":
			// The pure-Go engine can loop or exhaust memory on a hostile file and cannot be
			// interrupted in-process: it runs in a worker process that is killed instead.
			if len(p.opts.WorkerCommand) > 0 {
				eng = pdftext.NewWorkerEngine(p.opts.WorkerCommand, pdftext.WorkerLimits{Timeout: p.opts.DocTimeout})
			} else {
				eng = pdftext.NewGoEngine()
			}
		default:
			p.pdf.err = fmt.Errorf("unknown PDF engine %q (want pdfium or go)", p.opts.PDFEngine)
		}
		if p.pdf.err != nil {
			return
		}
		p.pdf.engine = eng
		// The reader outlives the document whose reading started it: no deadline of that
		// document may reach it.
		p.pdf.reader, p.pdf.err = pdftext.NewReader(context.WithoutCancel(ctx), pdftext.Options{Engine: eng})
	})
	return p.pdf.reader, p.pdf.err
}
