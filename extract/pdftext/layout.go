package pdftext

import (
	"context"
	"slices"

	"gbtrack/extract/textlayer"
)

// analyze runs layout analysis over an engine's glyphs: lines, furniture, footnotes, markers,
// tables, blocks, in that order (each step reads what the one before left).
func analyze(ctx context.Context, raw RawDocument) (*textlayer.Document, error) {
	doc := &textlayer.Document{Format: "pdf", Pages: len(raw.Pages), Title: raw.Title}
	var pages []pageLines
	for _, rp := range raw.Pages {
		if rp.Err != nil {
			doc.PageErrors = append(doc.PageErrors, textlayer.PageError{Page: rp.Number, Err: rp.Err.Error()})
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		glyphs, turned := splitTurned(rp.Glyphs, rp.Width)
		for _, t := range turned {
			if !slices.Contains(doc.Furniture, t) {
				doc.Furniture = append(doc.Furniture, t)
			}
		}
		ls := buildLines(glyphs, rp.Number)
		pages = append(pages, pageLines{number: rp.Number, width: rp.Width, height: rp.Height, lines: ls})
	}
	doc.Furniture = append(doc.Furniture, removeFurniture(pages)...)

	v := vocabulary{}
	for _, p := range pages {
		for _, l := range p.lines {
			v.addText(l.text())
		}
	}
	m := measure(pages)
	doc.Footnotes = splitFootnotes(pages, m.bodySize, v)
	stripMarkers(pages)
	for i := range pages {
		readColumns(&pages[i], m.bodySize)
	}
	m = measure(pages)

	tables := make([][]pageTable, len(pages))
	var open *pageTable
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tables[i] = findTables(p, open, v)
		open = nil
		if n := len(tables[i]); n > 0 && tables[i][n-1].reachesEnd {
			open = &tables[i][n-1]
		}
	}
	doc.Blocks = buildBlocks(pages, tables, m, v)
	var endnotes []textlayer.Footnote
	doc.Blocks, endnotes = splitEndnotes(doc.Blocks)
	doc.Footnotes = append(doc.Footnotes, endnotes...)
	return doc, nil
}
