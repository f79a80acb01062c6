package heapsample

import "testing"

// TestStartSeesAnAllocation: the peak seen covers a live allocation made while sampling.
func TestStartSeesAnAllocation(t *testing.T) {
	stop := Start()
	buf := make([]byte, 64<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	peak := stop()
	if peak < 64<<20 {
		t.Fatalf("peak %d bytes, want at least the 64 MiB held while sampling", peak)
	}
	_ = buf[len(buf)-1]
}
