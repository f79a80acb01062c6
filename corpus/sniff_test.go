package corpus

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	rnd := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range rnd {
		rnd[i] = byte(r.UintN(256))
	}
	rnd[0] = 0x00 // make sure it is not accidentally text
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"pdf header", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), FormatPDF},
		{"pdf after junk", append(bytes.Repeat([]byte{0}, 500), "%PDF-1.4"...), FormatPDF},
		{"pdf header too late, no objects", append(bytes.Repeat([]byte("x"), 2000), "%PDF-1.4"...), FormatText},
		{"headerless pdf objects", []byte("  \n5 0 obj <</Length 3>>stream\nabc\nendstream\nendobj"), FormatPDF},
		{"damaged header", []byte("UPDF-1\x99\n1 0 obj\n<< /Type /Pages >>\nendobj\n"), FormatPDF},
		{"object word is not an object", []byte("see item 12 0 objects and endobj here"), FormatText},
		{"startxref without offset", []byte("the word startxref alone"), FormatText},
		{"object header at the end", []byte("\x00\x01junk 7 0 obj"), FormatPDF},
		{"startxref only", []byte("\xc9startxref\n6\n2147483647"), FormatPDF},
		{"doctype", []byte("<!DOCTYPE html><html><body>x</body></html>"), FormatHTML},
		{"doctype lower with BOM", []byte("\xEF\xBB\xBF\n  <!doctype html>\n<title>x</title>"), FormatHTML},
		{"html tag upper", []byte("<HTML lang=en>"), FormatHTML},
		{"fragment p", []byte("<p>Hello</p>"), FormatHTML},
		{"fragment table", []byte("\t<table class=\"x\">"), FormatHTML},
		{"fragment div", []byte("<div>"), FormatHTML},
		{"comment first", []byte("<!-- saved from url -->\n<html>"), FormatHTML},
		{"xml declaration xhtml", []byte("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"), FormatHTML},
		{"text then body tag", []byte("Skip to content\n<body>\n<p>x"), FormatHTML},
		{"utf16 html", []byte("\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00"), FormatHTML},
		{"pre is not p", []byte("<pre>x"), FormatText},
		{"bodyguard is not body", []byte("<bodyguard>"), FormatText},
		{"unclosed comment", []byte("<!-- never closed"), FormatText},
		{"empty", nil, FormatEmpty},
		{"whitespace", []byte(" \n\t\r\n "), FormatEmpty},
		{"plain text", []byte("Recommendations of the evaluation\n1. Do things.\n"), FormatText},
		{"utf8 text", []byte("Organisation internationale du Travail — résumé"), FormatText},
		{"text mentioning html", []byte("Write a <b tag? no: the word html alone"), FormatText},
		{"random bytes", rnd, FormatBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x06\x00"), FormatBinary},
		{"nul in ascii", []byte("abc\x00def"), FormatBinary},
		{"invalid utf8", []byte("abc\xff\xfedef"), FormatBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.data); got != tt.want {
				t.Errorf("Sniff(%q) = %q, want %q", trim(tt.data), got, tt.want)
			}
		})
	}
}

func trim(b []byte) []byte { return b[:min(len(b), 60)] }

// A rune cut by the end of the text window must not turn a long text file
// into "binary".
func TestSniffRuneAcrossWindow(t *testing.T) {
	data := []byte(strings.Repeat("a", textWindow-1) + "é and more text")
	if got := Sniff(data); got != FormatText {
		t.Errorf("Sniff(text with a rune across the window) = %q, want %q", got, FormatText)
	}
}

func TestCheckFormat(t *testing.T) {
	tests := []struct {
		name, claimed string
		data          []byte
		wantFormat    string
		wantErr       error
		wantInMsg     string
	}{
		{"pdf", "", []byte("%PDF-1.5"), FormatPDF, nil, ""},
		{"html claimed pdf", "application/pdf", []byte("<html>"), FormatHTML, nil, ""},
		{"empty", "", nil, FormatEmpty, ErrEmpty, "empty"},
		{"text", "", []byte("just words"), FormatText, ErrUnknownFormat, "a text file, not a PDF"},
		{"text served as pdf", "application/pdf", []byte("just words"), FormatText, ErrUnknownFormat, `served as "application/pdf" but is a text file`},
		{"random", "", []byte{0, 1, 2, 0xff, 0x80}, FormatBinary, ErrUnknownFormat, "random bytes"},
		{"docx", "", []byte("PK\x03\x04rest"), FormatBinary, ErrUnknownFormat, "ZIP archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := checkFormat(tt.data, tt.claimed)
			if f != tt.wantFormat || !errors.Is(err, tt.wantErr) {
				t.Fatalf("checkFormat(%q, %q) = %q, %v; want %q, %v", tt.data, tt.claimed, f, err, tt.wantFormat, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tt.wantInMsg) {
				t.Errorf("checkFormat(%q) error %q does not say %q", tt.data, err, tt.wantInMsg)
			}
		})
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"%PDF-1.7", "<!doctype html>", "\xEF\xBB\xBF<p>", "\xFF\xFE<\x00", "<!--", "<?xml", "1 0 obj", "startxref 9", "", " ", "\x00\xff"} {
		f.Add([]byte(s))
	}
	valid := map[string]bool{FormatPDF: true, FormatHTML: true, FormatEmpty: true, FormatText: true, FormatBinary: true}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := Sniff(data)
		if !valid[got] {
			t.Fatalf("Sniff(%q) = %q, not a known format", data, got)
		}
		if got2 := Sniff(bytes.Clone(data)); got2 != got {
			t.Fatalf("Sniff(%q) not deterministic: %q then %q", data, got, got2)
		}
		if Describe(data) == "" {
			t.Fatalf("Describe(%q) is empty", data)
		}
		// A PDF header in front settles it, whatever follows.
		if p := Sniff(append([]byte("%PDF-1.4\n"), data...)); p != FormatPDF {
			t.Fatalf("Sniff(%%PDF-1.4 + %q) = %q, want pdf", data, p)
		}
	})
}

func BenchmarkSniff(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	bin := make([]byte, 1<<20)
	for i := range bin {
		bin[i] = byte(r.UintN(256))
	}
	inputs := []struct {
		name string
		data []byte
	}{
		{"pdf", append([]byte("%PDF-1.7\n"), bin...)},
		{"html", []byte("<!DOCTYPE html>" + strings.Repeat("<p>para</p>\n", 50000))},
		{"text", []byte(strings.Repeat("All work and no play. ", 50000))},
		{"binary", bin},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				Sniff(in.data)
			}
		})
	}
}
