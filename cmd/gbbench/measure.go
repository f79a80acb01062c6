package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

// sample is one measured process (or, for pdftotext, one pass of processes).
type sample struct {
	wall, cpu time.Duration
	peakRSS   int64 // bytes
	docs      int   // documents and pages read, when not the whole corpus
	pages     int
	stages    map[string]float64 // seconds, from gbtrack run --timings
}

// stageNames are the keys of gbtrack's timings line, in its order.
var stageNames = []string{"engine-start", "text-layer", "items", "normalize", "report"}

// measure runs every measurement count times and prints the benchmark lines and the table.
func measure(ctx context.Context, c config, corp corpusSet, stdout, stderr io.Writer) error {
	work, err := os.MkdirTemp("", "gbbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	both := []string{filepath.Join(corp.dir, "pdf"), filepath.Join(corp.dir, "html")}
	// A gbtrack older than --timings is measured without its stages (to compare with one).
	help, _ := exec.CommandContext(ctx, c.bin, "help", "run").CombinedOutput()
	timings := bytes.Contains(help, []byte("-timings"))
	gbOn := func(dirs []string, out string, j int, cached bool) (sample, error) {
		args := []string{"run", "--out", out, "--as-of", "2026-11-29", "-j", strconv.Itoa(j)}
		if timings {
			args = append(args, "--timings")
		}
		if !cached {
			args = append(args, "--no-cache")
		}
		return runProcess(ctx, c.bin, append(args, dirs...)...)
	}
	gb := func(out string, j int, cached bool) (sample, error) { return gbOn(both, out, j, cached) }
	// The warm-up run fills PDFium's compilation cache, so every measured run starts warm.
	fmt.Fprintln(stderr, "gbbench: warm-up run")
	if _, err := gb(filepath.Join(work, "warm"), c.jobs[0], false); err != nil {
		return err
	}
	name := fmt.Sprintf("docs=%d", len(corp.docs))
	rows := map[string][]sample{}
	var order []string
	record := func(key string, s sample) {
		if _, ok := rows[key]; !ok {
			order = append(order, key)
		}
		rows[key] = append(rows[key], s)
		fmt.Fprintln(stdout, benchLine(key, s, len(corp.docs), corp.pages()))
	}
	pdfs := corp.pdfPaths()
	for i := range c.count {
		for _, j := range c.jobs {
			s, err := gb(filepath.Join(work, fmt.Sprintf("j%d-%d", j, i)), j, false)
			if err != nil {
				return err
			}
			record(fmt.Sprintf("BenchmarkRun/%s/j=%d", name, j), s)
		}
		// The same PDFs through gbtrack alone and through pdftotext: the ratio is on equal pages.
		s, err := gbOn(both[:1], filepath.Join(work, fmt.Sprintf("pdf-%d", i)), 1, false)
		if err != nil {
			return err
		}
		s.docs, s.pages = corp.pdfs(), corp.pdfPages()
		record(fmt.Sprintf("BenchmarkRunPDFs/%s/j=1", name), s)
		if s, err = pdftotext(ctx, pdfs); err != nil {
			return err
		}
		s.pages = corp.pdfPages()
		record(fmt.Sprintf("BenchmarkPdftotext/%s", name), s)
	}
	// Incremental: a full run that fills the cache, then re-runs over the unchanged corpus.
	inc := filepath.Join(work, "inc")
	full, err := gb(inc, c.jobs[0], true)
	if err != nil {
		return err
	}
	record(fmt.Sprintf("BenchmarkFullCached/%s/j=%d", name, c.jobs[0]), full)
	for range c.count {
		s, err := gb(inc, c.jobs[0], true)
		if err != nil {
			return err
		}
		record(fmt.Sprintf("BenchmarkRerun/%s/j=%d", name, c.jobs[0]), s)
	}
	printTable(stdout, order, rows, corp, c)
	return nil
}

// benchLine formats a sample in the Go benchmark format benchstat reads.
func benchLine(key string, s sample, docs, pages int) string {
	if s.pages > 0 {
		pages = s.pages
		docs = s.docs
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\t1\t%d ns/op\t%.2f docs/s\t%.1f pages/s\t%.1f peak-MiB\t%.3f cpu-s",
		key, s.wall.Nanoseconds(), float64(docs)/s.wall.Seconds(), float64(pages)/s.wall.Seconds(),
		float64(s.peakRSS)/(1<<20), s.cpu.Seconds())
	for _, n := range stageNames {
		if v, ok := s.stages[n]; ok {
			fmt.Fprintf(&b, "\t%.3f %s-s", v, n)
		}
	}
	return b.String()
}

// runProcess runs gbtrack and reads its timings line; a run whose documents partly failed
// (exit 1) still counts, since the corpus is made of readable samples and the table says so.
func runProcess(ctx context.Context, bin string, args ...string) (sample, error) {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), stages: map[string]float64{}}
	if err != nil && (cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1) {
		return s, fmt.Errorf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, tail(stderr.String()))
	}
	s.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.peakRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		rest, ok := strings.CutPrefix(line, "gbtrack: timings ")
		if !ok {
			continue
		}
		for _, f := range strings.Fields(rest) {
			k, v, _ := strings.Cut(f, "=")
			if d, err := time.ParseDuration(v); err == nil {
				s.stages[k] = d.Seconds()
			}
		}
	}
	return s, nil
}

// pdftotext reads every PDF with pdftotext, one process a file, and sums their times; the peak
// is the largest of them.
func pdftotext(ctx context.Context, pdfs []string) (sample, error) {
	var s sample
	start := time.Now()
	for _, p := range pdfs {
		cmd := exec.CommandContext(ctx, "pdftotext", "-q", p, os.DevNull)
		if out, err := cmd.CombinedOutput(); err != nil {
			return s, fmt.Errorf("pdftotext %s: %v: %s (Debian: apt-get install poppler-utils)", p, err, out)
		}
		s.cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			s.peakRSS = max(s.peakRSS, ru.Maxrss*1024)
		}
	}
	s.wall = time.Since(start)
	s.docs = len(pdfs)
	return s, nil
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-5):], "\n")
}

// printTable prints the medians, the ratios to pdftotext and the speed-up of the larger -j.
func printTable(w io.Writer, order []string, rows map[string][]sample, corp corpusSet, c config) {
	med := func(key string, f func(sample) float64) float64 {
		var xs []float64
		for _, s := range rows[key] {
			xs = append(xs, f(s))
		}
		return median(xs)
	}
	wall := func(s sample) float64 { return s.wall.Seconds() }
	cpu := func(s sample) float64 { return s.cpu.Seconds() }
	rss := func(s sample) float64 { return float64(s.peakRSS) / (1 << 20) }
	fmt.Fprintf(w, "\n# medians of %d; %d documents (%d PDF, %d PDF pages), %d pages; %s\n",
		c.count, len(corp.docs), corp.pdfs(), corp.pdfPages(), corp.pages(), loadLine())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "run\twall s\tcpu s\tdocs/s\tpages/s\tpeak MiB\t")
	for _, n := range stageNames {
		fmt.Fprintf(tw, "%s s\t", n)
	}
	fmt.Fprintln(tw)
	for _, key := range order {
		docs, pages := float64(len(corp.docs)), float64(corp.pages())
		if strings.HasPrefix(key, "BenchmarkPdftotext") || strings.HasPrefix(key, "BenchmarkRunPDFs") {
			docs, pages = float64(corp.pdfs()), float64(corp.pdfPages())
		}
		wl := med(key, wall)
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.1f\t%.0f\t", strings.TrimPrefix(key, "Benchmark"),
			wl, med(key, cpu), docs/wl, pages/wl, med(key, rss))
		for _, n := range stageNames {
			fmt.Fprintf(tw, "%.2f\t", med(key, func(s sample) float64 { return s.stages[n] }))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	name := fmt.Sprintf("docs=%d", len(corp.docs))
	pt := "BenchmarkPdftotext/" + name
	pg := "BenchmarkRunPDFs/" + name + "/j=1"
	fmt.Fprintf(w, "gbtrack -j 1 on the PDFs alone: wall %.2fx pdftotext, cpu %.2fx pdftotext (same %d pages)\n",
		med(pg, wall)/med(pt, wall), med(pg, cpu)/med(pt, cpu), corp.pdfPages())
	if len(c.jobs) > 1 {
		a := fmt.Sprintf("BenchmarkRun/%s/j=%d", name, c.jobs[0])
		b := fmt.Sprintf("BenchmarkRun/%s/j=%d", name, c.jobs[len(c.jobs)-1])
		fmt.Fprintf(w, "j=%d is %.2fx faster than j=%d (wall)\n", c.jobs[len(c.jobs)-1], med(a, wall)/med(b, wall), c.jobs[0])
	}
	full := fmt.Sprintf("BenchmarkFullCached/%s/j=%d", name, c.jobs[0])
	re := fmt.Sprintf("BenchmarkRerun/%s/j=%d", name, c.jobs[0])
	fmt.Fprintf(w, "re-run over the unchanged corpus: %.1f%% of a full run's wall time (%.2f s of %.2f s)\n",
		100*med(re, wall)/med(full, wall), med(re, wall), med(full, wall))
}
