package main

import (
	"context"
	"fmt"
	"io"

	"gbtrack/extract/pdftext"
	"gbtrack/pipeline"
)

// cmdWorker is the hidden "pdf-worker" command: gbtrack re-executed as an isolated process that
// reads PDFs, so a parse that hangs or exhausts memory can be killed without taking the batch
// down. "pdf-worker" reads with the pure-Go engine, one process a document; "pdf-worker pdfium"
// with PDFium compiled without its loop checks (twice as fast; the parent kills the process
// when a document's time is up), document after document.
func cmdWorker(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	switch {
	case len(args) == 0:
		return pdftext.ServeWorker(ctx, stdin, stdout, pdftext.NewGoEngine())
	case len(args) == 1 && args[0] == "pdfium":
		return pdftext.ServePdfiumWorker(ctx, stdin, stdout, pdftext.PdfiumOptions{Workers: 1, CacheDir: pipeline.EngineCacheDir()})
	default:
		return fmt.Errorf("pdf-worker: want no argument or pdfium, got %q: %w", args, errUsage)
	}
}
