//go:build unix

package pdftext

import (
	"syscall"
	"testing"
	"time"
)

// processCPU returns the CPU time the process has used, user and system, so that benchmarks on
// a shared machine can report work done rather than wall time.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
