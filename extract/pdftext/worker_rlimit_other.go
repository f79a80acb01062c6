//go:build !linux

package pdftext

// workerLimitAddressSpace does nothing off Linux: the child relies on debug.SetMemoryLimit and
// the parent's deadline alone.
//
// BUG: a single huge allocation is not stopped off Linux.
func workerLimitAddressSpace(limit int64) error { return nil }
