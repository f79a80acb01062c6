// Package pdftext reads the text layer of a PDF into a textlayer.Document: words with their
// boxes grouped into lines, blocks and tables in reading order, with running headers and footers
// removed, footnotes separated and kept with their numbers, footnote markers stripped and
// line-end hyphenation undone. It does not find items (extract/items does), does not OCR scanned
// pages (they give ErrNoText) and does not keep positions finer than a page.
//
// Reader is the entry point: create one with NewReader, reuse it for every document, Close it at
// the end. Two engines sit behind the Engine interface: PDFium compiled to WebAssembly (the
// default: no cgo, sandboxed without a file system, decodes CID fonts and encrypted files) and
// github.com/ledongthuc/pdf (pure Go). Layout analysis is shared by both and runs in this order,
// one file a step: lines.go and words.go (glyphs to words and lines), furniture.go (running
// headers, footers, page numbers, a browser's print stamps), footnotes.go (notes at the foot of
// pages and at the end of web pages, markers), columns.go (two-column pages), tables.go (tables
// from x positions; a cell keeps the paragraphs its writer made, told from wraps by the room a
// line left for the next word: textlayer.Cell.Paras; cellblocks.go reads a body whose cells are centred
// vertically beside cells that wrap column by column), blocks.go (paragraphs and headings, across pages) with hyphenation.go
// (hyphens and soft hyphens, classed with the English word list of wordlist.go).
package pdftext
