package rundir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The files of a published run, as promised in docs/output.md.
const (
	ItemsFile     = "items.jsonl"
	DocumentsFile = "documents.jsonl"
	ReportJSON    = "report.json"
	ReportPDF     = "report.pdf"
)

// Names inside DIR that belong to gbtrack.
const (
	CurrentLink = "current"
	RunsDir     = "runs"
	LockFile    = ".lock"
	CacheDir    = ".cache"
	stagingPfx  = ".staging-"
	linkTmpPfx  = ".link.tmp-"
)

// Files lists the files every published run holds, in the order they are written.
var Files = []string{ItemsFile, DocumentsFile, ReportJSON, ReportPDF}

// Owned reports whether name, an entry directly inside an output folder, is gbtrack's: a
// published file or link, the runs, the lock, the cache, or a leftover temporary file. Input
// discovery skips these so that an output folder inside an input folder is never read back.
func Owned(name string) bool {
	switch name {
	case CurrentLink, RunsDir, LockFile, CacheDir:
		return true
	}
	for _, f := range Files {
		if name == f || strings.HasPrefix(name, "."+f+".tmp-") {
			return true
		}
	}
	return strings.HasPrefix(name, linkTmpPfx)
}

// ErrNotRun is returned (wrapped) by Check for a folder that holds no run.
var ErrNotRun = errors.New("not a run folder")

// Resolve returns the folder that holds the files of dir's current run: the target of
// dir/current when dir is an output folder of this layout, else dir itself (a folder written by
// an older gbtrack, or a copy of a run folder).
func Resolve(dir string) (string, error) {
	target, err := os.Readlink(filepath.Join(dir, CurrentLink))
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
		return dir, nil
	}
	if err != nil {
		return "", fmt.Errorf("run folder %s: %w", dir, err)
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(dir, target)
	}
	return target, nil
}

// Check reports whether dir holds a run: a folder whose current set has items.jsonl and
// documents.jsonl. The error wraps ErrNotRun and says what is missing.
func Check(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", dir, ErrNotRun, unwrapPath(err))
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: %w (not a folder)", dir, ErrNotRun)
	}
	res, err := Resolve(dir)
	if err != nil {
		return err
	}
	for _, name := range []string{ItemsFile, DocumentsFile} {
		fi, err := os.Stat(filepath.Join(res, name))
		if err != nil || !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: %w (no %s)", dir, ErrNotRun, name)
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
