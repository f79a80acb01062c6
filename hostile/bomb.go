package hostile

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/binary"
	"fmt"
)

// BombBytes is what each decompression bomb inflates to: a gigabyte of zeros, as in the issue.
const BombBytes = 1 << 30

// zerosZlib returns a zlib stream (RFC 1950) that inflates to n zeros, n a multiple of 1 MiB, in
// about n/1000 bytes, written without compressing n bytes: one flushed Deflate block of 1 MiB of
// zeros refers only to itself, so it is repeated, then closed by an empty final block and the
// Adler-32 of n zeros (1 + (n mod 65521) << 16, RFC 1950 section 9).
func zerosZlib(n int64) []byte {
	const chunk = 1 << 20
	var block bytes.Buffer
	fw, err := flate.NewWriter(&block, flate.BestCompression)
	if err != nil {
		panic(err) // only for a bad level
	}
	fw.Write(make([]byte, chunk))
	fw.Flush()
	var out bytes.Buffer
	out.Write([]byte{0x78, 0xda})
	for range n / chunk {
		out.Write(block.Bytes())
	}
	out.Write([]byte{0x01, 0x00, 0x00, 0xff, 0xff}) // final stored block, empty
	binary.Write(&out, binary.BigEndian, uint32(n%65521)<<16|1)
	return out.Bytes()
}

func zlibOf(data []byte) []byte {
	var out bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&out, zlib.BestCompression)
	zw.Write(data)
	zw.Close()
	return out.Bytes()
}

// bombKind says where a bomb hides.
type bombKind int

const (
	bombContent bombKind = iota // a page's second content stream
	bombFont                    // an embedded TrueType font program
	bombDouble                  // a content stream compressed twice: small even to a reader that inflates once
)

// bombPDF is a one-page PDF whose text, a dated commitment, is readable, with a stream that
// inflates to BombBytes where kind says.
func bombPDF(kind bombKind) []byte {
	b := newPDFBuilder()
	catalog, pages, page, text, bomb := b.reserve(), b.reserve(), b.reserve(), b.reserve(), b.reserve()
	b.object(catalog, fmt.Sprintf("<</Type /Catalog /Pages %d 0 R>>", pages))
	b.object(pages, fmt.Sprintf("<</Type /Pages /Kids [%d 0 R] /Count 1>>", page))
	b.stream(text, "", []byte("BT /F1 11 Tf 14 TL 72 500 Td\n"+literal(commitment)+" Tj T*\nET"))
	font := b.reserve()
	contents := fmt.Sprintf("[%d 0 R %d 0 R]", text, bomb)
	switch kind {
	case bombContent:
		b.stream(bomb, " /Filter /FlateDecode", zerosZlib(BombBytes))
	case bombDouble:
		b.stream(bomb, " /Filter [/FlateDecode /FlateDecode]", zlibOf(zerosZlib(BombBytes)))
	case bombFont:
		contents = fmt.Sprintf("%d 0 R", text)
		desc := b.reserve()
		b.stream(bomb, fmt.Sprintf(" /Filter /FlateDecode /Length1 %d", BombBytes), zerosZlib(BombBytes))
		b.object(desc, fmt.Sprintf("<</Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 %d 0 R>>", bomb))
		b.object(font, fmt.Sprintf("<</Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 32 /Widths [500] /FontDescriptor %d 0 R /Encoding /WinAnsiEncoding>>", desc))
	}
	if kind != bombFont {
		b.object(font, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>")
	}
	b.object(page, fmt.Sprintf("<</Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 %d 0 R>>>> /Contents %s>>",
		pages, font, contents))
	return b.finish(fmt.Sprintf("/Root %d 0 R /ID [<%x> <%x>]", catalog, fileID, fileID))
}
