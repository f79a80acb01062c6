package htmltext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"gbtrack/extract/textlayer"
)

func TestDeepNesting(t *testing.T) {
	const depth = 200000
	cases := []struct {
		name        string
		open, close string
	}{
		{"div", "<div>", "</div>"},
		{"unclosed div", "<div>", ""},
		{"table", "<table><tr><td>", "</td></tr></table>"},
		{"list", "<ul><li>", "</li></ul>"},
		{"custom element", "<x-box>", "</x-box>"},
		{"bold", "<b>", "</b>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			b.WriteString("<html><body><p>Before the nest, a paragraph of ordinary text.</p>")
			for range depth {
				b.WriteString(tc.open)
			}
			b.WriteString("Deepest words of the page, far down in the nest.")
			for range depth {
				b.WriteString(tc.close)
			}
			b.WriteString("<p>After the nest, another paragraph of ordinary text.</p></body></html>")
			// A backstop against a hang only, long enough for a much slower machine: how long
			// the page takes is logged, never asserted.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			start := time.Now()
			doc, err := Extract(ctx, b.Bytes(), "text/html; charset=utf-8")
			if err != nil {
				t.Fatalf("Extract(%d nested %s) error: %v", depth, tc.name, err)
			}
			text := allText(doc)
			if !strings.Contains(text, "Deepest words of the page") {
				t.Errorf("Extract(%d nested %s) lost the deepest text; got %.300q", depth, tc.name, text)
			}
			t.Logf("%d nested %s: %v", depth, tc.name, time.Since(start))
		})
	}
}

// bigPage writes a page of about size bytes: a navigation bar, many sections of paragraphs,
// and a data table every few sections.
func bigPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Big</title></head><body>`)
	b.WriteString(`<nav><a href="/">Home</a> <a href="/a">About</a></nav><div id="content">`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<h2>Section %d</h2>", i)
		for j := range 5 {
			fmt.Fprintf(&b, "<p>Paragraph %d.%d: the Office will report on progress, with figures, by March 2000, and <a href=\"/x\">a link</a> to the annex.</p>\n", i, j)
		}
		if i%10 == 0 {
			b.WriteString("<table><tr><th>Issue</th><th>Action</th><th>Time frame</th></tr>")
			for k := range 10 {
				fmt.Fprintf(&b, "<tr><td>Issue %d</td><td>Action &amp; follow-up</td><td>By end %d</td></tr>", k, 2000+k)
			}
			b.WriteString("</table>\n")
		}
	}
	b.WriteString(`</div><footer>Copyright</footer></body></html>`)
	return b.Bytes()
}

func TestLargePage(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 5 << 20
	}
	data := bigPage(size)
	start := time.Now()
	doc, err := Extract(context.Background(), data, "")
	if err != nil {
		t.Fatalf("Extract(%d-byte page) error: %v", len(data), err)
	}
	elapsed := time.Since(start)
	t.Logf("%d bytes in %v (%.1f MB/s), %d blocks", len(data), elapsed, float64(len(data))/1e6/elapsed.Seconds(), len(doc.Blocks))
	tables := 0
	for _, b := range doc.Blocks {
		if b.Kind == textlayer.Table {
			tables++
		}
	}
	if len(doc.Blocks) < size/2000 || tables == 0 {
		t.Errorf("Extract(%d-byte page) = %d blocks, %d tables; want thousands of blocks and some tables", len(data), len(doc.Blocks), tables)
	}
	if strings.Contains(allText(doc), "About") {
		t.Errorf("Extract(%d-byte page) kept the navigation", len(data))
	}
}

func TestSizeCap(t *testing.T) {
	data := bigPage(2000)
	_, err := ExtractWith(context.Background(), data, "", Options{MaxBytes: 1000})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("ExtractWith(%d bytes, MaxBytes 1000) error = %v, want ErrTooLarge", len(data), err)
	}
	if _, err := ExtractWith(context.Background(), data, "", Options{MaxBytes: -1}); err != nil {
		t.Errorf("ExtractWith(%d bytes, no cap) error = %v", len(data), err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, bigPage(1<<20), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("Extract(cancelled ctx) error = %v, want context.Canceled", err)
	}
}

func TestCancelledDuringParse(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := &ctxReader{ctx: ctx, r: strings.NewReader(strings.Repeat("<p>x</p>", 1<<16))}
	buf := make([]byte, 1<<20)
	if n, err := r.Read(buf); err != nil || n > ctxReadChunk {
		t.Fatalf("ctxReader.Read = %d, %v; want at most %d bytes, no error", n, err, ctxReadChunk)
	}
	cancel()
	if _, err := r.Read(buf); !errors.Is(err, context.Canceled) {
		t.Errorf("ctxReader.Read after cancel error = %v, want context.Canceled", err)
	}
	if _, err := parse(ctx, "<p>x</p>"); !errors.Is(err, context.Canceled) {
		t.Errorf("parse(cancelled ctx) error = %v, want context.Canceled", err)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "<", "<html><body><p>x</p></body></html>",
		"<table><tr><td rowspan=3 colspan=2>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
		"<table><tr><th>A</th><th>B</th></tr><tr><td colspan=1000>x</td></tr></table>",
		"<meta charset=windows-1252><p>\x96 &#150; &#x9F; &nbsp;</p>",
		"<main><article><time datetime=2020-01-01>x</time><span class=date>1 May</span></article></main>",
		"<div><div><div><table><tr><td><table><tr><td>deep</td></tr></table></td></tr></table>",
		"\xff\xfe<\x00p\x00>\x00",
		"<ul><li><a href=a>x</a> | <a href=b>y</a></li></ul><P>unclosed<P>again<BR>line",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=iso-8859-1")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		doc, err := Extract(context.Background(), data, contentType)
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			if b.Page != 0 {
				t.Fatalf("Extract block page %d, want 0", b.Page)
			}
			if b.Kind == textlayer.Table {
				for _, r := range b.Table.Rows {
					w := 0
					for _, c := range r.Cells {
						if c.Span < 1 {
							t.Fatalf("Extract cell span %d < 1", c.Span)
						}
						w += c.Span
					}
					if w != b.Table.Columns {
						t.Fatalf("Extract row width %d, table columns %d", w, b.Table.Columns)
					}
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	data := bigPage(4 << 20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), data, ""); err != nil {
			b.Fatal(err)
		}
	}
}
