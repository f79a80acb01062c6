package main

import (
	"context"
	"fmt"
	"io"

	"gbtrack/changes"
)

// cmdDiff compares two runs item by item.
func cmdDiff(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("diff", stderr)
	asJSON := fs.Bool("json", false, "write {\"changes\": [...]} for tools")
	asOf := fs.String("as-of", "", "date overdue items are judged against (YYYY-MM-DD)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("diff: need OLD_DIR and NEW_DIR: %w", errUsage)
	}
	day, err := parseAsOf(*asOf)
	if err != nil {
		return err
	}
	old, _, err := changes.ReadRun(pos[0])
	if err != nil {
		return err
	}
	cur, _, err := changes.ReadRun(pos[1])
	if err != nil {
		return err
	}
	// Ctrl-C stops the comparison of long texts too.
	chs, err := changes.CompareContext(ctx, old, cur, day)
	if err != nil {
		return err
	}
	if *asJSON {
		return changes.WriteJSON(stdout, chs)
	}
	return changes.WriteText(stdout, chs)
}
