package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"
)

// generatorVersion is part of the corpus folder's name: a change to how the corpus is made
// builds a new one instead of reusing an old one.
const generatorVersion = 2

// corpusDoc is one generated document.
type corpusDoc struct {
	name   string // file name inside the corpus folder
	format string // "pdf" or "html"
	pages  int    // PDF pages; 1 for a web page
}

type corpusSet struct {
	dir  string
	docs []corpusDoc
}

func (c corpusSet) pdfs() int {
	n := 0
	for _, d := range c.docs {
		if d.format == "pdf" {
			n++
		}
	}
	return n
}

func (c corpusSet) pdfPages() int {
	n := 0
	for _, d := range c.docs {
		if d.format == "pdf" {
			n += d.pages
		}
	}
	return n
}

func (c corpusSet) pages() int {
	n := 0
	for _, d := range c.docs {
		n += d.pages
	}
	return n
}

// pdfPaths lists the corpus's PDFs, in name order.
func (c corpusSet) pdfPaths() []string {
	var out []string
	for _, d := range c.docs {
		if d.format == "pdf" {
			out = append(out, filepath.Join(c.dir, d.format, d.name))
		}
	}
	return out
}

// manifestName lists the documents of a finished corpus, one "name format pages" line each; it
// is written last, so a corpus without it is incomplete and made again.
const manifestName = "manifest.tsv"

// rng is a small deterministic generator (SplitMix64): the corpus must not depend on Go's
// math/rand sequence from one release to the next. Seeds 1, 2, 3... give unrelated sequences
// (an LCG's first draws from such seeds made 16 of the first 20 documents web pages).
type rng uint64

func (r *rng) next(n int) int {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	z ^= z >> 31
	return int(z % uint64(n))
}

// buildCorpus returns the corpus in dir, making it from the samples when it is not there.
func buildCorpus(ctx context.Context, samples, dir string, size int, log io.Writer) (corpusSet, error) {
	set := corpusSet{dir: dir}
	if docs, err := readManifest(filepath.Join(dir, manifestName)); err == nil && len(docs) == size {
		set.docs = docs
		return set, nil
	}
	if _, err := exec.LookPath("qpdf"); err != nil {
		return set, fmt.Errorf("qpdf is needed to make the corpus: install it (Debian: apt-get install qpdf)")
	}
	pdfs, _ := filepath.Glob(filepath.Join(samples, "*.pdf"))
	htmls, _ := filepath.Glob(filepath.Join(samples, "*.html"))
	if len(pdfs) == 0 || len(htmls) == 0 {
		return set, fmt.Errorf("%s: need sample PDFs and HTML pages", samples)
	}
	slices.Sort(pdfs)
	slices.Sort(htmls)
	if err := os.RemoveAll(dir); err != nil {
		return set, err
	}
	for _, sub := range []string{"pdf", "html"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return set, err
		}
	}
	fmt.Fprintf(log, "gbbench: making a corpus of %d documents in %s (once)\n", size, dir)
	set.docs = make([]corpusDoc, size)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(2)
	for i := range size {
		r := rng(i + 1)
		if r.next(10) < 3 {
			set.docs[i] = corpusDoc{name: fmt.Sprintf("d%05d.html", i), format: "html", pages: 1}
			src := htmls[r.next(len(htmls))]
			g.Go(func() error { return copyHTML(src, filepath.Join(dir, "html", set.docs[i].name), i) })
			continue
		}
		parts := make([]string, 1+r.next(3))
		for k := range parts {
			parts[k] = pdfs[r.next(len(pdfs))]
		}
		name := fmt.Sprintf("d%05d.pdf", i)
		g.Go(func() error {
			pages, err := joinPDFs(gctx, parts, filepath.Join(dir, "pdf", name), i)
			set.docs[i] = corpusDoc{name: name, format: "pdf", pages: pages}
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return set, err
	}
	var m bytes.Buffer
	for _, d := range set.docs {
		fmt.Fprintf(&m, "%s\t%s\t%d\n", d.name, d.format, d.pages)
	}
	return set, os.WriteFile(filepath.Join(dir, manifestName), m.Bytes(), 0o644)
}

// copyHTML writes a sample page with the copy's number in a comment.
func copyHTML(src, dst string, n int) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, append(data, fmt.Sprintf("\n<!-- gbbench copy %d -->\n", n)...), 0o644)
}

// joinPDFs writes the parts as one PDF with the copy's number in a trailing comment and returns
// its page count.
func joinPDFs(ctx context.Context, parts []string, dst string, n int) (int, error) {
	args := append([]string{"--empty", "--deterministic-id", "--pages"}, parts...)
	args = append(args, "--", dst)
	if out, err := exec.CommandContext(ctx, "qpdf", args...).CombinedOutput(); err != nil {
		return 0, fmt.Errorf("qpdf %s: %v: %s", dst, err, out)
	}
	f, err := os.OpenFile(dst, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return 0, err
	}
	if _, err := fmt.Fprintf(f, "%% gbbench copy %d\n", n); err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	out, err := exec.CommandContext(ctx, "qpdf", "--show-npages", dst).Output()
	if err != nil {
		return 0, fmt.Errorf("qpdf --show-npages %s: %w", dst, err)
	}
	return strconv.Atoi(strings.TrimSpace(string(out)))
}

func readManifest(path string) ([]corpusDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []corpusDoc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		pages, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		docs = append(docs, corpusDoc{name: fields[0], format: fields[1], pages: pages})
	}
	return docs, sc.Err()
}
