package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// outFile is one output of a run.
type outFile struct {
	name string
	data []byte
}

// writeAll stages every file in dir under a temporary name (written and synced), then renames
// them over their final names. A cancelled ctx or a failed write before the renames removes the
// staged files and leaves the previous outputs as they were; once renaming has begun it is
// finished, so a run is never half-published by a late Ctrl-C.
func writeAll(ctx context.Context, dir string, files []outFile) (err error) {
	staged := make([]string, 0, len(files))
	defer func() {
		if err != nil {
			for _, tmp := range staged {
				os.Remove(tmp)
			}
		}
	}()
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		tmp, err := stage(dir, f)
		if err != nil {
			return err
		}
		staged = append(staged, tmp)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, f := range files {
		if err := os.Rename(staged[i], filepath.Join(dir, f.name)); err != nil {
			return fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	staged = nil
	if d, err := os.Open(dir); err == nil {
		d.Sync() // a folder that cannot be synced is not worth failing the run for
		d.Close()
	}
	return nil
}

func stage(dir string, f outFile) (string, error) {
	tf, err := os.CreateTemp(dir, "."+f.name+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", f.name, err)
	}
	tmp := tf.Name()
	_, err = tf.Write(f.data)
	if err == nil {
		err = tf.Chmod(0o644)
	}
	if err == nil {
		err = tf.Sync()
	}
	if cerr := tf.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write %s: %w", f.name, err)
	}
	return tmp, nil
}
