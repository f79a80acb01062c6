//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package corpus

import "errors"

func mkfifo(string) error { return errors.New("no named pipes") }
