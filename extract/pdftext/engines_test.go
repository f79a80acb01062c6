package pdftext

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// etWords cuts a page's glyphs into words the way a reader would see them: at spaces, at a gap
// wider than a fifth of the font size, at a jump back or a change of line. Both engines go through
// the same cut, so the comparison measures the engines and not the layout code.
func etWords(p RawPage) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if w := norm.NFKC.String(cur.String()); w != "" {
			words = append(words, w)
		}
		cur.Reset()
	}
	var prev *Glyph
	for i := range p.Glyphs {
		g := &p.Glyphs[i]
		if strings.TrimSpace(g.Text) == "" {
			flush()
			prev = nil
			continue
		}
		if prev != nil {
			h := max(prev.Size, g.Size, 1)
			gap := g.X0 - prev.X1
			sameLine := math.Abs((g.Y0+g.Y1)/2-(prev.Y0+prev.Y1)/2) < 0.5*h
			if !sameLine || gap > 0.2*h || gap < -0.5*h {
				flush()
			}
		}
		cur.WriteString(g.Text)
		prev = g
	}
	flush()
	return words
}

// etDiff compares two bags of words: how many they share and what each has alone.
func etDiff(a, b []string) (common int, onlyA, onlyB []string) {
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			common++
		} else {
			onlyB = append(onlyB, w)
		}
	}
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			onlyA = append(onlyA, w)
		}
	}
	return common, onlyA, onlyB
}

func etHead(ws []string, n int) string {
	if len(ws) > n {
		return fmt.Sprintf("%q …(+%d)", ws[:n], len(ws)-n)
	}
	return fmt.Sprintf("%q", ws)
}

// etProducer reads the Info /Producer, to know which sample came from LibreOffice.
func etProducer(data []byte) string {
	defer func() { recover() }()
	r, err := pdf.NewReader(strings.NewReader(string(data)), int64(len(data)))
	if err != nil {
		return ""
	}
	return r.Trailer().Key("Info").Key("Producer").Text()
}

// TestEnginesAgree reads the sample PDFs with both engines and reports, per page, the words only
// one of them finds. Agreement is shared words over the larger word count.
func TestEnginesAgree(t *testing.T) {
	files := gtGlob(t, "corpus", "*.pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pdfium, err := NewPdfiumEngine(ctx, PdfiumOptions{Workers: 1})
	if err != nil {
		t.Fatalf("NewPdfiumEngine() error = %v", err)
	}
	defer pdfium.Close()
	goEng := NewGoEngine()
	for _, file := range files {
		name := filepath.Base(file)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := pdfium.Read(ctx, data, "")
		if err != nil {
			t.Errorf("pdfium Read(%s) error = %v", name, err)
			continue
		}
		got, err := goEng.Read(ctx, data, "")
		if err != nil {
			t.Errorf("go Read(%s) error = %v", name, err)
			continue
		}
		if len(got.Pages) != len(ref.Pages) {
			t.Errorf("go Read(%s) gave %d pages, pdfium %d", name, len(got.Pages), len(ref.Pages))
		}
		if got.Title != ref.Title {
			t.Errorf("go Read(%s) title = %q, pdfium %q", name, got.Title, ref.Title)
		}
		var common, total int
		var offsets []string
		for i := range min(len(got.Pages), len(ref.Pages)) {
			gp, rp := got.Pages[i], ref.Pages[i]
			if gp.Err != nil || rp.Err != nil {
				t.Errorf("Read(%s) page %d errors: go %v, pdfium %v", name, i+1, gp.Err, rp.Err)
				continue
			}
			if math.Abs(gp.Width-rp.Width) > 1 || math.Abs(gp.Height-rp.Height) > 1 {
				t.Errorf("go Read(%s) page %d size %.1fx%.1f, pdfium %.1fx%.1f", name, i+1, gp.Width, gp.Height, rp.Width, rp.Height)
			}
			if dx, dy, n := etOffsets(rp, gp); n > 0 {
				// Same glyph sequence: the boxes must sit in the same places, which checks the
				// flip to a top-left origin, the crop box and the widths.
				if dx > 1 || dy > 2 {
					t.Errorf("go Read(%s) page %d: median glyph offset from pdfium %.2f pt across, %.2f pt down over %d glyphs", name, i+1, dx, dy, n)
				}
				offsets = append(offsets, fmt.Sprintf("p%d %.2f/%.2f", i+1, dx, dy))
			}
			rw, gw := etWords(rp), etWords(gp)
			c, onlyRef, onlyGo := etDiff(rw, gw)
			common += c
			total += max(len(rw), len(gw))
			if len(onlyRef)+len(onlyGo) > 0 {
				t.Logf("%s p%d: %d/%d words shared; only pdfium %s; only go %s", name, i+1, c, max(len(rw), len(gw)), etHead(onlyRef, 6), etHead(onlyGo, 6))
			}
		}
		agree := float64(common) / float64(max(total, 1))
		producer := etProducer(data)
		t.Logf("%s (%s): %d of %d words shared, agreement %.1f%%; median glyph offsets across/down: %s", name, producer, common, total, 100*agree, strings.Join(offsets, ", "))
		// LibreOffice writes simple TrueType subsets with ToUnicode maps: the two engines must
		// read the same words. Other producers only need to be close.
		want := 0.80
		if strings.Contains(producer, "LibreOffice") {
			want = 0.95
		}
		if agree < want {
			t.Errorf("go Read(%s) agrees with pdfium on %.1f%% of words, want at least %.0f%%", name, 100*agree, 100*want)
		}
	}
}

// etOffsets returns the median distance between the left edges and between the vertical centres
// of corresponding glyphs, when both pages have the same sequence of visible glyphs (n is then
// their number, else 0).
func etOffsets(ref, got RawPage) (dx, dy float64, n int) {
	visible := func(p RawPage) []Glyph {
		var out []Glyph
		for _, g := range p.Glyphs {
			if strings.TrimSpace(g.Text) != "" {
				out = append(out, g)
			}
		}
		return out
	}
	a, b := visible(ref), visible(got)
	if len(a) != len(b) || len(a) == 0 {
		return 0, 0, 0
	}
	xs := make([]float64, len(a))
	ys := make([]float64, len(a))
	for i := range a {
		if a[i].Text != b[i].Text {
			return 0, 0, 0
		}
		xs[i] = math.Abs(a[i].X0 - b[i].X0)
		ys[i] = math.Abs((a[i].Y0+a[i].Y1)/2 - (b[i].Y0+b[i].Y1)/2)
	}
	sort.Float64s(xs)
	sort.Float64s(ys)
	return xs[len(xs)/2], ys[len(ys)/2], len(a)
}

// etOutcome summarizes a read for the robust table.
func etOutcome(doc RawDocument, err error) string {
	if err != nil {
		kind := "other"
		for _, k := range workerKinds {
			if errors.Is(err, k.err) {
				kind = k.name
				break
			}
		}
		return "error " + kind
	}
	glyphs, failed := 0, 0
	for _, p := range doc.Pages {
		glyphs += len(p.Glyphs)
		if p.Err != nil {
			failed++
		}
	}
	return fmt.Sprintf("%d pages, %d glyphs, %d page errors", len(doc.Pages), glyphs, failed)
}

// TestGoEngineRobust reads the broken and unusual PDFs with the pure-Go engine, in process under
// a deadline and through the worker: each must give glyphs or an error, never a panic or a hang,
// and both ways must give the same outcome.
func TestGoEngineRobust(t *testing.T) {
	files := gtGlob(t, "robust", "*.pdf")
	// The deadlines are backstops against a hang, long enough for a much slower machine: a file
	// near a short deadline could end one way in process and the other through the worker.
	worker := NewWorkerEngine(wtCommand("go"), WorkerLimits{Timeout: 10 * time.Minute, MemoryBytes: 512 << 20})
	var table []string
	for _, file := range files {
		name := filepath.Base(file)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		type result struct {
			doc RawDocument
			err error
		}
		done := make(chan result, 1)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		go func() {
			doc, err := NewGoEngine().Read(ctx, data, "")
			done <- result{doc, err}
		}()
		var in result
		select {
		case in = <-done:
		case <-time.After(11 * time.Minute):
			t.Errorf("go Read(%s) in process did not return a minute after its deadline", name)
			cancel()
			continue
		}
		cancel()
		wdoc, werr := worker.Read(context.Background(), data, "")
		outIn, outW := etOutcome(in.doc, in.err), etOutcome(wdoc, werr)
		if outIn != outW {
			t.Errorf("go Read(%s) in process = %s, through the worker = %s (%v)", name, outIn, outW, werr)
		}
		if in.err == nil {
			if len(in.doc.Pages) == 0 {
				t.Errorf("go Read(%s) gave neither pages nor an error", name)
			}
			for _, p := range in.doc.Pages {
				if p.Err != nil && len(p.Glyphs) > 0 {
					t.Errorf("go Read(%s) page %d has an error and %d glyphs", name, p.Number, len(p.Glyphs))
				}
			}
		} else if !gtKnownError(in.err) {
			t.Errorf("go Read(%s) error = %v, which wraps no sentinel", name, in.err)
		}
		detail := ""
		if in.err != nil {
			detail = ": " + in.err.Error()
		} else {
			for _, p := range in.doc.Pages {
				if p.Err != nil {
					detail = ": " + p.Err.Error()
					break
				}
			}
		}
		table = append(table, fmt.Sprintf("%-44s %s%s", name, outIn, detail))
	}
	sort.Strings(table)
	t.Logf("robust outcomes:\n%s", strings.Join(table, "\n"))
}
