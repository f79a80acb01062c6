package main

import (
	"context"
	"io"

	"gbtrack/extract/pdftext"
)

// cmdWorker is the hidden "pdf-worker" command: gbtrack re-executed as an isolated process that
// reads PDFs with the pure-Go engine, so a parse that hangs or exhausts memory can be killed
// without taking the batch down.
func cmdWorker(ctx context.Context, stdin io.Reader, stdout io.Writer) error {
	return pdftext.ServeWorker(ctx, stdin, stdout, pdftext.NewGoEngine())
}
