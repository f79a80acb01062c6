package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func zlibBytes(data []byte) []byte {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

// pdfWithStreams is a PDF body holding the given stream objects (dictionary entries, data), enough
// for checkStreams, which finds streams by their keywords.
func pdfWithStreams(streams ...[2]string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	for i, s := range streams {
		fmt.Fprintf(&b, "%d 0 obj\n<<%s /Length %d>>\nstream\r\n%s\nendstream\nendobj\n", i+1, s[0], len(s[1]), s[1])
	}
	b.WriteString("trailer\n<</Root 1 0 R>>\n%%EOF\n")
	return b.Bytes()
}

func TestCheckStreams(t *testing.T) {
	const maxStream, maxTotal = 1 << 20, 3 << 20
	zeros := func(n int) string { return string(zlibBytes(make([]byte, n))) }
	text := string(zlibBytes([]byte("BT /F1 11 Tf (The Office will report by 2027.) Tj ET")))
	tests := []struct {
		name    string
		streams [][2]string
		want    string // "" for no error, else a part of the error
	}{
		{"a page's text", [][2]string{{" /Filter /FlateDecode", text}}, ""},
		{"an uncompressed stream", [][2]string{{"", strings.Repeat("x", 2<<20)}}, ""},
		{"a stream just under the bound", [][2]string{{" /Filter /FlateDecode", zeros(maxStream)}}, ""},
		{"a bomb", [][2]string{{" /Filter /FlateDecode", zeros(maxStream + 1)}}, "stream at byte 56 inflates past 1 MiB"},
		{"a bomb behind a text stream", [][2]string{{" /Filter /FlateDecode", text}, {" /Filter /FlateDecode", zeros(2 << 20)}}, "inflates past 1 MiB"},
		{"a bomb compressed twice", [][2]string{{" /Filter [/FlateDecode /FlateDecode]", string(zlibBytes([]byte(zeros(2 << 20))))}}, "inflates past 1 MiB"},
		{"compressed twice, read once, is small", [][2]string{{" /Filter /FlateDecode", string(zlibBytes([]byte(zeros(2 << 20))))}}, ""},
		{"an image is not decoded to read text", [][2]string{{" /Type /XObject /Subtype /Image /Filter /FlateDecode", zeros(2 << 20)}}, ""},
		{"streams that inflate past the bound together", [][2]string{
			{" /Filter /FlateDecode", zeros(maxStream)}, {" /Filter /FlateDecode", zeros(maxStream)},
			{" /Filter /FlateDecode", zeros(maxStream)}, {" /Filter /FlateDecode", zeros(maxStream)}}, "streams inflate past 3 MiB in all"},
		{"garbage behind a Flate filter (encrypted, damaged) is left to PDFium", [][2]string{{" /Filter /FlateDecode", "\x00\x01garbage"}}, ""},
		{"a stream without endstream", [][2]string{{" /Filter /FlateDecode", zeros(2<<20) + "endobj"}}, "inflates past 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := pdfWithStreams(tt.streams...)
			if tt.name == "a stream without endstream" {
				data = data[:bytes.LastIndex(data, []byte("endstream"))]
			}
			err := checkStreamsLimits(context.Background(), data, maxStream, maxTotal)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("checkStreams = %v, want no error", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("checkStreams = %v, want an error with %q", err, tt.want)
			case tt.want != "" && !errors.Is(err, ErrDamaged):
				t.Errorf("checkStreams = %v, want it to wrap ErrDamaged", err)
			}
		})
	}
}

func TestCheckStreamsStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := pdfWithStreams([2]string{" /Filter /FlateDecode", string(zlibBytes([]byte("x")))})
	if err := checkStreams(ctx, data); !errors.Is(err, context.Canceled) {
		t.Errorf("checkStreams(cancelled) = %v, want context.Canceled", err)
	}
}

func FuzzCheckStreams(f *testing.F) {
	f.Add(pdfWithStreams([2]string{" /Filter /FlateDecode", string(zlibBytes([]byte("BT ET")))}))
	f.Add([]byte("stream\nendstream stream\r\n"))
	f.Add([]byte("obj<</Filter[/FlateDecode/FlateDecode]>>stream\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = checkStreamsLimits(context.Background(), data, 1<<16, 1<<18)
	})
}
