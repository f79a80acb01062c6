package main

import (
	"context"
	"fmt"
	"io"

	"gbtrack/export"
	"gbtrack/query"
)

// cmdExport writes the items and documents of run folders into a SQLite database.
func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	dbPath := fs.String("sqlite", "", "SQLite database to write (replaced if it exists)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *dbPath == "" {
		return fmt.Errorf("export: --sqlite FILE is required: %w", errUsage)
	}
	if len(pos) == 0 {
		return fmt.Errorf("export: need at least one RUN_DIR: %w", errUsage)
	}
	items, docs, err := query.ReadRuns(pos)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	n, err := export.SQLite(ctx, *dbPath, items, docs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d items, %d documents; wrote %s\n", n, len(docs), *dbPath)
	return nil
}
