package pdftext

import (
	"sync"
	"syscall"
	"time"

	"github.com/tetratelabs/wazero/experimental"
)

// mmapAllocator backs each PDFium instance's linear memory with one anonymous mapping of the
// instance's maximum size, made once. The kernel gives it pages only as PDFium touches them, so
// growing the memory never copies it (wazero's default grows a Go slice by append, and the old
// and new buffers, then the garbage the collector has not yet reclaimed, held three to four
// times the limit at once), and a closed instance returns its pages at once.
func memoryAllocator() experimental.MemoryAllocator {
	return experimental.MemoryAllocatorFunc(func(capBytes, maxBytes uint64) experimental.LinearMemory {
		if maxBytes == 0 || maxBytes > 1<<32 {
			return nil
		}
		buf, err := syscall.Mmap(-1, 0, int(maxBytes), syscall.PROT_READ|syscall.PROT_WRITE,
			syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
		if err != nil {
			return &sliceMemory{}
		}
		return &mmapMemory{buf: buf}
	})
}

type mmapMemory struct {
	once sync.Once
	buf  []byte
}

// Reallocate returns the first size bytes of the mapping; past the mapping, nil (a failed grow,
// which PDFium sees as an allocation failure).
func (m *mmapMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(m.buf)) {
		return nil
	}
	return m.buf[:size]
}

// unmapDelay is how long a freed mapping stays mapped, its pages already returned. An instance
// killed on a deadline is closed while its code may still be running on another goroutine, up to
// the next check of its exit flag: that code must find mapped (zero) pages, not a hole.
const unmapDelay = 30 * time.Second

// Free returns the pages to the kernel now and the address range a little later (unmapDelay).
func (m *mmapMemory) Free() {
	m.once.Do(func() {
		buf := m.buf
		_ = syscall.Madvise(buf, syscall.MADV_DONTNEED)
		time.AfterFunc(unmapDelay, func() { _ = syscall.Munmap(buf) })
	})
}

// sliceMemory is the fallback when the mapping cannot be made: a Go slice, as wazero would do.
type sliceMemory struct{ buf []byte }

func (m *sliceMemory) Reallocate(size uint64) []byte {
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size]
	} else {
		m.buf = append(m.buf[:cap(m.buf)], make([]byte, size-uint64(cap(m.buf)))...)[:size]
	}
	return m.buf
}

func (m *sliceMemory) Free() { m.buf = nil }
