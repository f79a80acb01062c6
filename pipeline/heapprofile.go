package pipeline

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// heapProfile writes the live heap after a collection to opts.HeapProfile+"."+stage, when
// opts.HeapProfile is set (Options.HeapProfile); a failure is said on opts.Progress.
func heapProfile(opts Options, stage string) {
	if opts.HeapProfile == "" {
		return
	}
	runtime.GC()
	name := opts.HeapProfile + "." + stage
	err := func() error {
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}()
	if err != nil {
		fmt.Fprintf(opts.Progress, "gbtrack: heap profile: %v\n", err)
	}
}
