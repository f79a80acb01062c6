package main

import (
	"context"
	"fmt"
	"io"

	"gbtrack/corpus"
	"gbtrack/extract/htmltext"
	"gbtrack/extract/pdftext"
	"gbtrack/extract/textlayer"
	"gbtrack/pipeline"
)

// cmdText prints the text layer of one document as gbtrack reads it.
func cmdText(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("text", stderr)
	engine := fs.String("pdf-engine", "pdfium", "pdfium or go")
	password := fs.String("password", "", "password for a protected PDF")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("text: need one FILE or URL: %w", errUsage)
	}
	srcs, err := corpus.Expand(ctx, pos, corpus.ExpandOptions{})
	if err != nil {
		return err
	}
	if len(srcs) != 1 {
		return fmt.Errorf("text: %s names %d documents, want one: %w", pos[0], len(srcs), errUsage)
	}
	f := corpus.NewFetcher(corpus.FetchOptions{})
	defer f.Close()
	got, err := f.Fetch(ctx, srcs[0])
	if err != nil {
		return err
	}
	var doc *textlayer.Document
	switch got.Format {
	case "pdf":
		var eng pdftext.Engine
		if *engine == "go" {
			eng = pdftext.NewGoEngine()
		} else if eng, err = pdftext.NewPdfiumEngine(ctx, pdftext.PdfiumOptions{Workers: 1, CacheDir: pipeline.EngineCacheDir()}); err != nil {
			return err
		}
		defer eng.Close()
		r, err := pdftext.NewReader(ctx, pdftext.Options{Engine: eng})
		if err != nil {
			return err
		}
		defer r.Close()
		if doc, err = r.Read(ctx, srcs[0].Ref, got.Data, *password); err != nil {
			return err
		}
	case "html":
		if doc, err = htmltext.Extract(ctx, got.Data, got.ContentType); err != nil {
			return fmt.Errorf("%s: %w", srcs[0].Ref, err)
		}
	default:
		return fmt.Errorf("%s: cannot read %s", srcs[0].Ref, got.Format)
	}
	return textlayer.Dump(stdout, doc)
}
