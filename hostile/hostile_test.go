package hostile

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"testing"
)

var (
	xrefRe      = regexp.MustCompile(`\nxref\n0 (\d+)\n`)
	startxrefRe = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`)
)

// xrefProblems lists the cross-reference entries of pdf that do not point at their object.
func xrefProblems(pdf []byte) ([]string, error) {
	m := xrefRe.FindSubmatchIndex(pdf)
	if m == nil {
		return nil, fmt.Errorf("no xref table")
	}
	sx := startxrefRe.FindSubmatch(pdf)
	if sx == nil {
		return nil, fmt.Errorf("no startxref at the end")
	}
	var bad []string
	if off, _ := strconv.Atoi(string(sx[1])); !bytes.HasPrefix(pdf[off:], []byte("xref\n")) {
		bad = append(bad, fmt.Sprintf("startxref %d", off))
	}
	size, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
	table := pdf[m[1]:]
	for n := range size {
		e := table[n*20 : n*20+20]
		if e[17] != 'n' {
			continue
		}
		off, _ := strconv.Atoi(string(e[:10]))
		if !bytes.HasPrefix(pdf[off:], fmt.Appendf(nil, "%d 0 obj\n", n)) {
			bad = append(bad, fmt.Sprintf("object %d at %d", n, off))
		}
	}
	return bad, nil
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	cases, err := Write(dir)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	files := map[string][]byte{}
	names := map[string]bool{}
	for _, c := range cases {
		if names[c.Name] {
			t.Errorf("Write: two cases named %s", c.Name)
		}
		names[c.Name] = true
		if c.Should == "" {
			t.Errorf("Write: case %s does not say what gbtrack should do", c.Name)
		}
		b, err := os.ReadFile(c.File)
		if err != nil {
			t.Fatalf("Write: case %s: %v", c.Name, err)
		}
		files[c.Name] = b
	}
	for _, name := range []string{"self-kids", "nested-arrays", "image-only", "pages-3000", "encrypted-rc4"} {
		bad, err := xrefProblems(files[name])
		if err != nil || len(bad) > 0 {
			t.Errorf("Write: %s: xref %v %v, want every entry at its object", name, err, bad)
		}
	}
	bad, err := xrefProblems(files["broken-xref"])
	if err != nil || len(bad) < 2 {
		t.Errorf("Write: broken-xref: %v, %d wrong entries; want startxref and every object wrong", err, len(bad))
	}
	full := smallTextPDF()
	if tr := files["truncated"]; !bytes.HasPrefix(full, tr) || len(tr) >= len(full) || bytes.Contains(tr, []byte("trailer")) {
		t.Errorf("Write: truncated (%d bytes) is not a strict prefix of the %d-byte document without its trailer", len(tr), len(full))
	}
	for name, want := range map[string]int{"large-50mb": LargeHTMLBytes, "deep-200k": DeepHTMLDepth * len("<div></div>")} {
		if len(files[name]) < want {
			t.Errorf("Write: %s has %d bytes, want at least %d", name, len(files[name]), want)
		}
	}
	if n := bytes.Count(files["pages-3000"], []byte("/Type /Page ")); n != ManyPages {
		t.Errorf("Write: pages-3000 has %d page objects, want %d", n, ManyPages)
	}
	if n := bytes.Count(files["nested-arrays"], []byte("[")); n < NestedArrays {
		t.Errorf("Write: nested-arrays has %d '[', want at least %d", n, NestedArrays)
	}
	if b := files["bad-charset"]; !bytes.Contains(b, []byte("\xff\xfe")) || !bytes.Contains(b, []byte(`charset="utf-8"`)) {
		t.Errorf("Write: bad-charset lacks its 0xFF 0xFE bytes or its utf-8 declaration")
	}
	if b := files["encrypted-rc4"]; bytes.Contains(b, []byte("secret")) || bytes.Contains(b, []byte("Tj")) {
		t.Errorf("Write: encrypted-rc4 shows its text or content operators in clear")
	}

	// The files are the same on every run: nothing depends on time or an unseeded source.
	again, err := Write(t.TempDir())
	if err != nil {
		t.Fatalf("Write again: %v", err)
	}
	for _, c := range again {
		b, err := os.ReadFile(c.File)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, files[c.Name]) {
			t.Errorf("Write: case %s differs between two runs", c.Name)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Write(dir); err != nil {
			b.Fatal(err)
		}
	}
}
