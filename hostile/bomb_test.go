package hostile

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"
)

// TestZerosZlib checks the bomb builder against the standard library's inflater: the stream
// inflates to exactly n zeros and its checksum holds.
func TestZerosZlib(t *testing.T) {
	for _, n := range []int64{0, 1 << 20, 5 << 20} {
		z := zerosZlib(n)
		r, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatalf("zerosZlib(%d): %v", n, err)
		}
		var got int64
		buf := make([]byte, 64<<10)
		for {
			k, err := r.Read(buf)
			for _, c := range buf[:k] {
				if c != 0 {
					t.Fatalf("zerosZlib(%d): a byte %#x, want zeros", n, c)
				}
			}
			got += int64(k)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("zerosZlib(%d): read: %v (checksum or stream broken)", n, err)
			}
		}
		if got != n {
			t.Errorf("zerosZlib(%d) inflates to %d bytes", n, got)
		}
		if n > 0 && int64(len(z))*500 > n {
			t.Errorf("zerosZlib(%d) is %d bytes: not a bomb", n, len(z))
		}
	}
}
