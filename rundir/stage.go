package rundir

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Stage is a run folder being written: DIR/runs/.staging-<id>, renamed to DIR/runs/<id> by
// Commit, or removed by Abort (and by the next run's Clean, when the process dies first). Files
// are written into it one at a time, as streams, so that a run's outputs need not be held in
// memory; Temp names a scratch file inside it for the run's own use, which Commit refuses to
// leave behind.
type Stage struct {
	runs, id, dir string
}

// NewStage creates the staging folder of run id in dir (see Write).
func NewStage(dir, id string) (*Stage, error) {
	runs := filepath.Join(dir, RunsDir)
	if err := os.MkdirAll(runs, 0o755); err != nil {
		return nil, fmt.Errorf("write run: %w", err)
	}
	stage := filepath.Join(runs, stagingPfx+id)
	if err := os.Mkdir(stage, 0o755); err != nil {
		return nil, fmt.Errorf("write run: %w", err)
	}
	return &Stage{runs: runs, id: id, dir: stage}, nil
}

// Temp returns the path of a scratch file named name inside the staging folder; the caller
// creates it and should remove it when done. Commit removes what is left of it: a run folder
// holds its outputs only.
func (s *Stage) Temp(name string) string { return filepath.Join(s.dir, tempPfx+name) }

const tempPfx = ".tmp-"

// Path returns the path of the output file name (one of Files) in the staging folder, valid
// until Commit.
func (s *Stage) Path(name string) string { return filepath.Join(s.dir, name) }

// Create opens the output file name (one of Files) for writing; Close on the returned file
// syncs it to disk and reports the first error of its writes, the sync or the close.
func (s *Stage) Create(name string) (*SyncedFile, error) {
	f, err := os.OpenFile(filepath.Join(s.dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", name, unwrapPath(err))
	}
	return &SyncedFile{name: name, f: f}, nil
}

// WriteFile writes the output file name with data, synced.
func (s *Stage) WriteFile(name string, data []byte) error {
	f, err := s.Create(name)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	return errors.Join(werr, f.Close())
}

// Commit syncs the staging folder and renames it to the run folder DIR/runs/<id>, whose path it
// returns. A cancelled ctx stops it before the rename, and the staging folder is removed.
func (s *Stage) Commit(ctx context.Context) (string, error) {
	if tmp, err := filepath.Glob(filepath.Join(s.dir, tempPfx+"*")); err == nil {
		for _, p := range tmp {
			if err := os.Remove(p); err != nil {
				s.Abort()
				return "", fmt.Errorf("write run: %w", err)
			}
		}
	}
	syncDir(s.dir)
	if err := ctx.Err(); err != nil {
		s.Abort()
		return "", err
	}
	final := filepath.Join(s.runs, s.id)
	if err := os.Rename(s.dir, final); err != nil {
		s.Abort()
		return "", fmt.Errorf("write run: %w", err)
	}
	syncDir(s.runs)
	return final, nil
}

// Abort removes the staging folder and what it holds, and DIR/runs when that leaves it empty (a
// sharded run writes no run folder). It is safe after Commit (it does nothing then: the folder
// has another name, inside DIR/runs).
func (s *Stage) Abort() {
	os.RemoveAll(s.dir)
	os.Remove(s.runs) // only when empty
}

// SyncedFile is an output file of a Stage.
type SyncedFile struct {
	name string
	f    *os.File
	err  error // the first write error
}

func (w *SyncedFile) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.f.Write(p)
	if err != nil {
		w.err = fmt.Errorf("write %s: %w", w.name, unwrapPath(err))
	}
	return n, w.err
}

// Close syncs and closes the file; it returns the first error of the writes, the sync or the
// close.
func (w *SyncedFile) Close() error {
	err := w.err
	if err == nil {
		if serr := w.f.Sync(); serr != nil {
			err = fmt.Errorf("write %s: %w", w.name, unwrapPath(serr))
		}
	}
	if cerr := w.f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write %s: %w", w.name, unwrapPath(cerr))
	}
	return err
}
