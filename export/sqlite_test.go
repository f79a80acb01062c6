package export

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"gbtrack/normalize"
	"gbtrack/query"
)

func record(t *testing.T, line string, followUp string) query.Record {
	t.Helper()
	r := query.Record{Run: "run", Raw: json.RawMessage(line)}
	if err := json.Unmarshal([]byte(line), &r.Item); err != nil {
		t.Fatal(err)
	}
	r.Units = normalize.DefaultRegister().Resolve(r.Responsible)
	if followUp != "" {
		r.FollowUp = json.RawMessage(followUp)
		r.Latest = "completed"
	}
	return r
}

func fixture(t *testing.T) ([]query.Record, []query.DocRecord) {
	items := []query.Record{
		record(t, `{"id":"GB.340/INS/6#action_item-9","kind":"action_item","doc":"GB.340/INS/6","source":"gb340-ins-6.pdf","page":12,"text":"Strategy to advance mutual recognition of skills","due":{"text":"By end 2019","end":"2019-12-31","precision":"year","vague":false},"status":{"text":"Ongoing","value":"ongoing"},"responsible":["PROGRAM","Nowhere Unit"]}`,
			`[{"item":"GB.340/INS/6#action_item-9","doc":"GB.341/INS/1","date":"2021-03-01","status":{"text":"Done","value":"completed"},"how":"status table"}]`),
		record(t, `{"id":"GB.340/INS/6#commitment-para11.1","kind":"commitment","doc":"GB.340/INS/6","source":"gb340-ins-6.pdf","page":4,"text":"Country teams will follow in 2021, vis-à-vis the Régional review.","due":{"text":"in 2021","start":"2021-01-01","end":"2021-12-31","precision":"year","vague":true},"status":null,"responsible":["Strategic Programming and Management Department (PROGRAM)"]}`, ""),
	}
	docs := []query.DocRecord{{Run: "run", Raw: json.RawMessage(`{"id":"GB.340/INS/6"}`), Document: normalize.Document{ID: "GB.340/INS/6", Source: "gb340-ins-6.pdf", Format: "pdf", Date: normalize.Ptr("2020-10-09"), Items: 2}}}
	return items, docs
}

func TestSQLite(t *testing.T) {
	items, docs := fixture(t)
	path := filepath.Join(t.TempDir(), "out.db")
	if err := os.WriteFile(path, []byte("an older file"), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := SQLite(context.Background(), path, items, docs)
	if err != nil || n != 2 {
		t.Fatalf("SQLite = %d, %v; want 2, nil", n, err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cases := []struct {
		name, sql string
		want      any
	}{
		{"every item", `SELECT count(*) FROM items`, int64(2)},
		{"documents", `SELECT count(*) FROM documents WHERE date = '2020-10-09'`, int64(1)},
		{"page is an integer", `SELECT typeof(page) FROM items WHERE rowid = 1`, "integer"},
		{"null stays null", `SELECT count(*) FROM items WHERE status_value IS NULL`, int64(1)},
		{"due_vague 0/1", `SELECT sum(due_vague) FROM items`, int64(1)},
		{"json column", `SELECT json_extract(json, '$.due.precision') FROM items WHERE rowid = 2`, "year"},
		{"a units row per printed unit", `SELECT count(*) FROM units`, int64(3)},
		{"both spellings are PROGRAM", `SELECT count(DISTINCT item_rowid) FROM units WHERE abbr = 'PROGRAM'`, int64(2)},
		{"unknown unit has a null abbr", `SELECT name FROM units WHERE abbr IS NULL`, "Nowhere Unit"},
		{"follow_up rows", `SELECT status || ' ' || doc FROM follow_up`, "completed GB.341/INS/1"},
		{"latest status column", `SELECT latest_status FROM items WHERE rowid = 1`, "completed"},
		{"fts phrase", `SELECT count(*) FROM items_fts WHERE items_fts MATCH '"mutual recognition"'`, int64(1)},
		{"fts without accents", `SELECT count(*) FROM items_fts WHERE items_fts MATCH 'regional'`, int64(1)},
	}
	for _, c := range cases {
		var got any
		if err := db.QueryRow(c.sql).Scan(&got); err != nil {
			t.Errorf("%s: %s: %v", c.name, c.sql, err)
			continue
		}
		if b, ok := got.([]byte); ok {
			got = string(b)
		}
		if got != c.want {
			t.Errorf("%s: %s = %v (%T), want %v", c.name, c.sql, got, got, c.want)
		}
	}
}

// TestDocsQueriesRun runs every SQL example of docs/query.md on an export: the documentation
// must not show a query that fails.
func TestDocsQueriesRun(t *testing.T) {
	md, err := os.ReadFile("../docs/query.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllSubmatch(md, -1)
	if len(blocks) < 3 {
		t.Fatalf("docs/query.md has %d SQL examples, want the overdue, rate-by-unit and by-year ones at least", len(blocks))
	}
	items, docs := fixture(t)
	path := filepath.Join(t.TempDir(), "out.db")
	if _, err := SQLite(context.Background(), path, items, docs); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, b := range blocks {
		rows, err := db.Query(string(b[1]))
		if err != nil {
			t.Errorf("docs/query.md example fails: %v\n%s", err, b[1])
			continue
		}
		rows.Close()
	}
}

func TestSQLiteFailureLeavesNoFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing-dir", "out.db")
	if _, err := SQLite(context.Background(), path, nil, nil); err == nil {
		t.Fatal("SQLite into a missing folder = nil error, want one")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s (stat: %v)", path, err)
	}
}
