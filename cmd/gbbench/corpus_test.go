package main

import "testing"

// TestRngMix: the draw that picks a document's format gives about 3 web pages in 10 from the
// first documents on, so that a small corpus is mixed like a large one.
func TestRngMix(t *testing.T) {
	for _, size := range []int{20, 100, 2000} {
		html := 0
		for i := range size {
			r := rng(i + 1)
			if r.next(10) < 3 {
				html++
			}
		}
		if share := float64(html) / float64(size); share < 0.15 || share > 0.45 {
			t.Errorf("size %d: %d web pages (%.0f%%), want about 30%%", size, html, 100*share)
		}
	}
}
