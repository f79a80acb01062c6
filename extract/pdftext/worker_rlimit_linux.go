package pdftext

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// workerLimitAddressSpace caps the child's address space at what it maps now plus limit, so that
// an allocation through the ceiling fails in the kernel instead of swapping the machine. Only the
// soft limit moves, so a later request may set another ceiling.
func workerLimitAddressSpace(limit int64) error {
	statm, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return err
	}
	fields := bytes.Fields(statm)
	if len(fields) == 0 {
		return fmt.Errorf("empty /proc/self/statm")
	}
	pages, err := strconv.ParseUint(string(fields[0]), 10, 64)
	if err != nil {
		return fmt.Errorf("/proc/self/statm: %w", err)
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &rl); err != nil {
		return err
	}
	want := pages*uint64(os.Getpagesize()) + uint64(limit)
	if want > rl.Max {
		want = rl.Max
	}
	rl.Cur = want
	return syscall.Setrlimit(syscall.RLIMIT_AS, &rl)
}
