package pdftext

import (
	"context"
	"errors"
)

// Sentinel errors a caller branches on; engines wrap them.
var (
	ErrEncrypted = errors.New("password-protected PDF")
	ErrNoText    = errors.New("no text layer")
	ErrDamaged   = errors.New("damaged PDF")
	ErrNotPDF    = errors.New("not a PDF")
)

// Glyph is one character as an engine reports it. Coordinates are PDF points with the origin at
// the top-left corner of the page and y growing downwards (engines convert).
type Glyph struct {
	Text           string // usually one rune; ligatures may give more
	X0, Y0, X1, Y1 float64
	Size           float64 // font size in points
	Font           string  // font name as embedded, subset prefix removed
	Bold           bool
}

// RawPage is one page as an engine reads it, before any layout analysis.
type RawPage struct {
	Number        int // 1-based
	Width, Height float64
	Glyphs        []Glyph // in content-stream order
	Err           error   // set when this page could not be read; Glyphs is then empty
}

// RawDocument is what an engine returns for one file.
type RawDocument struct {
	Pages []RawPage
	Title string // Info dictionary /Title, if any
}

// Engine reads the glyphs of a PDF. Implementations must be safe for concurrent use by several
// goroutines and must honour ctx: a cancelled context ends the read with ctx.Err().
type Engine interface {
	Name() string
	Read(ctx context.Context, data []byte, password string) (RawDocument, error)
	Close() error
}
