package htmltext

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"gbtrack/extract/textlayer"
)

// extractString runs Extract on a literal page and fails the test on error.
func extractString(t *testing.T, page, contentType string) *textlayer.Document {
	t.Helper()
	doc, err := Extract(context.Background(), []byte(page), contentType)
	if err != nil {
		t.Fatalf("Extract(%.80q, %q) error: %v", page, contentType, err)
	}
	return doc
}

// paragraphs is the text of the non-table blocks, one a line.
func paragraphs(doc *textlayer.Document) string {
	var out []string
	for _, b := range doc.Blocks {
		if b.Kind != textlayer.Table {
			out = append(out, b.Text)
		}
	}
	return strings.Join(out, "\n")
}

func TestCharset(t *testing.T) {
	const body = "<p>Period 2000\x962001, caf\xe9.</p>"
	cases := []struct {
		name        string
		page        string
		contentType string
		want        string
	}{
		{"header windows-1252", body, "text/html; charset=windows-1252", "Period 2000–2001, café."},
		{"header iso-8859-1 read as windows-1252", body, "text/html; charset=ISO-8859-1", "Period 2000–2001, café."},
		{"header latin1 label", body, "text/html;charset=latin1", "Period 2000–2001, café."},
		{"meta charset", `<meta charset="windows-1252">` + body, "", "Period 2000–2001, café."},
		{"meta http-equiv", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">` + body, "", "Period 2000–2001, café."},
		{"meta http-equiv trailing semicolon", `<meta http-equiv="content-type" content="text/html; charset=iso-8859-1;">` + body, "", "Period 2000–2001, café."},
		{"sniffed windows-1252", body, "", "Period 2000–2001, café."},
		{"sniffed utf-8", "<p>Period 2000–2001, café.</p>", "", "Period 2000–2001, café."},
		{"sniffed utf-8 after the prescan window", "<p>" + strings.Repeat("x ", 3000) + "</p><p>café – ok</p>", "", "café – ok"},
		{"header wins over meta", `<meta charset="utf-8">` + body, "text/html; charset=windows-1252", "Period 2000–2001, café."},
		{"bom wins over header", "\xef\xbb\xbf<p>café</p>", "text/html; charset=windows-1252", "café"},
		{"utf-16le bom", "\xff\xfe<\x00p\x00>\x00c\x00a\x00f\x00\xe9\x00<\x00/\x00p\x00>\x00", "", "café"},
		{"windows-1252 bytes labelled utf-8", "<p>caf\xe9 \x93quoted\x94 2026\x9627</p>", "text/html; charset=utf-8", "café “quoted” 2026–27"},
		{"windows-1252 strays in a utf-8 page", "<p>café \x93quoted\x94 – ok</p>", `text/html; charset="utf-8"`, "café “quoted” – ok"},
		{"unassigned windows-1252 byte dropped", "<p>a\x81b</p>", "text/html; charset=utf-8", "ab"},
		{"utf-8 bytes labelled iso-8859-1", "<p>Côte d’Ivoire – 2026</p>", "text/html; charset=iso-8859-1", "Côte d’Ivoire – 2026"},
		{"utf-8 bytes under meta iso-8859-1", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Côte d’Ivoire</p>`, "", "Côte d’Ivoire"},
		{"utf-8 bytes under meta windows-1252", `<meta charset="windows-1252"><p>“Inspect” 2026–27</p>`, "", "“Inspect” 2026–27"},
		{"unknown charset label falls back to sniffing", "<p>café</p>", "text/html; charset=x-nonsense", "café"},
		{"meta utf-16 in ascii page read as utf-8", `<meta charset="utf-16"><p>café</p>`, "", "café"},
		{"numeric reference in the C1 range", "<p>2000&#150;2001 &#x93;quoted&#148; &#128;5</p>", "", "2000–2001 “quoted” €5"},
		{"named references", "<p>P&amp;B 10&nbsp;000 &eacute;</p>", "", "P&B 10 000 é"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := paragraphs(extractString(t, tc.page, tc.contentType))
			if !strings.Contains(got, tc.want) {
				t.Errorf("Extract(%.60q, %q) text = %q, want it to contain %q", tc.page, tc.contentType, got, tc.want)
			}
		})
	}
}

func TestDetectEncoding(t *testing.T) {
	cases := []struct {
		name, page, contentType, want string
	}{
		{"header", "<p>x</p>", "text/html; charset=utf-8", "utf-8"},
		{"iso-8859-1 is windows-1252", "<p>x</p>", "text/html; charset=iso-8859-1", "windows-1252"},
		{"us-ascii is windows-1252", "<p>x</p>", "text/html; charset=us-ascii", "windows-1252"},
		{"meta", `<meta charset=windows-1252><p>x</p>`, "", "windows-1252"},
		{"plain ascii sniffs as utf-8", "<p>x</p>", "", "utf-8"},
		{"high byte sniffs as windows-1252", "<p>\x96</p>", "", "windows-1252"},
	}
	for _, tc := range cases {
		if _, got := detectEncoding([]byte(tc.page), tc.contentType); got != tc.want {
			t.Errorf("detectEncoding(%q, %q) = %q, want %q", tc.page, tc.contentType, got, tc.want)
		}
	}
}

// FuzzDecode checks that any bytes under any label decode to valid UTF-8, that valid UTF-8
// with high bytes is read as itself whatever the label, and that bytes without a U+FFFD of
// their own never gain one under a utf-8 label.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<p>caf\xe9 \x93q\x94</p>"), "text/html; charset=utf-8")
	f.Add([]byte("<p>Côte d’Ivoire</p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<meta charset="windows-1252"><p>“x”</p>`), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		got, name := decode(data, contentType)
		if !utf8.ValidString(got) {
			t.Fatalf("decode(%q, %q) = %q, not valid UTF-8", data, contentType, got)
		}
		if strings.HasPrefix(name, "utf-16") || bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
			return
		}
		if utf8.Valid(data) && hasMultiByteUTF8(data) && got != string(data) {
			t.Errorf("decode(%q, %q) = %q, want the valid UTF-8 as it is", data, contentType, got)
		}
		if name == "utf-8" && !bytes.ContainsRune(data, utf8.RuneError) && strings.ContainsRune(got, utf8.RuneError) {
			t.Errorf("decode(%q, %q) = %q holds U+FFFD", data, contentType, got)
		}
	})
}
