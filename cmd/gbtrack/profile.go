package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// profiles are the run's debugging profiles (go tool pprof reads them): where the CPU goes,
// where goroutines wait on locks and channels, which is what tells why -j 2 does not scale, and
// the live heap at the report stage (heapAt).
type profiles struct {
	cpu, mutex, block, heap string
}

func (p *profiles) flags(fs *flag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "debug: write a CPU profile of the run to this file")
	fs.StringVar(&p.mutex, "mutexprofile", "", "debug: write a profile of lock contention to this file")
	fs.StringVar(&p.block, "blockprofile", "", "debug: write a profile of blocking (locks, channels) to this file")
	fs.StringVar(&p.heap, "heap-profile", "", "write heap profiles FILE.assembled, FILE.built and FILE.drawn at the report stage (runtime/pprof)")
}

// heapAt is pipeline.Options.HeapProfile for --heap-profile: it writes the live heap after a
// collection to the flag's FILE+"."+stage, saying a failure on w; nil when the flag is not set.
func (p *profiles) heapAt(w io.Writer) func(stage string) {
	if p.heap == "" {
		return nil
	}
	return func(stage string) {
		runtime.GC()
		if err := writeProfile("heap", p.heap+"."+stage); err != nil {
			fmt.Fprintf(w, "gbtrack: heap profile: %v\n", err)
		}
	}
}

// start begins the profiles asked for; stop writes them, reporting failures on w.
func (p *profiles) start() (stop func(w io.Writer), err error) {
	var cpu *os.File
	if p.cpu != "" {
		if cpu, err = os.Create(p.cpu); err != nil {
			return nil, fmt.Errorf("run: --cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, fmt.Errorf("run: --cpuprofile: %w", err)
		}
	}
	if p.mutex != "" {
		runtime.SetMutexProfileFraction(1)
	}
	if p.block != "" {
		runtime.SetBlockProfileRate(1)
	}
	return func(w io.Writer) {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				fmt.Fprintln(w, "gbtrack: --cpuprofile:", err)
			}
		}
		for _, named := range []struct{ name, path string }{{"mutex", p.mutex}, {"block", p.block}} {
			if named.path == "" {
				continue
			}
			if err := writeProfile(named.name, named.path); err != nil {
				fmt.Fprintf(w, "gbtrack: --%sprofile: %v\n", named.name, err)
			}
		}
	}, nil
}

func writeProfile(name, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup(name).WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
