package main

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"gbtrack/query"
)

// TestQueryScripts runs the scripts of testdata/query: gbtrack query and gbtrack export on a run
// over the sample corpus, each result checked against the same selection computed here, from
// items.jsonl, without the query package.
func TestQueryScripts(t *testing.T) {
	samples, err := filepath.Abs("../../samples")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/query",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLES", samples)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"selects":  cmdSelects,
			"csvcheck": cmdCSVCheck,
			"sqlcheck": cmdSQLCheck,
		},
	})
}

// cmdSelects: selects RESULT.jsonl ITEMS.jsonl PRED=ARG... checks that RESULT holds exactly the
// items of ITEMS that every predicate selects, in order, and that there is at least one.
// Predicates: kind=K, docprefix=P, status=V (none: no status), due_before=D, due_after=D,
// overdue=D, unit=ABBR (printed as ABBR or ending in "(ABBR)", or as one of the names after
// the abbreviation, separated by |), text=WORDS (lower-cased substring), session=N.
func cmdSelects(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 3 {
		ts.Fatalf("usage: selects RESULT.jsonl ITEMS.jsonl PRED=ARG...")
	}
	got := idsOf(ts, ts.ReadFile(args[0]))
	var want []string
	for _, line := range strings.Split(ts.ReadFile(args[1]), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var it map[string]any
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			ts.Fatalf("%s: %v", args[1], err)
		}
		ok := true
		for _, p := range args[2:] {
			k, v, _ := strings.Cut(p, "=")
			ok = ok && refPredicate(ts, it, k, v)
		}
		if ok {
			want = append(want, it["id"].(string))
		}
	}
	if len(want) == 0 {
		ts.Fatalf("the reference selects no item: a test of nothing")
	}
	if !slices.Equal(got, want) {
		ts.Fatalf("query selected %d items, the reference %d\ngot:  %q\nwant: %q", len(got), len(want), got, want)
	}
}

func refPredicate(ts *testscript.TestScript, it map[string]any, k, v string) bool {
	str := func(m any, key string) string {
		if mm, ok := m.(map[string]any); ok {
			if s, ok := mm[key].(string); ok {
				return s
			}
		}
		return ""
	}
	dueEnd := str(it["due"], "end")
	status := str(it["status"], "value")
	switch k {
	case "kind":
		return it["kind"] == v
	case "docprefix":
		return strings.HasPrefix(it["doc"].(string), v)
	case "status":
		if v == "none" {
			return it["status"] == nil
		}
		return status == v
	case "due_before":
		return dueEnd != "" && dueEnd < v
	case "due_after":
		return dueEnd != "" && dueEnd > v
	case "overdue":
		return dueEnd != "" && dueEnd < v && status != "completed"
	case "unit":
		abbr, names, _ := strings.Cut(v, "|")
		for _, r := range it["responsible"].([]any) {
			s := r.(string)
			if s == abbr || strings.HasSuffix(s, "("+abbr+")") || (names != "" && slices.Contains(strings.Split(names, "|"), s)) {
				return true
			}
		}
		return false
	case "text":
		return strings.Contains(strings.ToLower(it["text"].(string)), strings.ToLower(v))
	case "session":
		return strings.HasPrefix(it["doc"].(string), "GB."+v+"/") || strings.HasPrefix(str(it["due"], "calendar"), "GB."+v+",")
	}
	ts.Fatalf("unknown predicate %q", k)
	return false
}

func idsOf(ts *testscript.TestScript, jsonl string) []string {
	var ids []string
	for _, line := range strings.Split(jsonl, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var it struct{ ID string }
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			ts.Fatalf("result: %v", err)
		}
		ids = append(ids, it.ID)
	}
	return ids
}

// cmdCSVCheck: csvcheck FILE.csv ITEMS.jsonl checks that FILE parses with encoding/csv as a
// header row of query.Columns and one row of as many fields for each item, ids in order.
func cmdCSVCheck(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: csvcheck FILE.csv ITEMS.jsonl")
	}
	r := csv.NewReader(bytes.NewReader([]byte(ts.ReadFile(args[0]))))
	recs, err := r.ReadAll()
	if err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], query.Columns) {
		ts.Fatalf("%s: header %q, want %q", args[0], recs[0], query.Columns)
	}
	want := idsOf(ts, ts.ReadFile(args[1]))
	var got []string
	for _, rec := range recs[1:] {
		if len(rec) != len(query.Columns) {
			ts.Fatalf("%s: a row of %d fields, want %d", args[0], len(rec), len(query.Columns))
		}
		got = append(got, rec[0])
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		ts.Fatalf("%s: ids %q, want %q", args[0], got, want)
	}
}

// cmdSQLCheck: sqlcheck DB SQL WANT runs SQL on the SQLite database DB and compares its single
// value, printed with fmt, with WANT; WANT "lines:FILE" is the number of non-blank lines of FILE.
func cmdSQLCheck(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: sqlcheck DB SQL WANT")
	}
	path := ts.MkAbs(args[0])
	if _, err := os.Stat(path); err != nil {
		ts.Fatalf("%v", err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		ts.Fatalf("%v", err)
	}
	defer db.Close()
	var v any
	if err := db.QueryRow(args[1]).Scan(&v); err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	want := args[2]
	if f, ok := strings.CutPrefix(want, "lines:"); ok {
		want = fmt.Sprint(len(idsOf(ts, ts.ReadFile(f))))
	}
	if got := fmt.Sprint(v); got != want {
		ts.Fatalf("%s = %s, want %s", args[1], got, want)
	}
}
