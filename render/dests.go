package render

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// dest is a named destination: an item id and where its full entry starts.
type dest struct {
	name string
	page int     // 1-based
	top  float64 // millimetres from the top of the page
}

var (
	errPDFShape   = errors.New("unexpected PDF structure")
	trailerRootRe = regexp.MustCompile(`/Root (\d+) 0 R`)
	trailerInfoRe = regexp.MustCompile(`/Info (\d+) 0 R`)
	trailerSizeRe = regexp.MustCompile(`/Size (\d+)`)
	startxrefRe   = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	kidsRe        = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
)

// addNamedDests appends an incremental update to a PDF written by fpdf that gives every item id
// a named destination (/Dests in the catalog's name dictionary), so that "report.pdf#GB.340/
// INS/6#action_item-7" style links and other documents can point at an item. fpdf v0.12 has no
// API for named destinations; an incremental update leaves every byte fpdf wrote as it was and
// adds a new catalog, the name tree and a cross-reference section that points back to fpdf's.
// It returns the update alone, to be written after pdf (nil when there are no dests), so that
// the report is not copied whole to append it.
func addNamedDests(pdf []byte, dests []dest, pageHmm float64) ([]byte, error) {
	if len(dests) == 0 {
		return nil, nil
	}
	tail := pdf[max(0, bytes.LastIndex(pdf, []byte("trailer"))):]
	root, info, size, prev := submatchInt(trailerRootRe, tail), submatchInt(trailerInfoRe, tail), submatchInt(trailerSizeRe, tail), submatchInt(startxrefRe, tail)
	if root <= 0 || size <= 0 || prev <= 0 {
		return nil, fmt.Errorf("named destinations: %w: no trailer", errPDFShape)
	}
	catalog, ok := objectBody(pdf, root)
	if !ok {
		return nil, fmt.Errorf("named destinations: %w: no catalog object %d", errPDFShape, root)
	}
	pagesRef := regexp.MustCompile(`/Pages (\d+) 0 R`).FindSubmatch(catalog)
	if pagesRef == nil {
		return nil, fmt.Errorf("named destinations: %w: catalog without /Pages", errPDFShape)
	}
	n, _ := strconv.Atoi(string(pagesRef[1]))
	pagesObj, ok := objectBody(pdf, n)
	if !ok {
		return nil, fmt.Errorf("named destinations: %w: no page tree", errPDFShape)
	}
	km := kidsRe.FindSubmatch(pagesObj)
	if km == nil {
		return nil, fmt.Errorf("named destinations: %w: page tree without /Kids", errPDFShape)
	}
	var pages []string
	f := strings.Fields(string(km[1]))
	for i := 0; i+2 < len(f); i += 3 {
		pages = append(pages, f[i]+" 0 R")
	}

	// A name tree's keys are sorted byte-wise; the first entry of a duplicate id wins.
	ds := slices.Clone(dests)
	slices.SortStableFunc(ds, func(a, b dest) int { return strings.Compare(a.name, b.name) })
	ds = slices.CompactFunc(ds, func(a, b dest) bool { return a.name == b.name })

	const ptPerMM = 72 / 25.4
	var out bytes.Buffer
	if pdf[len(pdf)-1] != '\n' {
		out.WriteByte('\n')
	}
	// at is the offset in the whole file of what is written next.
	at := func() int { return len(pdf) + out.Len() }
	namesObj, catObj := size, size+1
	offNames := at()
	fmt.Fprintf(&out, "%d 0 obj\n<< /Names [", namesObj)
	for _, d := range ds {
		if d.page < 1 || d.page > len(pages) {
			continue
		}
		fmt.Fprintf(&out, "\n%s [%s /XYZ 0 %.2f null]", pdfString(d.name), pages[d.page-1], (pageHmm-d.top)*ptPerMM)
	}
	out.WriteString("\n] >>\nendobj\n")
	offCat := at()
	cat := string(bytes.TrimSpace(catalog))
	if strings.Contains(cat, "/Names <<") {
		cat = strings.Replace(cat, "/Names <<", fmt.Sprintf("/Names <<\n/Dests %d 0 R", namesObj), 1)
	} else {
		cat = strings.TrimSuffix(cat, ">>") + fmt.Sprintf("/Names << /Dests %d 0 R >>\n>>", namesObj)
	}
	fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", catObj, cat)
	offXref := at()
	fmt.Fprintf(&out, "xref\n%d 2\n%010d 00000 n \n%010d 00000 n \n", namesObj, offNames, offCat)
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n", catObj+1, catObj)
	if info > 0 {
		fmt.Fprintf(&out, "/Info %d 0 R\n", info)
	}
	fmt.Fprintf(&out, "/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n", prev, offXref)
	return out.Bytes(), nil
}

// objectBody returns the text between "N 0 obj" and "endobj" of an uncompressed object.
func objectBody(pdf []byte, n int) ([]byte, bool) {
	head := []byte(fmt.Sprintf("\n%d 0 obj", n))
	i := bytes.Index(pdf, head)
	if i < 0 {
		return nil, false
	}
	rest := pdf[i+len(head):]
	j := bytes.Index(rest, []byte("endobj"))
	if j < 0 {
		return nil, false
	}
	return rest[:j], true
}

func submatchInt(re *regexp.Regexp, b []byte) int {
	m := re.FindSubmatch(b)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return 0
	}
	return n
}

// pdfString writes s as a PDF literal string, escaping what the syntax needs.
func pdfString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '(', ')':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}
