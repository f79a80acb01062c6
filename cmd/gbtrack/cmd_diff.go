package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"gbtrack/changes"
	"gbtrack/normalize"
	"gbtrack/rundir"
)

// cmdDiff compares two runs item by item. As diff(1) does, it exits 0 when the runs are the
// same, 1 when they differ and 2 on trouble; a line of counts goes to standard error.
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
	old, oldDocs, err := readRunItems(pos[0])
	if err != nil {
		return &exitStatus{code: 2, err: err}
	}
	cur, curDocs, err := readRunItems(pos[1])
	if err != nil {
		return &exitStatus{code: 2, err: err}
	}
	// Ctrl-C stops the comparison of long texts too.
	chs, err := changes.CompareContext(ctx, old, cur, day)
	if err != nil {
		return err
	}
	if *asJSON {
		err = changes.WriteJSON(stdout, chs)
	} else {
		err = changes.WriteText(stdout, chs)
	}
	if err != nil {
		return &exitStatus{code: 2, err: err}
	}
	fmt.Fprintln(stderr, diffCounts(chs, len(old), len(cur)))
	if line := docsLine(oldDocs, curDocs); line != "" {
		fmt.Fprintln(stderr, line)
	}
	if len(chs) > 0 {
		return &exitStatus{code: 1}
	}
	return nil
}

// readRunItems reads the items and documents of the run in dir, its current set when dir is an
// output folder.
func readRunItems(dir string) ([]normalize.Item, []normalize.Document, error) {
	if err := rundir.Check(dir); err != nil {
		return nil, nil, err
	}
	res, err := rundir.Resolve(dir)
	if err != nil {
		return nil, nil, err
	}
	return changes.ReadRun(res)
}

// docsLine names the documents that only one of the two runs read (by id), which the item
// changes do not show when the documents hold no item: "documents only in the old run: a, b;
// only in the new run: c". It is "" when both runs read the same documents.
func docsLine(old, cur []normalize.Document) string {
	ids := func(ds []normalize.Document) map[string]bool {
		m := make(map[string]bool, len(ds))
		for _, d := range ds {
			m[d.ID] = true
		}
		return m
	}
	only := func(ds []normalize.Document, other map[string]bool) []string {
		var out []string
		for _, d := range ds {
			if !other[d.ID] {
				out = append(out, d.ID)
			}
		}
		return out
	}
	gone, added := only(old, ids(cur)), only(cur, ids(old))
	var parts []string
	if len(gone) > 0 {
		parts = append(parts, "documents only in the old run: "+strings.Join(gone, ", "))
	}
	if len(added) > 0 {
		parts = append(parts, "documents only in the new run: "+strings.Join(added, ", "))
	}
	return strings.Join(parts, "; ")
}

// diffCounts is diff's summary: the number of changes of each kind, in Compare's order.
func diffCounts(chs []changes.Change, oldItems, newItems int) string {
	n := map[string]int{}
	for _, c := range chs {
		n[c.Kind]++
	}
	var parts []string
	for _, k := range []string{changes.KindNew, changes.KindRemoved, changes.KindStatusChanged, changes.KindDueChanged, changes.KindNewlyOverdue, changes.KindTextChanged} {
		parts = append(parts, fmt.Sprintf("%d %s", n[k], strings.ReplaceAll(k, "_", " ")))
	}
	return fmt.Sprintf("%d changes (%s) between %d and %d items", len(chs), strings.Join(parts, ", "), oldItems, newItems)
}
