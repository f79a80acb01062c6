package htmltext

import (
	"context"
	"errors"
	"fmt"

	"github.com/PuerkitoBio/goquery"

	"gbtrack/extract/textlayer"
)

// DefaultMaxBytes is the input size cap when Options.MaxBytes is zero. Real pages are under
// 50 MB; beyond that a page is hostile or not a page, and the parse tree would cost gigabytes.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is returned for an input over the size cap.
var ErrTooLarge = errors.New("html input too large")

// Options tunes Extract. The zero value is the default.
type Options struct {
	MaxBytes int // input size cap in bytes; 0 means DefaultMaxBytes, negative means no cap
}

// Extract reads an HTML page with the default options. contentType is the HTTP Content-Type
// header as received, possibly empty; its charset parameter wins over the page's own
// declaration (but not over a byte order mark, as in browsers).
func Extract(ctx context.Context, data []byte, contentType string) (*textlayer.Document, error) {
	return ExtractWith(ctx, data, contentType, Options{})
}

// ExtractWith is Extract with options.
func ExtractWith(ctx context.Context, data []byte, contentType string, opts Options) (doc *textlayer.Document, err error) {
	// One hostile page must not take a batch down: a bug reached by strange markup becomes
	// this page's error.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("html: internal error: %v", r)
		}
	}()
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 && len(data) > limit {
		return nil, fmt.Errorf("html: %d bytes over the %d-byte cap: %w", len(data), limit, ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	text, _ := decode(data, contentType)
	root, err := parse(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("html: parse: %w", err)
	}
	if err := expandLigatures(ctx, root); err != nil {
		return nil, fmt.Errorf("html: ligatures: %w", err)
	}
	gq := goquery.NewDocumentFromNode(root)
	out := &textlayer.Document{Format: "html"}
	out.Title = pageTitle(gq)
	if out.Title == "" {
		// Before cleaning: a page's only h1 often sits in a banner that cleaning cuts.
		out.Title = firstH1(gq)
	}
	publishedMeta, dateMeta := metaDates(gq)

	body := gq.Find("body").First()
	if body.Length() == 0 {
		return out, nil
	}
	bodyNode := body.Get(0)
	if err := removeBoilerplate(ctx, bodyNode); err != nil {
		return nil, fmt.Errorf("html: furniture: %w", err)
	}
	tables, err := classifyTables(ctx, bodyNode)
	if err != nil {
		return nil, fmt.Errorf("html: tables: %w", err)
	}
	if err := removeLinkBars(ctx, bodyNode, tables); err != nil {
		return nil, fmt.Errorf("html: link bars: %w", err)
	}
	blocks, err := buildBlocks(ctx, bodyNode, tables)
	if err != nil {
		return nil, fmt.Errorf("html: blocks: %w", err)
	}
	sel := selectContent(gq, bodyNode, blocks, tables)
	kept := keepBlocks(blocks, sel)
	out.Blocks = make([]textlayer.Block, 0, len(kept))
	for _, b := range kept {
		out.Blocks = append(out.Blocks, b.Block)
	}
	switch {
	case publishedMeta != "":
		out.Date = publishedMeta
	default:
		out.Date = contentDate(gq, sel.roots, dateMeta)
	}
	return out, nil
}

// firstH1 is the title fallback for a page without <title>.
func firstH1(gq *goquery.Document) string {
	h := gq.Find("h1").First()
	if h.Length() == 0 {
		return ""
	}
	return collapse(nodeText(h.Get(0)))
}
