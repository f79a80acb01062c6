//go:build !unix

package pdftext

import (
	"testing"
	"time"
)

// processCPU is not measured here; benchmarks then report zero CPU time.
func processCPU(*testing.B) time.Duration { return 0 }
