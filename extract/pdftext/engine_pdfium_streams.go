package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"io"
)

// Bounds on what a document's Flate streams may inflate to (see checkStreams). A page's content
// stream of a real paper is tens of kilobytes and a font program a few megabytes; the largest
// content streams seen (maps drawn as vectors) stay under 50 MiB.
const (
	MaxStreamBytes  = 128 << 20 // one stream, after every Flate filter of its chain
	MaxDecodedBytes = 1 << 30   // all the streams of one document together
)

// checkStreams inflates, into nothing, every Flate-compressed stream of a PDF's bytes except
// images (which text extraction never decodes), and fails with ErrDamaged and "stream inflates
// past N MiB" at the first one that would pass MaxStreamBytes, or when all of them together pass
// MaxDecodedBytes. PDFium decodes a stream whole into its WebAssembly memory: a content stream of
// a gigabyte of zeros (a kilobyte of Flate), a font program, or a stream compressed twice would
// fill the instance's memory and run for tens of seconds before failing with a bare trap. The
// check costs a pass of inflation over the document's streams and no memory beyond a window.
//
// Streams are found by their keywords, as a reader rebuilding a damaged file does: "stream" after
// a dictionary, up to "endstream". A stream that does not inflate (encrypted, damaged, raw
// deflate, another filter first) is left to PDFium and its memory limit.
func checkStreams(ctx context.Context, data []byte) error {
	return checkStreamsLimits(ctx, data, MaxStreamBytes, MaxDecodedBytes)
}

// checkStreamsLimits is checkStreams with other bounds, in bytes.
func checkStreamsLimits(ctx context.Context, data []byte, maxStream, maxTotal int64) error {
	var total int64
	for off := 0; off < len(data); {
		i := bytes.Index(data[off:], []byte("stream"))
		if i < 0 {
			break
		}
		kw := off + i
		off = kw + len("stream")
		if kw >= 3 && string(data[kw-3:kw]) == "end" {
			continue
		}
		start := off
		switch {
		case bytes.HasPrefix(data[start:], []byte("\r\n")):
			start += 2
		case start < len(data) && (data[start] == '\n' || data[start] == '\r'):
			start++
		default:
			continue // "stream" inside a name or a string
		}
		flates, image := streamFilters(data[:kw])
		end := bytes.Index(data[start:], []byte("endstream"))
		if end < 0 {
			end = len(data) - start
		}
		off = start + end
		if flates == 0 || image {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		n := inflatedSize(data[start:start+end], flates, maxStream+1)
		if n > maxStream {
			return fmt.Errorf("%w: stream at byte %d inflates past %s", ErrDamaged, kw, mib(maxStream))
		}
		if total += n; total > maxTotal {
			return fmt.Errorf("%w: its streams inflate past %s in all", ErrDamaged, mib(maxTotal))
		}
	}
	return nil
}

// streamFilters reads the dictionary that ends before a "stream" keyword (from the last "obj"
// keyword, at most 64 KiB back) and returns how many FlateDecode filters it names and whether it
// is an image.
func streamFilters(before []byte) (flates int, image bool) {
	dict := before[max(0, len(before)-64<<10):]
	if j := bytes.LastIndex(dict, []byte("obj")); j >= 0 {
		dict = dict[j:]
	}
	return bytes.Count(dict, []byte("/FlateDecode")), bytes.Contains(dict, []byte("/Image"))
}

// inflatedSize returns how many bytes raw inflates to through a chain of n zlib decoders, reading
// at most limit of them; a stream that stops inflating early counts what it gave.
func inflatedSize(raw []byte, n int, limit int64) int64 {
	var r io.Reader = bytes.NewReader(raw)
	for range n {
		zr, err := zlib.NewReader(r)
		if err != nil {
			return 0
		}
		defer zr.Close()
		r = zr
	}
	got, _ := io.CopyN(io.Discard, r, limit)
	return got
}

// mib writes a size in whole mebibytes, or in bytes below one.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}
