package pdftext

import "testing"

// TestMmapMemory: the linear memory grows in place up to its maximum, refuses to grow past it
// (PDFium then sees an allocation failure, not the machine's memory), and after Free a killed
// instance still running for a moment finds zeroed pages rather than a hole.
func TestMmapMemory(t *testing.T) {
	const max = 4 << 20
	mem := memoryAllocator().Allocate(0, max)
	b := mem.Reallocate(1 << 20)
	if len(b) != 1<<20 {
		t.Fatalf("Reallocate(1 MiB) = %d bytes", len(b))
	}
	b[len(b)-1] = 7
	grown := mem.Reallocate(max)
	if len(grown) != max || &grown[0] != &b[0] || grown[1<<20-1] != 7 {
		t.Fatalf("Reallocate(max) = %d bytes, moved or lost its content", len(grown))
	}
	if got := mem.Reallocate(max + 1); got != nil {
		t.Errorf("Reallocate(max+1) = %d bytes, want nil", len(got))
	}
	mem.Free()
	grown[0] = 1 // must not fault: the range stays mapped for unmapDelay
	if grown[1<<20-1] != 0 {
		t.Errorf("after Free, a page still holds %d, want it returned (zero)", grown[1<<20-1])
	}
	mem.Free() // a second Free is harmless
}
