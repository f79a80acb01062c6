// Package textlayer is the format-neutral text model between the readers of bytes (extract/pdftext,
// extract/htmltext) and item detection (extract/items): blocks of running text, headings and
// tables in reading order, with the page each starts on, and footnotes kept apart.
//
// Running headers and footers, navigation and other page furniture never reach this model; the
// readers remove them. It holds no positions finer than a page: layout analysis is the readers'
// business.
package textlayer
