package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"gbtrack/internal/sharedtest"
)

// tree creates files (content = name) under a temporary folder.
func tree(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func refs(srcs []Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.Ref)
	}
	return out
}

func TestExpandFolder(t *testing.T) {
	dir := tree(t,
		"b.pdf", "a.HTML", "sub/c.htm", "sub/deeper/d.Pdf", "a0.pdf",
		".hidden/x.pdf", "sub/.y.pdf", "notes.txt", "x.docx", "pdf", "gold/g.json")
	got, err := Expand(context.Background(), []string{dir}, ExpandOptions{})
	if err != nil {
		t.Fatalf("Expand(folder) error: %v", err)
	}
	want := []string{"a.HTML", "a0.pdf", "b.pdf", "sub/c.htm", "sub/deeper/d.Pdf"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if diff := cmp.Diff(want, refs(got)); diff != "" {
		t.Errorf("Expand(folder) (-want +got):\n%s", diff)
	}
	for _, s := range got {
		if s.Kind != KindFile {
			t.Errorf("Expand(folder) kind of %s = %q, want file", s.Ref, s.Kind)
		}
	}
}

// A folder named through a symlink is walked, and its paths keep the name
// given; a symlinked file inside counts, a symlinked folder inside does not
// (no loops).
func TestExpandSymlinks(t *testing.T) {
	dir := tree(t, "real/a.pdf", "other/b.pdf")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	os.Symlink(filepath.Join(dir, "other", "b.pdf"), filepath.Join(dir, "real", "c.pdf"))
	os.Symlink(dir, filepath.Join(dir, "real", "loop"))
	got, err := Expand(context.Background(), []string{link}, ExpandOptions{})
	// The link back to the top is not followed, and says so.
	if fails := Failures(err); len(fails) != 1 || FailedSource(fails[0]) != filepath.Join(link, "loop") || !strings.Contains(fails[0].Error(), "symbolic link to a folder") {
		t.Fatalf("Expand(symlinked folder) error = %v, want one for %s", err, filepath.Join(link, "loop"))
	}
	want := []string{filepath.Join(link, "a.pdf"), filepath.Join(link, "c.pdf")}
	if diff := cmp.Diff(want, refs(got)); diff != "" {
		t.Errorf("Expand(symlinked folder) (-want +got):\n%s", diff)
	}
}

func TestExpandEmptyFolder(t *testing.T) {
	dir := tree(t, "readme.txt")
	_, err := Expand(context.Background(), []string{dir}, ExpandOptions{})
	if !errors.Is(err, ErrNoDocuments) {
		t.Errorf("Expand(folder without documents) error = %v, want ErrNoDocuments", err)
	}
}

func TestExpandLocalManifest(t *testing.T) {
	dir := tree(t, "docs/a.pdf", "docs/b.html", "more/c.pdf", "more/d.htm", "lists/inner.list")
	abs := filepath.Join(dir, "docs", "b.html")
	manifest := strings.Join([]string{
		"# the session's papers",
		"../docs/a.pdf",
		"",
		"  ../docs/./a.pdf  ", // duplicate spelled differently
		abs,
		"https://h.example/x.pdf",
		"https://H.EXAMPLE:443/x.pdf#page=2", // the same URL
		"../more",
		"inner.list",
	}, "\n")
	if err := os.WriteFile(filepath.Join(dir, "lists", "inner.list"), []byte("../docs/a.pdf\n../more/c.pdf\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mpath := filepath.Join(dir, "lists", "papers.manifest")
	if err := os.WriteFile(mpath, []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Expand(context.Background(), []string{mpath, filepath.Join(dir, "docs", "a.pdf")}, ExpandOptions{})
	if err != nil {
		t.Fatalf("Expand(manifest) error: %v", err)
	}
	want := []Source{
		{filepath.Join(dir, "docs", "a.pdf"), KindFile, true},
		{abs, KindFile, true},
		{"https://h.example/x.pdf", KindURL, true},
		{filepath.Join(dir, "more", "c.pdf"), KindFile, false}, // found by a walk, not listed
		{filepath.Join(dir, "more", "d.htm"), KindFile, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Expand(manifest) (-want +got):\n%s", diff)
	}
}

func TestExpandManifestCycle(t *testing.T) {
	dir := tree(t, "a.pdf")
	os.WriteFile(filepath.Join(dir, "one.txt"), []byte("a.pdf\ntwo.txt\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "two.txt"), []byte("one.txt\n"), 0o644)
	got, err := Expand(context.Background(), []string{filepath.Join(dir, "one.txt")}, ExpandOptions{})
	if err == nil || !strings.Contains(err.Error(), "lists itself") {
		t.Errorf("Expand(manifest cycle) error = %v, want a cycle error", err)
	}
	if diff := cmp.Diff([]string{filepath.Join(dir, "a.pdf")}, refs(got)); diff != "" {
		t.Errorf("Expand(manifest cycle) sources (-want +got):\n%s", diff)
	}
}

func TestExpandLimits(t *testing.T) {
	dir := tree(t, "a.pdf", "b.pdf", "c.pdf")
	for i := range 5 {
		next := fmt.Sprintf("m%d.txt\n", i+1)
		if i == 4 {
			next = "a.pdf\n"
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("m%d.txt", i)), []byte(next), 0o644)
	}
	_, err := Expand(context.Background(), []string{filepath.Join(dir, "m0.txt")}, ExpandOptions{MaxDepth: 3})
	if err == nil || !strings.Contains(err.Error(), "nested more than 3 deep") {
		t.Errorf("Expand(5 nested manifests, MaxDepth 3) error = %v, want a depth error", err)
	}
	got, err := Expand(context.Background(), []string{dir}, ExpandOptions{MaxSources: 2})
	if err == nil || len(got) != 2 {
		t.Errorf("Expand(3 files, MaxSources 2) = %d sources, %v; want 2 and an error", len(got), err)
	}
}

func TestExpandForceManifest(t *testing.T) {
	dir := tree(t, "a.pdf")
	list := filepath.Join(dir, "sources")
	os.WriteFile(list, []byte("a.pdf\n"), 0o644)
	got, err := Expand(context.Background(), []string{list}, ExpandOptions{ForceManifest: true})
	if err != nil || len(got) != 1 || got[0].Ref != filepath.Join(dir, "a.pdf") {
		t.Errorf("Expand(--manifest sources) = %v, %v; want a.pdf", got, err)
	}
}

func TestExpandRefusesSchemes(t *testing.T) {
	dir := tree(t, "a.pdf")
	ok := filepath.Join(dir, "a.pdf")
	for _, arg := range []string{"ftp://h.example/x.pdf", "javascript:alert(1)", "data:text/html,<p>x", "file:///etc/passwd", "FILE:///etc/passwd"} {
		got, err := Expand(context.Background(), []string{arg, ok}, ExpandOptions{})
		if !errors.Is(err, ErrScheme) {
			t.Errorf("Expand(%q) error = %v, want ErrScheme", arg, err)
		}
		if len(got) != 1 || got[0].Ref != ok {
			t.Errorf("Expand(%q, a.pdf) = %v, want a.pdf kept", arg, got)
		}
	}
	if _, err := Expand(context.Background(), []string{filepath.Join(dir, "missing.pdf")}, ExpandOptions{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Expand(missing file) error = %v, want not exist", err)
	}
}

func TestExpandWebManifest(t *testing.T) {
	var base string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good.txt":
			fmt.Fprintf(w, "# remote\n%s/a.pdf\n%s/nested.list\n", base, base)
		case "/nested.list":
			fmt.Fprintf(w, "%s/b.html\n%s/a.pdf\n", base, base)
		case "/local.txt":
			fmt.Fprintf(w, "%s/a.pdf\n/etc/passwd\n../secret.pdf\n", base)
		case "/scheme.txt":
			io.WriteString(w, "file:///etc/passwd\n")
		case "/page.txt":
			io.WriteString(w, "<html><body>Sign in</body></html>")
		default:
			http.NotFound(w, r)
		}
	})
	base = srv.URL
	f := NewFetcher(testOptions(&fakeClock{}))
	tests := []struct {
		name      string
		path      string
		want      []string
		fails     bool
		wantErr   error    // errors.Is target, when there is one
		wantLines []string // "line N" that the error must name
	}{
		{"urls and nested", "/good.txt", []string{base + "/a.pdf", base + "/b.html"}, false, nil, nil},
		{"local path refused", "/local.txt", []string{base + "/a.pdf"}, true, ErrRemoteLocal, []string{"line 2", "line 3"}},
		{"file scheme refused", "/scheme.txt", nil, true, ErrScheme, []string{"line 1"}},
		{"html instead of list", "/page.txt", nil, true, ErrUnknownFormat, nil},
		{"missing", "/gone.txt", nil, true, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(context.Background(), []string{base + tt.path}, ExpandOptions{Fetcher: f})
			if diff := cmp.Diff(tt.want, refs(got)); diff != "" {
				t.Errorf("Expand(%s) (-want +got):\n%s", tt.path, diff)
			}
			if (err != nil) != tt.fails {
				t.Fatalf("Expand(%s) error = %v, want error %v", tt.path, err, tt.fails)
			}
			if err == nil {
				return
			}
			t.Logf("Expand(%s) error: %v", tt.path, err)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Expand(%s) error = %v, want %v", tt.path, err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), base+tt.path) {
				t.Errorf("Expand(%s) error = %q does not name the manifest", tt.path, err)
			}
			for _, l := range tt.wantLines {
				if !strings.Contains(err.Error(), l) {
					t.Errorf("Expand(%s) error = %q does not name %s", tt.path, err, l)
				}
			}
		})
	}
}

// The shared sample corpus expands to its documents only, and each fetches
// as the format its name promises.
func TestExpandSharedCorpus(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus")
	got, err := Expand(context.Background(), []string{dir}, ExpandOptions{})
	if err != nil {
		t.Fatalf("Expand(%s) error: %v", dir, err)
	}
	if len(got) == 0 {
		t.Fatalf("Expand(%s) found nothing", dir)
	}
	f := NewFetcher(FetchOptions{})
	for _, s := range got {
		if strings.Contains(s.Ref, string(filepath.Separator)+"gold"+string(filepath.Separator)) {
			t.Errorf("Expand(%s) listed gold file %s", dir, s.Ref)
		}
		d, err := f.Fetch(context.Background(), s)
		if err != nil {
			t.Errorf("Fetch(%s) error: %v", s.Ref, err)
			continue
		}
		if want := strings.TrimPrefix(strings.ToLower(filepath.Ext(s.Ref)), "."); want != d.Format && !(want == "htm" && d.Format == FormatHTML) {
			t.Errorf("Fetch(%s) format = %q, want %q", s.Ref, d.Format, want)
		}
	}
}

// Every broken sample either sniffs as a PDF or fails with an error naming
// the file; none panics.
func TestFetchRobustSamples(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "robust")
	got, err := Expand(context.Background(), []string{dir}, ExpandOptions{})
	if err != nil {
		t.Fatalf("Expand(%s) error: %v", dir, err)
	}
	f := NewFetcher(FetchOptions{})
	for _, s := range got {
		d, err := f.Fetch(context.Background(), s)
		switch {
		case err != nil && !strings.Contains(err.Error(), s.Ref):
			t.Errorf("Fetch(%s) error %q does not name the file", s.Ref, err)
		case err == nil && d.Format != FormatPDF:
			t.Errorf("Fetch(%s) format = %q, want pdf", s.Ref, d.Format)
		}
	}
}

// sharedDir finds the shared material beside the repository root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	return sharedtest.Dir(t)
}

// Every entry of a folder that looks like a document but is not read gets its own error, named
// by its path: a FIFO, a dangling link, a link to a folder.
func TestExpandFolderAccountsForSkipped(t *testing.T) {
	dir := tree(t, "a.pdf", "notes.txt", "sub/b.html")
	fifo := filepath.Join(dir, "pipe.pdf")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	dangling := filepath.Join(dir, "gone.pdf")
	if err := os.Symlink(filepath.Join(dir, "nowhere.pdf"), dangling); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "gone-notes")) // not a document: ignored
	folderLink := filepath.Join(dir, "more")
	os.Symlink(filepath.Join(dir, "sub"), folderLink)
	got, err := Expand(context.Background(), []string{dir}, ExpandOptions{})
	if diff := cmp.Diff([]string{filepath.Join(dir, "a.pdf"), filepath.Join(dir, "sub", "b.html")}, refs(got)); diff != "" {
		t.Errorf("Expand(folder) (-want +got):\n%s", diff)
	}
	want := map[string]string{
		dangling:   "dangling symbolic link",
		folderLink: "symbolic link to a folder",
		fifo:       "not a regular file (named pipe)",
	}
	fails := Failures(err)
	if len(fails) != len(want) {
		t.Fatalf("Expand(folder) gave %d failures, want %d: %v", len(fails), len(want), err)
	}
	for _, f := range fails {
		src := FailedSource(f)
		if w, ok := want[src]; !ok || !strings.Contains(f.Error(), w) {
			t.Errorf("Expand(folder) failure %q for %s, want one saying %q", f, src, w)
		}
	}
}

// A manifest with many missing files gives one error each, whatever their number.
func TestExpandManifestOneErrorPerMissingFile(t *testing.T) {
	for _, n := range []int{2, 1000} {
		dir := tree(t, "ok.pdf")
		var b strings.Builder
		b.WriteString("ok.pdf\n")
		for i := range n {
			fmt.Fprintf(&b, "missing-%d.pdf\nftp://h.example/%d.pdf\n", i, i)
		}
		m := filepath.Join(dir, "list.txt")
		if err := os.WriteFile(m, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Expand(context.Background(), []string{m}, ExpandOptions{})
		if len(got) != 1 {
			t.Errorf("Expand(manifest, %d missing) = %d sources, want 1", n, len(got))
		}
		fails := Failures(err)
		if len(fails) != 2*n {
			t.Fatalf("Expand(manifest, %d missing and %d refused) gave %d failures, want %d", n, n, len(fails), 2*n)
		}
		seen := map[string]bool{}
		for _, f := range fails {
			src := FailedSource(f)
			if src == "" || seen[src] {
				t.Fatalf("failure %q: source %q empty or repeated", f, src)
			}
			seen[src] = true
		}
	}
}

// The output folder's own entries are never read back as inputs, whether the output folder is
// inside the input folder or is the input folder itself; an explicit path into it fails.
func TestExpandSkipsOutputFolder(t *testing.T) {
	owned := func(name string) bool { return name == "report.pdf" || name == "runs" || name == ".cache" }
	dir := tree(t, "a.pdf", "out/report.pdf", "out/runs/1/report.pdf", "out/mine.pdf", "report.pdf")
	out := filepath.Join(dir, "out")
	tests := []struct {
		name string
		args []string
		out  string
		want []string
		fail []string
	}{
		{"out inside input", []string{dir}, out, []string{filepath.Join(dir, "a.pdf"), filepath.Join(out, "mine.pdf"), filepath.Join(dir, "report.pdf")}, nil},
		{"out spelled otherwise", []string{dir}, filepath.Join(dir, ".", "out") + "/", []string{filepath.Join(dir, "a.pdf"), filepath.Join(out, "mine.pdf"), filepath.Join(dir, "report.pdf")}, nil},
		{"out is input", []string{out}, out, []string{filepath.Join(out, "mine.pdf")}, nil},
		{"explicit path into out", []string{filepath.Join(out, "runs", "1", "report.pdf")}, out, nil, []string{filepath.Join(out, "runs", "1", "report.pdf")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Expand(context.Background(), tt.args, ExpandOptions{OutDir: tt.out, Owned: owned})
			if diff := cmp.Diff(tt.want, refs(got)); diff != "" {
				t.Errorf("Expand(%s) (-want +got):\n%s", tt.name, diff)
			}
			var fails []string
			for _, f := range Failures(err) {
				if !errors.Is(f, ErrInOutput) {
					t.Errorf("Expand(%s) failure %v, want ErrInOutput", tt.name, f)
				}
				fails = append(fails, FailedSource(f))
			}
			if diff := cmp.Diff(tt.fail, fails); diff != "" {
				t.Errorf("Expand(%s) failures (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"HTTP://WWW.ILO.org:80/gb#top", "http://www.ilo.org/gb"},
		{"https://ilo.org:443", "https://ilo.org/"},
		{"https://ilo.org:8443/a?b=1", "https://ilo.org:8443/a?b=1"},
		{"%zz", "%zz"},
	} {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
