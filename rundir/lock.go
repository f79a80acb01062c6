package rundir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrLocked is returned (wrapped) by Acquire when another process holds the folder's lock.
var ErrLocked = errors.New("another gbtrack is writing this folder")

// Lock is a held lock on an output folder. The lock is tied to the open file: it dies with the
// process, so a killed run never leaves a folder locked.
type Lock struct {
	f *os.File
}

// Acquire creates dir if needed and takes its lock without waiting. When another process (or
// another Acquire in this one) holds it, the error wraps ErrLocked and names the holder's
// process id when it wrote one.
func Acquire(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	p := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, unwrapPath(err))
	}
	if err := lockFile(f); err != nil {
		holder := ""
		if b, rerr := os.ReadFile(p); rerr == nil {
			if pid, cerr := strconv.Atoi(strings.TrimSpace(string(b))); cerr == nil {
				holder = fmt.Sprintf(" (process %d)", pid)
			}
		}
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, fmt.Errorf("%s: %w%s; wait for it to finish", dir, ErrLocked, holder)
		}
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	// The process id is for the message above only; the lock itself is the flock.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Release gives the lock up. The lock file stays: removing it would race with a process that
// has just opened it.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	unlockFile(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}
