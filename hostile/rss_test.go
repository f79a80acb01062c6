package hostile_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// maxRSS is the memory bound of the issue: the whole batch under 1 GiB resident.
const maxRSS = 1 << 30

// TestPeakRSS builds the gbtrack command and runs it as a child process over the full hostile
// batch, then reads the child's peak resident set size from the kernel: the in-process test
// cannot tell its own memory from the test binary's.
func TestPeakRSS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gbtrack and runs the full batch (about a minute): not under -short")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build gbtrack: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "gbtrack")
	build := exec.Command(goCmd, "build", "-o", bin, "gbtrack/cmd/gbtrack")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build gbtrack/cmd/gbtrack: %v\n%s", err, out)
	}

	b := newBatch(t, false)
	out := t.TempDir()
	args := append([]string{"run", "--out", out, "-j", "2", "--doc-timeout", docTimeout.String(), "--no-cache", "--as-of", "2026-11-25"}, b.args...)
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start)
	if cmd.ProcessState == nil {
		t.Fatalf("gbtrack run did not start: %v", err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skipf("no rusage on this system (%T)", cmd.ProcessState.SysUsage())
	}
	// Maxrss is in kilobytes on Linux.
	rss := int64(ru.Maxrss) * 1024
	t.Logf("gbtrack run over %d inputs: %v, peak RSS %d MiB, exit %d", len(b.inputs), took.Round(time.Second), rss>>20, cmd.ProcessState.ExitCode())
	t.Logf("stdout: %s", strings.TrimSpace(stdout.String()))

	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("gbtrack run over the hostile batch: %v, want exit status 1 (some documents failed)\nstderr:\n%s", err, tail(stderr.String(), 2000))
	}
	if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "panic:") {
		t.Errorf("gbtrack run: a panic trace on stderr:\n%s", tail(stderr.String(), 4000))
	}
	if rss >= maxRSS {
		t.Errorf("gbtrack run: peak RSS %d MiB, want under %d MiB", rss>>20, maxRSS>>20)
	}
	data, err := os.ReadFile(filepath.Join(out, "documents.jsonl"))
	if err != nil {
		t.Fatalf("gbtrack run wrote no documents.jsonl: %v", err)
	}
	if n := bytes.Count(data, []byte("\n")); n != len(b.inputs) {
		t.Errorf("gbtrack run: documents.jsonl has %d lines, want %d", n, len(b.inputs))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
