package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gbbench:", err)
		os.Exit(1)
	}
}

// config is what the flags say.
type config struct {
	bin, samples, corpusDir string
	size, count             int
	jobs                    []int
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gbbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	jobs := fs.String("jobs", "1,2", "comma-separated -j values gbtrack runs with")
	fs.StringVar(&c.bin, "bin", "bin/gbtrack", "the gbtrack binary")
	fs.StringVar(&c.samples, "samples", "samples", "the sample documents the corpus is made from")
	fs.StringVar(&c.corpusDir, "corpus", "", "where the corpus is kept; default: the user's cache folder")
	fs.IntVar(&c.size, "size", 20, "documents in the corpus")
	fs.IntVar(&c.count, "count", 5, "runs of each measurement (medians are of these)")
	only := fs.Bool("corpus-only", false, "make the corpus, print where it is, and stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.size <= 0 || c.count <= 0 {
		return errors.New("-size and -count must be positive")
	}
	for _, f := range strings.Split(*jobs, ",") {
		j, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || j <= 0 {
			return fmt.Errorf("-jobs %q: want positive numbers", *jobs)
		}
		c.jobs = append(c.jobs, j)
	}
	if c.corpusDir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("no cache folder for the corpus (give -corpus): %w", err)
		}
		c.corpusDir = filepath.Join(cache, "gbtrack", "bench", fmt.Sprintf("v%d-%d", generatorVersion, c.size))
	}
	bin, err := filepath.Abs(c.bin)
	if err != nil {
		return err
	}
	c.bin = bin
	corp, err := buildCorpus(ctx, c.samples, c.corpusDir, c.size, stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gbbench: corpus %s: %d documents (%d PDF), %d pages; %s\n",
		c.corpusDir, len(corp.docs), corp.pdfs(), corp.pages(), loadLine())
	if *only {
		fmt.Fprintln(stdout, c.corpusDir)
		return nil
	}
	return measure(ctx, c, corp, stdout, stderr)
}

// loadLine says how busy the machine is, since the figures depend on it.
func loadLine() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "load unknown"
	}
	return fmt.Sprintf("load average %s %s %s", f[0], f[1], f[2])
}

// median of xs; 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
