package htmltext

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// prescanBytes is how far into the page a <meta> charset declaration is looked for. The HTML
// standard says 1024; old pages with long heads put it later, and a wrong guess garbles every
// non-ASCII character, so look further.
const prescanBytes = 4096

// decode returns the page as UTF-8 and the name of the encoding it was read as. A page is never
// refused for its encoding, and never read into mojibake or U+FFFD when its bytes say better
// than its label.
//
// Order, as in browsers: a byte order mark, the HTTP charset, a <meta> declaration, then a
// sniff (valid UTF-8 with high bytes is UTF-8, anything else windows-1252). ISO-8859-1 and
// US-ASCII labels mean windows-1252 (the WHATWG encoding index maps them so).
//
// Unlike browsers, the bytes overrule a label they contradict, since servers and templates
// get labels wrong (a UTF-8 page labelled iso-8859-1, a windows-1252 page labelled utf-8) and
// either mistake garbles every accent, dash and quote:
//   - bytes that are valid UTF-8 and hold a multi-byte sequence are UTF-8 whatever the label:
//     text in a single-byte encoding almost never forms valid UTF-8 sequences (a high byte
//     would have to be followed by the right number of bytes in 0x80–0xBF);
//   - a page labelled or sniffed UTF-8 that is not valid UTF-8 is read sequence by sequence:
//     valid UTF-8 sequences as UTF-8, every other byte as windows-1252, the encoding such
//     stray bytes come from.
func decode(data []byte, contentType string) (string, string) {
	enc, name := detectEncoding(data, contentType)
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) && name == "utf-8":
		return decodeUTF8Lenient(data[3:]), name
	case (bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE})) && strings.HasPrefix(name, "utf-16"):
		data = data[2:]
	case name != "utf-8" && !strings.HasPrefix(name, "utf-16") && hasMultiByteUTF8(data) && utf8.Valid(data):
		return string(data), "utf-8"
	}
	if name == "utf-8" {
		return decodeUTF8Lenient(data), name
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		// The WHATWG decoders replace bad input rather than fail; an error here means an
		// unusual encoding implementation: read it as UTF-8 with windows-1252 strays.
		return decodeUTF8Lenient(data), "utf-8"
	}
	return string(out), name
}

// hasMultiByteUTF8 reports a byte above 0x7F.
func hasMultiByteUTF8(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

// decodeUTF8Lenient reads data as UTF-8, and each byte that starts no valid UTF-8 sequence as
// windows-1252; the five bytes windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D)
// are dropped.
func decodeUTF8Lenient(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			if r := windows1252Rune(data[0]); r != 0 {
				b.WriteRune(r)
			}
			data = data[1:]
			continue
		}
		b.Write(data[:size])
		data = data[size:]
	}
	return b.String()
}

// windows1252Rune decodes one byte of windows-1252, or returns 0 for a byte it leaves
// unassigned.
func windows1252Rune(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError || (r >= 0x80 && r <= 0x9F) {
		return 0
	}
	return r
}

// detectEncoding names the page's encoding; see decode for the order.
func detectEncoding(data []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if enc, name := lookupLabel(params["charset"]); enc != nil {
			return enc, name
		}
	}
	head := data
	if len(head) > prescanBytes {
		head = head[:prescanBytes]
	}
	if label := metaCharset(head); label != "" {
		if enc, name := lookupLabel(label); enc != nil {
			// A page that a <meta> could be read from is ASCII-compatible, so a UTF-16
			// declaration there is a mistake; the standard reads it as UTF-8.
			if strings.HasPrefix(name, "utf-16") {
				return unicode.UTF8, "utf-8"
			}
			return enc, name
		}
	}
	if utf8.Valid(data) {
		return unicode.UTF8, "utf-8"
	}
	return charmap.Windows1252, "windows-1252"
}

// lookupLabel resolves an encoding label with the WHATWG index.
func lookupLabel(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(strings.TrimSpace(label), `"'`))
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	if name == "utf-8" {
		return unicode.UTF8, name
	}
	return enc, name
}

// metaCharset finds <meta charset> or <meta http-equiv="Content-Type" content="...charset=...">
// in the first bytes of a page.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			var equivCT bool
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equivCT = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs != "" {
				return cs
			}
			if equivCT {
				if c := charsetParam(content); c != "" {
					return c
				}
			}
		}
	}
}

// charsetParam extracts the charset from a Content-Type value, tolerating the malformed values
// old pages carry ("text/html; charset=windows-1252;").
func charsetParam(content string) string {
	if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
		return params["charset"]
	}
	lower := strings.ToLower(content)
	i := strings.Index(lower, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimSpace(rest[1:]), `"'`)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
