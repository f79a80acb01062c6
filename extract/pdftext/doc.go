// Package pdftext reads the text layer of a PDF into a textlayer.Document: words with their
// boxes grouped into lines, blocks and tables in reading order, with running headers and footers
// removed, footnotes separated and kept with their numbers, footnote markers stripped and
// line-end hyphenation undone.
//
// Two engines sit behind the Engine interface: PDFium compiled to WebAssembly (the default: no
// cgo, sandboxed, decodes CID fonts and encrypted files) and github.com/ledongthuc/pdf (pure Go).
// Layout analysis is shared by both. It does not find items; extract/items does.
package pdftext
