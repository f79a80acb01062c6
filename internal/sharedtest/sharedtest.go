// Package sharedtest finds, for tests, the shared material that lies beside the repository (a
// "shared" folder next to the folder holding go.mod: the sample corpus, its expected items, the
// scorer, the broken PDFs). The product never reads it; tests that need it skip when it is absent.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Find returns the path of shared/parts... beside the repository root found above the working
// folder, and whether it exists. The path is "" when no repository root is found.
func Find(parts ...string) (string, bool) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(append([]string{filepath.Dir(dir), "shared"}, parts...)...)
			_, err := os.Stat(p)
			return p, err == nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", false
		}
		dir = up
	}
}

// Dir returns the path of shared/parts..., or skips the test with a reason when it is absent.
func Dir(t testing.TB, parts ...string) string {
	t.Helper()
	p, ok := Find(parts...)
	if !ok {
		t.Skipf("shared material %s is absent beside the repository", filepath.Join(append([]string{"shared"}, parts...)...))
	}
	return p
}
