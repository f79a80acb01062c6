//go:build !linux

package pdftext

import "github.com/tetratelabs/wazero/experimental"

// memoryAllocator is nil off Linux: wazero grows each instance's memory as a Go slice.
//
// BUG: growing copies the memory, and the old copy lives until the collector runs, so the peak
// is a few times the instance's limit.
func memoryAllocator() experimental.MemoryAllocator { return nil }
