package main

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"gbtrack/pipeline"
)

// version is gbtrack's release; buildVersion adds the commit it was built from.
const version = "0.1.0"

// buildVersion is the version that keys the extraction cache: the release plus the commit (and
// "-dirty" for uncommitted changes) when the build recorded them, else plus a hash of the
// executable, so that a binary built from other code never reuses results another one extracted.
func buildVersion() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision":
				v += "+" + s.Value
			case s.Key == "vcs.modified" && s.Value == "true":
				v += "-dirty"
			}
		}
	}
	if v != version && !strings.HasSuffix(v, "-dirty") {
		return v
	}
	if h := executableHash(); h != "" {
		v += "+exe." + h
	}
	return v
}

// executableHash is a short hash of the running binary, or "" when it cannot be read.
func executableHash() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

//go:embed doc.go
var docSource string

// errUsage marks a usage error: exit status 2.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, "gbtrack:", strings.TrimSuffix(err.Error(), ": usage"))
		fmt.Fprintln(stderr, "run 'gbtrack help' for usage")
		return 2
	case errors.Is(err, pipeline.ErrSomeFailed):
		fmt.Fprintln(stderr, "gbtrack:", err)
		return 1
	default:
		fmt.Fprintln(stderr, "gbtrack:", err)
		return 1
	}
}

// run is gbtrack with its arguments and streams passed in, so tests can run it in-process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("no command: %w", errUsage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, stdout, stderr)
	case "report":
		return cmdReport(ctx, rest, stdout, stderr)
	case "diff":
		return cmdDiff(ctx, rest, stdout, stderr)
	case "text":
		return cmdText(ctx, rest, stdout, stderr)
	case "query":
		return cmdQuery(ctx, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr)
	case "pdf-worker":
		return cmdWorker(ctx, stdin, stdout)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, helpText())
		return nil
	case "version", "--version":
		fmt.Fprintln(stdout, "gbtrack", buildVersion())
		return nil
	}
	return fmt.Errorf("unknown command %q: %w", cmd, errUsage)
}

// helpText is the package comment of doc.go, without its comment markers.
func helpText() string {
	s := docSource
	if i := strings.Index(s, "/*"); i >= 0 {
		s = s[i+2:]
	}
	if i := strings.Index(s, "*/"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimLeft(s, "\n")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args, allowing flags after positional arguments, and maps errors to usage
// errors.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, fmt.Errorf("%s: %w", fs.Name(), errUsage)
			}
			return nil, fmt.Errorf("%s: %v: %w", fs.Name(), err, errUsage)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// asOfFlag parses --as-of, defaulting to today.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		now := time.Now()
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--as-of %q: want YYYY-MM-DD: %w", s, errUsage)
	}
	return t, nil
}
