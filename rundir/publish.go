package rundir

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// File is one output of a run.
type File struct {
	Name string // one of Files
	Data []byte
}

// Keep is how many run folders besides the current one Clean leaves in place: the run before it
// (readers that resolved it a moment ago still find their files) and the newest unpublished one
// (a run that read nothing leaves its documents.jsonl there).
const Keep = 2

// NewID returns a fresh run id: the UTC time to the nanosecond, so that ids sort by age, and a
// random suffix, so that two processes never pick the same one.
func NewID(now time.Time) string {
	var b [3]byte
	rand.Read(b[:])
	return now.UTC().Format("20060102T150405.000000000Z") + "-" + hex.EncodeToString(b[:])
}

// Write writes files as the run folder DIR/runs/<id>, complete or not at all: the files are
// staged in DIR/runs/.staging-<id>, synced, and the folder renamed. It does not publish the run
// (see Publish). It returns the run folder's path. A cancelled ctx stops it before the rename.
func Write(ctx context.Context, dir, id string, files []File) (string, error) {
	st, err := NewStage(dir, id)
	if err != nil {
		return "", err
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			st.Abort()
			return "", err
		}
		if err := st.WriteFile(f.Name, f.Data); err != nil {
			st.Abort()
			return "", err
		}
	}
	return st.Commit(ctx)
}

// Publish makes run id (written by Write) the current set of dir in one rename of the link
// DIR/current, then makes sure the top-level names of Files are links through it. A folder
// written by an older gbtrack (plain files at the top) is converted on its first publication; a
// kill during that one conversion may leave some old plain files beside the new link until the
// next run.
func Publish(dir, id string) error {
	if err := replaceLink(dir, CurrentLink, filepath.Join(RunsDir, id)); err != nil {
		return fmt.Errorf("publish run: %w", err)
	}
	for _, name := range Files {
		want := filepath.Join(CurrentLink, name)
		if got, err := os.Readlink(filepath.Join(dir, name)); err == nil && got == want {
			continue
		}
		if err := replaceLink(dir, name, want); err != nil {
			return fmt.Errorf("publish run: %w", err)
		}
	}
	syncDir(dir)
	return nil
}

// replaceLink points dir/name at target by creating a link under a temporary name and renaming
// it over name, which the system does in one step.
func replaceLink(dir, name, target string) error {
	var b [6]byte
	rand.Read(b[:])
	tmp := filepath.Join(dir, linkTmpPfx+hex.EncodeToString(b[:]))
	if err := os.Symlink(target, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// Clean removes what interrupted runs left in dir (staging folders, temporary links, the
// temporary files of older gbtrack versions) and every run folder but the current one and the
// Keep newest others, and those that are one of the spare folders (a --previous run the caller is
// about to read). It must be called with the lock held. Errors are joined; a folder that cannot be
// cleaned is no reason to stop a run, so callers may only report them.
func Clean(dir string, spare ...string) error {
	var errs []error
	ents, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, linkTmpPfx) || Owned(n) && strings.Contains(n, ".tmp-") {
			if err := os.Remove(filepath.Join(dir, n)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	cur := ""
	if target, err := os.Readlink(filepath.Join(dir, CurrentLink)); err == nil {
		cur = filepath.Base(target)
	}
	runs := filepath.Join(dir, RunsDir)
	ents, err = os.ReadDir(runs)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	}
	var done []string
	for _, e := range ents {
		n := e.Name()
		switch {
		case strings.HasPrefix(n, stagingPfx):
			errs = append(errs, os.RemoveAll(filepath.Join(runs, n)))
		case n != cur && e.IsDir() && !strings.HasPrefix(n, "."):
			done = append(done, n)
		}
	}
	slices.Sort(done)
	if len(done) > Keep {
		for _, n := range done[:len(done)-Keep] {
			if !spared(filepath.Join(runs, n), spare) {
				errs = append(errs, os.RemoveAll(filepath.Join(runs, n)))
			}
		}
	}
	return errors.Join(errs...)
}

// spared reports whether the folder p is one of spare or holds one of them, compared by file
// identity, whatever the spelling.
func spared(p string, spare []string) bool {
	fi, err := os.Stat(p)
	if err != nil {
		return false
	}
	for _, s := range spare {
		for d := s; ; d = filepath.Dir(d) {
			if si, err := os.Stat(d); err == nil && os.SameFile(fi, si) {
				return true
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return false
}

// syncDir makes renames inside dir durable; a file system that refuses is not worth failing for.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
