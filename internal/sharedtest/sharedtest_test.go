package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	pkg := filepath.Join(repo, "a", "b")
	for _, d := range []string{pkg, filepath.Join(root, "shared", "corpus")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(pkg)
	if p, ok := Find("corpus"); !ok || p != filepath.Join(root, "shared", "corpus") {
		t.Errorf(`Find("corpus") = %q, %v; want %q, true`, p, ok, filepath.Join(root, "shared", "corpus"))
	}
	if p, ok := Find("robust"); ok || p != filepath.Join(root, "shared", "robust") {
		t.Errorf(`Find("robust") = %q, %v; want its path, false`, p, ok)
	}
	t.Chdir(root)
	if p, ok := Find("corpus"); ok || p != "" {
		t.Errorf(`Find outside a repository = %q, %v; want "", false`, p, ok)
	}
}
