//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package rundir

import (
	"errors"
	"os"
)

// BUG: on these systems the lock is not taken: two runs on one folder are not refused there.

var errWouldBlock = errors.New("would block")

func lockFile(*os.File) error { return nil }

func unlockFile(*os.File) {}
