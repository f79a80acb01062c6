package golden

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gbtrack/corpus"
	"gbtrack/extract/htmltext"
	"gbtrack/extract/pdftext"
	"gbtrack/extract/textlayer"
	"gbtrack/internal/sharedtest"
	"gbtrack/pipeline"
	"gbtrack/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// asOf is fixed so that the report's overdue figures, and so its bytes, never depend on the day
// the tests run.
var asOf = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// samples returns the sample documents, relative to the repository root, and changes the working
// directory to the root so that sources are recorded as "samples/NAME".
func samples(t *testing.T) []string {
	t.Helper()
	t.Chdir("..")
	return documentsIn(t, "samples")
}

// documentsIn lists the PDF and HTML documents in dir; an empty fixture set fails the test, so
// that a moved folder cannot turn a golden test into one that checks nothing.
func documentsIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"*.pdf", "*.html"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Fatalf("no documents under %s: the test would check nothing", dir)
	}
	return out
}

// check compares got with the golden file at path (relative to golden/testdata), or rewrites it
// under -update.
func check(t *testing.T, path string, got []byte) {
	t.Helper()
	full := filepath.Join("golden", "testdata", path)
	if *update {
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(full)
	if err != nil {
		t.Fatalf("%v (run `go test ./golden/ -update` to create it)", err)
	}
	if !bytes.Equal(got, want) {
		if utf8Text(want) {
			t.Errorf("%s differs from the golden file (-want +got):\n%s", full, cmp.Diff(string(want), string(got)))
		} else {
			t.Errorf("%s differs from the golden file: %d bytes, want %d", full, len(got), len(want))
		}
	}
}

func utf8Text(b []byte) bool { return !bytes.ContainsRune(b, 0) && !bytes.HasPrefix(b, []byte("%PDF")) }

// TestTextLayer compares the text layer of every sample document with its golden dump.
func TestTextLayer(t *testing.T) {
	docs := samples(t)
	ctx := context.Background()
	eng, err := pdftext.NewPdfiumEngine(ctx, pdftext.PdfiumOptions{Workers: 1, CacheDir: pipeline.EngineCacheDir()})
	if err != nil {
		t.Fatal(err)
	}
	r, err := pdftext.NewReader(ctx, pdftext.Options{Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, path := range docs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc := readDocument(t, r, path)
			var b bytes.Buffer
			if err := textlayer.Dump(&b, doc); err != nil {
				t.Fatal(err)
			}
			check(t, filepath.Join("text", filepath.Base(path)+".txt"), b.Bytes())
		})
	}
}

// runSamples runs the main job on the sample corpus into a temporary folder.
func runSamples(t *testing.T, docs []string) string {
	t.Helper()
	// The report links a local source relative to the output folder. An output folder at a fixed
	// place beside the samples (.scratch in the repository, which git ignores; samples chdirs to
	// the repository's root) keeps those links, and so the golden report, the same wherever the
	// repository is checked out: a temporary folder would share /tmp with a checkout under /tmp.
	if err := os.MkdirAll(".scratch", 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := os.MkdirTemp(".scratch", "golden-run-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	_, err = pipeline.Run(context.Background(), docs, pipeline.Options{
		Out: out, Jobs: 2, AsOf: asOf, NoCache: true, Version: "golden", DocTimeout: 5 * time.Minute,
		Title: "Governing Body: progress on recommendations, action items and commitments",
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.ValidateRun(out); err != nil {
		t.Errorf("the run's outputs do not match their schema: %v", err)
	}
	return out
}

// TestRun compares a run on the sample corpus with the golden items, documents and report, and
// checks that a second run gives the same bytes.
func TestRun(t *testing.T) {
	docs := samples(t)
	out := runSamples(t, docs)
	read := func(dir, name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// Items and documents per source, so that a reviewer sees which document changed.
	perDoc := map[string]*bytes.Buffer{}
	for _, name := range []string{"items.jsonl", "documents.jsonl"} {
		for i, line := range bytes.Split(bytes.TrimSpace(read(out, name)), []byte("\n")) {
			var v struct{ Source string }
			if err := json.Unmarshal(line, &v); err != nil {
				t.Fatalf("%s line %d: %v", name, i+1, err)
			}
			key := filepath.Base(v.Source) + "." + strings.TrimSuffix(name, ".jsonl") + ".jsonl"
			if perDoc[key] == nil {
				perDoc[key] = &bytes.Buffer{}
			}
			perDoc[key].Write(line)
			perDoc[key].WriteByte('\n')
		}
	}
	for _, path := range docs {
		for _, kind := range []string{"items", "documents"} {
			key := filepath.Base(path) + "." + kind + ".jsonl"
			got := []byte{}
			if b := perDoc[key]; b != nil {
				got = b.Bytes()
			}
			check(t, filepath.Join("run", key), got)
		}
	}
	check(t, "report/report.json", read(out, "report.json"))
	pdf := read(out, "report.pdf")
	check(t, "report/report.pdf", pdf)
	if txt, ok := pdfText(t, pdf); ok {
		check(t, "report/report.txt", txt)
	}

	again := runSamples(t, docs)
	for _, name := range []string{"items.jsonl", "documents.jsonl", "report.json", "report.pdf"} {
		if !bytes.Equal(read(out, name), read(again, name)) {
			t.Errorf("two runs on the same input wrote different %s", name)
		}
	}
}

// pdfText returns the report's text as gbtrack itself reads it back: blocks, tables and the
// running header and footer, so that a reviewer of a golden diff reads words, not glyphs.
func pdfText(t *testing.T, pdf []byte) ([]byte, bool) {
	t.Helper()
	ctx := context.Background()
	eng, err := pdftext.NewPdfiumEngine(ctx, pdftext.PdfiumOptions{Workers: 1, CacheDir: pipeline.EngineCacheDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	r, err := pdftext.NewReader(ctx, pdftext.Options{Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	doc, err := r.Read(ctx, "report.pdf", pdf, "")
	if err != nil {
		t.Fatalf("reading the report back: %v", err)
	}
	var b bytes.Buffer
	if err := textlayer.Dump(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), true
}

// TestScoreOnSharedCorpus runs the main job on the shared sample corpus and scores it with the
// project's scorer against the expected items: once from the files, once through URLs served
// over http on loopback (the pull cache in between), which must score the same. It needs
// ../shared and python3.
func TestScoreOnSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("scoring the shared corpus is not short")
	}
	score, ok := sharedtest.Find("eval", "score.py")
	if !ok {
		t.Skip("../shared/eval/score.py is absent: nothing to score against")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is absent: cannot run the scorer")
	}
	corpusDir := filepath.Join(filepath.Dir(filepath.Dir(score)), "corpus")
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents in %s: %v", corpusDir, err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(corpusDir)))
	defer srv.Close()
	var urls []string
	for _, f := range files {
		if ext := strings.ToLower(filepath.Ext(f)); ext == ".pdf" || ext == ".html" {
			urls = append(urls, srv.URL+"/"+filepath.Base(f))
		}
	}
	for _, tc := range []struct {
		name string
		srcs []string
	}{
		{"files", []string{corpusDir}},
		{"urls", urls},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			opts := pipeline.Options{
				Out: out, Jobs: 2, AsOf: asOf, NoCache: true, Version: "score", DocTimeout: 5 * time.Minute,
			}
			opts.Fetch.AllowPrivate = true // the server is on loopback
			if _, err := pipeline.Run(context.Background(), tc.srcs, opts); err != nil {
				t.Fatal(err)
			}
			res, err := exec.Command(py, score, filepath.Join(corpusDir, "gold"), out, "--verbose").CombinedOutput()
			if err != nil {
				t.Fatalf("score.py: %v\n%s", err, res)
			}
			t.Logf("score.py:\n%s", res)
			got, err := parseScores(string(res))
			if err != nil {
				t.Fatal(err)
			}
			// The sample corpus is what the rules were shown: anything below a perfect score
			// there is a regression.
			for _, name := range []string{"recommendation", "action_item", "commitment", "items", "fields"} {
				if v, ok := got[name]; !ok || v < 1.0 {
					t.Errorf("sample corpus (%s) %s score %.3f (present %v), want 1.000", tc.name, name, v, ok)
				}
			}
		})
	}
}

// readDocument reads a sample or case document into its text layer, as gbtrack text does.
func readDocument(t *testing.T, r *pdftext.Reader, path string) *textlayer.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var doc *textlayer.Document
	switch corpus.Sniff(data) {
	case "pdf":
		doc, err = r.Read(ctx, path, data, "")
	case "html":
		doc, err = htmltext.Extract(ctx, data, "")
	default:
		t.Fatalf("%s: not a PDF or HTML document", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
