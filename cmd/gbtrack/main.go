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

// exitStatus is an error that sets the exit status itself; with a nil err, what there was to
// say has been said (a run's summary line, diff's counts) and nothing more is printed.
type exitStatus struct {
	code int
	err  error
}

func (e *exitStatus) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitStatus) Unwrap() error { return e.err }

// helpRequest is returned by parseFlags for -h, -help and --help: run prints text to standard
// output and exits 0.
type helpRequest struct{ text string }

func (h *helpRequest) Error() string { return "help requested" }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var es *exitStatus
	switch {
	case err == nil:
		return 0
	case errors.As(err, &es):
		if es.err != nil {
			fmt.Fprintln(stderr, "gbtrack:", es.err)
		}
		return es.code
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
	err := dispatch(ctx, args, stdin, stdout, stderr)
	var h *helpRequest
	if errors.As(err, &h) {
		_, err = io.WriteString(stdout, h.text)
	}
	return err
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("no command: %w", errUsage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, rest, stdout, stderr)
	case "merge":
		return cmdMerge(ctx, rest, stdout, stderr)
	case "report":
		return cmdReport(ctx, rest, stdout, stderr)
	case "diff":
		return cmdDiff(ctx, rest, stdout, stderr)
	case "text":
		return cmdText(ctx, rest, stdout, stderr)
	case "pull":
		return cmdPull(ctx, rest, stdout, stderr)
	case "query":
		return cmdQuery(ctx, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr)
	case "pdf-worker":
		return cmdWorker(ctx, rest, stdin, stdout)
	case "help", "-h", "-help", "--help":
		if cmd == "help" && len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
			return &helpRequest{text: synopses["help"]}
		}
		if cmd == "help" && len(rest) > 0 {
			// "gbtrack help CMD" is "gbtrack CMD --help".
			if _, ok := synopses[rest[0]]; !ok {
				return fmt.Errorf("help: unknown command %q: %w", rest[0], errUsage)
			}
			return dispatch(ctx, []string{rest[0], "--help"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, helpText())
		return nil
	case "version", "--version":
		if _, err := parseFlags(newFlags("version", stderr), rest); err != nil {
			return err
		}
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

// synopses are the usage lines and the description of each command's positional arguments,
// shown by "gbtrack CMD --help" and "gbtrack help CMD" above the command's flags.
var synopses = map[string]string{
	"run": `usage: gbtrack run --out DIR [flags] SOURCE...

Reads every SOURCE and publishes DIR/items.jsonl, DIR/documents.jsonl, DIR/report.json and
DIR/report.pdf as one set. A SOURCE is a PDF or HTML file, a folder (every .pdf, .htm and .html
file under it), an http or https URL, or a manifest (.manifest, .list or .txt: one source a
line). A run that reads no document keeps the outputs DIR already holds.
`,
	"report": `usage: gbtrack report [--out DIR] [flags] RUN_DIR

Renders report.pdf and report.json again from the run in RUN_DIR, without extracting again, and
publishes them with the run's items and documents in DIR (default: RUN_DIR).
`,
	"diff": `usage: gbtrack diff [--json] [--as-of DATE] OLD_DIR NEW_DIR

Compares two runs item by item and prints the changes, then a line of counts on standard error.
Exit status: 0 when the runs are the same, 1 when they differ, 2 on trouble.
`,
	"text": `usage: gbtrack text [--pdf-engine NAME] [--password PW] FILE

Prints the text layer of one document (a file or a URL) as gbtrack reads it.
`,
	"merge": `usage: gbtrack merge [flags] OUT PART...

Merges the partial runs that "gbtrack run --shard i/n" wrote (each PART a shard's --out folder or
its partial.jsonl) into one run published in OUT, the same bytes a single-machine run over the
same sources writes: ids, documents, items, follow-up links across shards, copies and the report.
Every shard 0 to n-1 must be given once, and all must come from one run (the same sources, date,
title and gbtrack version); otherwise nothing is written. The report's date and title are the
shards', unless --as-of or --title are given. Exit status as run's.
`,
	"pull": `usage: gbtrack pull --out CACHE [flags] SOURCE...
       gbtrack pull --out CACHE --index URL --match REGEX [--follow REGEX --depth N] [flags]

Downloads documents into the folder CACHE, politely (robots.txt, a User-Agent naming gbtrack,
per-host limits) and without downloading twice: a document already in CACHE that is still fresh
by the rules of HTTP caching (RFC 9111: Cache-Control max-age, Expires, or a tenth of the time
since Last-Modified, at most a day) is not asked for; a stale one is asked for again with
If-None-Match/If-Modified-Since and kept when the server answers 304 (--revalidate asks again
for every document); no-cache and no-store are honoured. A pull that was interrupted resumes
without asking again for what it had finished. A SOURCE is a document URL,
or a manifest (a local file, or a URL ending in .csv, .jsonl or .ndjson): CSV with a header row
naming a url column and optionally symbol, title, session, date, kind and language, or JSON
Lines with those keys. --index reads an index page and pulls the links whose absolute URL
matches --match, following links that match --follow (pagination) up to --depth pages away,
on the index's host only unless --hosts names others.

Each document is stored as CACHE/docs/HH/KEY.body with a JSON sidecar KEY.json (URL, final URL,
status, ETag, Last-Modified, Content-Type, fetch time, sha256, sniffed format), KEY being the
sha256 of the URL. Standard output gets one line a document: OUTCOME, URL and the body's path,
tab-separated, OUTCOME being fetched, not-modified, fresh, resumed or failed. Progress goes to standard
error unless --quiet; the last line there is the summary. Exit status 1 when some failed.
`,
	"query": `usage: gbtrack query [flags] RUN_DIR...

Selects items of one or more runs by kind, document, status, due date, unit, words or session,
and prints them as JSON Lines, CSV, a table or Markdown (--format), or their number (--count).
Items of a document that is another's copy (same_as) are left out unless --copies. See
docs/query.md.
`,
	"export": `usage: gbtrack export --sqlite FILE RUN_DIR...

Writes the items and documents of one or more runs into a SQLite database with a full-text
index of the items' words (replacing FILE). See docs/query.md.
`,
	"version": `usage: gbtrack version

Prints gbtrack's version and the commit it was built from.
`,
	"help": `usage: gbtrack help [COMMAND]

Prints gbtrack's help, or one command's usage and flags.
`,
}

// newFlags returns a flag set that reports errors instead of exiting and prints nothing itself:
// parseFlags says what went wrong, and --help prints the command's usage.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	return fs
}

// usage is a command's help: its synopsis, then its flags with their defaults.
func usage(fs *flag.FlagSet) string {
	var b strings.Builder
	b.WriteString(synopses[fs.Name()])
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		b.WriteString("\nFlags:\n")
		writeFlags(&b, fs)
	}
	return b.String()
}

// writeFlags lists fs's flags as the README and the synopses spell them: "--name TYPE", the
// usage indented below (one dash for a one-letter flag: -j), and the default when it is not the type's zero value. It is
// flag.PrintDefaults with two dashes, which Go's flag package also accepts; its one-dash form
// read as a different syntax from every example in the help.
func writeFlags(b *strings.Builder, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, text := flag.UnquoteUsage(f)
		dashes := "--"
		if len(f.Name) == 1 {
			dashes = "-" // -j, as the examples write it
		}
		fmt.Fprintf(b, "  %s%s", dashes, f.Name)
		if name != "" {
			fmt.Fprintf(b, " %s", name)
		}
		b.WriteString("\n        ")
		b.WriteString(strings.ReplaceAll(text, "\n", "\n        "))
		switch f.DefValue {
		case "", "0", "false", "0s":
		default:
			if name == "string" {
				fmt.Fprintf(b, " (default %q)", f.DefValue)
			} else {
				fmt.Fprintf(b, " (default %s)", f.DefValue)
			}
		}
		b.WriteString("\n")
	})
}

// parseFlags parses args, allowing flags after positional arguments, and maps errors to usage
// errors; -h, -help or --help give a *helpRequest with the command's usage.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, &helpRequest{text: usage(fs)}
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
