package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"gbtrack/normalize"
	"gbtrack/query"
)

// listFlag collects a flag given several times or as a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// cmdQuery selects items from run folders and writes them in a format for people or tools.
func cmdQuery(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("query", stderr)
	var f query.Filter
	var kinds, docs, statuses, sessions listFlag
	var units []string
	var texts []string
	fs.Var(&kinds, "kind", "recommendation, action_item or commitment (repeat or comma-separate for any of them)")
	fs.Var(&docs, "doc", "document symbol or file name; * and ? are wildcards (GB.34*)")
	fs.Var(&statuses, "status", "status value (latest status where follow-up knows one); none for no status")
	fs.StringVar(&f.DueBefore, "due-before", "", "due.end strictly before DATE (YYYY-MM-DD)")
	fs.StringVar(&f.DueAfter, "due-after", "", "due.end strictly after DATE (YYYY-MM-DD)")
	overdue := fs.String("overdue-as-of", "", "overdue on DATE: due.end before it and not completed")
	// Not comma-separated: unit names hold commas ("Gender, Equality, Diversity and Inclusion Branch").
	fs.Func("unit", "unit abbreviation or any name of the unit register (PROGRAM); repeat for any of several", func(s string) error {
		if s = strings.TrimSpace(s); s != "" {
			units = append(units, s)
		}
		return nil
	})
	fs.Func("text", "words that must all occur in the item's text; \"a phrase\" in quotes", func(s string) error {
		texts = append(texts, query.ParseTerms(s)...)
		return nil
	})
	fs.Var(&sessions, "session", "Governing Body session N: the document's (GB.N/...) or the one due at")
	format := fs.String("format", "jsonl", "output format: jsonl, csv, table or markdown")
	count := fs.Bool("count", false, "print only the number of items selected")
	copies := fs.Bool("copies", false, "keep the items of documents that are copies of another (same_as), which the report counts once")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return fmt.Errorf("query: need at least one RUN_DIR: %w", errUsage)
	}
	// kinds and statuses are words of a fixed vocabulary, written in lower case in the
	// outputs: "--status Ongoing" means what "--status ongoing" does
	f.Kinds, f.Docs, f.Statuses, f.Units, f.Text = lowered(kinds), docs, lowered(statuses), units, texts
	for _, s := range sessions {
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(strings.ToUpper(s), "GB."), "TH"))
		if err != nil || n <= 0 {
			return fmt.Errorf("query: --session %q: want a session number: %w", s, errUsage)
		}
		f.Sessions = append(f.Sessions, n)
	}
	if *overdue != "" {
		t, err := time.Parse(time.DateOnly, *overdue)
		if err != nil {
			return fmt.Errorf("query: --overdue-as-of %q: want YYYY-MM-DD: %w", *overdue, errUsage)
		}
		f.OverdueAsOf = t
	}
	if err := f.Validate(); err != nil {
		return fmt.Errorf("query: %v: %w", err, errUsage)
	}
	if !isFormat(*format) {
		return fmt.Errorf("query: --format %q: want %s: %w", *format, strings.Join(query.Formats, ", "), errUsage)
	}
	recs, docRecs, err := query.ReadRuns(pos)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	if !*copies {
		recs = query.WithoutCopies(recs, docRecs)
	}
	reg := normalize.DefaultRegister()
	for _, u := range units {
		if reg.Lookup(u) == nil {
			fmt.Fprintf(stderr, "gbtrack: query: --unit %q is not in the unit register: only units printed so match\n", u)
		}
	}
	sel := f.Select(recs)
	if *count {
		_, err := fmt.Fprintln(stdout, len(sel))
		return err
	}
	return query.Write(stdout, *format, sel)
}

func isFormat(s string) bool {
	for _, f := range query.Formats {
		if s == f {
			return true
		}
	}
	return false
}

var _ flag.Value = (*listFlag)(nil)

// lowered returns vs in lower case (a new slice).
func lowered(vs []string) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, strings.ToLower(v))
	}
	return out
}
