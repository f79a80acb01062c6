package export

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"gbtrack/query"
)

// schemaSQL creates the tables. items.rowid is the item's position in the export (runs in the
// order given, lines in file order); units and follow_up refer to it through item_rowid.
var schemaSQL = []string{
	`CREATE TABLE documents (
		run TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, sha256 TEXT, format TEXT,
		symbol TEXT, title TEXT, date TEXT, pages INTEGER, items INTEGER, error TEXT,
		json TEXT NOT NULL)`,
	`CREATE TABLE items (rowid INTEGER PRIMARY KEY, ` + itemColumnsSQL() + `, json TEXT NOT NULL)`,
	`CREATE INDEX items_id ON items(id)`,
	`CREATE INDEX items_doc ON items(doc)`,
	`CREATE TABLE units (
		item_rowid INTEGER NOT NULL REFERENCES items(rowid), item_id TEXT NOT NULL,
		position INTEGER NOT NULL, name TEXT NOT NULL, abbr TEXT, as_printed TEXT NOT NULL)`,
	`CREATE INDEX units_abbr ON units(abbr)`,
	`CREATE TABLE follow_up (
		item_rowid INTEGER NOT NULL REFERENCES items(rowid), item_id TEXT NOT NULL,
		position INTEGER NOT NULL, doc TEXT, date TEXT, status TEXT, how TEXT, json TEXT NOT NULL)`,
	`CREATE VIRTUAL TABLE items_fts USING fts5(text, section, content='items', content_rowid='rowid',
		tokenize='unicode61 remove_diacritics 2')`,
}

// itemColumnsSQL declares query.Columns: page is an integer, due_vague a 0/1 integer, the rest
// text; an empty cell is stored as NULL.
func itemColumnsSQL() string {
	var cols []string
	for _, c := range query.Columns {
		switch c {
		case "page", "due_vague":
			cols = append(cols, c+" INTEGER")
		default:
			cols = append(cols, c+" TEXT")
		}
	}
	return strings.Join(cols, ", ")
}

// SQLite writes the items and documents of the runs into a new SQLite database at path,
// replacing any file there once the database is complete. It returns how many items it wrote.
func SQLite(ctx context.Context, path string, items []query.Record, docs []query.DocRecord) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*.sqlite")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName) // after a successful rename this finds nothing
	if err := write(ctx, tmpName, items, docs); err != nil {
		return 0, fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	return len(items), nil
}

func write(ctx context.Context, path string, items []query.Record, docs []query.DocRecord) error {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // a no-op after Commit
	for _, s := range schemaSQL {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("create: %w", err)
		}
	}
	if err := insertDocs(ctx, tx, docs); err != nil {
		return err
	}
	if err := insertItems(ctx, tx, items); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO items_fts(items_fts) VALUES ('rebuild')`); err != nil {
		return fmt.Errorf("fts: %w", err)
	}
	return tx.Commit()
}

func insertDocs(ctx context.Context, tx *sql.Tx, docs []query.DocRecord) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, d := range docs {
		if _, err := st.ExecContext(ctx, d.Run, d.ID, d.Source, d.SHA256, d.Format, d.Symbol, d.Title,
			d.Date, d.Pages, d.Items, d.Error, string(d.Raw)); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
	}
	return nil
}

func insertItems(ctx context.Context, tx *sql.Tx, items []query.Record) error {
	marks := strings.TrimSuffix(strings.Repeat("?,", len(query.Columns)+2), ",")
	st, err := tx.PrepareContext(ctx, `INSERT INTO items VALUES (`+marks+`)`)
	if err != nil {
		return err
	}
	defer st.Close()
	ust, err := tx.PrepareContext(ctx, `INSERT INTO units VALUES (?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer ust.Close()
	fst, err := tx.PrepareContext(ctx, `INSERT INTO follow_up VALUES (?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer fst.Close()
	for i, r := range items {
		rowid := i + 1
		args := []any{rowid}
		for c, cell := range query.Row(r) {
			args = append(args, cellValue(query.Columns[c], cell))
		}
		args = append(args, string(r.Raw))
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("item %s: %w", r.ID, err)
		}
		for k, u := range r.Units {
			if _, err := ust.ExecContext(ctx, rowid, r.ID, k+1, u.Name, u.Abbr, u.AsPrinted); err != nil {
				return fmt.Errorf("item %s: unit: %w", r.ID, err)
			}
		}
		if err := insertFollowUp(ctx, fst, rowid, r); err != nil {
			return err
		}
	}
	return nil
}

// insertFollowUp writes one row per entry of the item's follow_up list ({"item", "doc", "date",
// "status", "how"}, docs/output.md); status may be a status object or a bare value.
func insertFollowUp(ctx context.Context, st *sql.Stmt, rowid int, r query.Record) error {
	if len(r.FollowUp) == 0 {
		return nil
	}
	var list []json.RawMessage
	if err := json.Unmarshal(r.FollowUp, &list); err != nil {
		return fmt.Errorf("item %s: follow_up: %w", r.ID, err)
	}
	for k, raw := range list {
		var f struct {
			Doc, Date, How *string
			Status         json.RawMessage
		}
		if err := json.Unmarshal(raw, &f); err != nil {
			return fmt.Errorf("item %s: follow_up %d: %w", r.ID, k+1, err)
		}
		var status *string
		if len(f.Status) > 0 && string(f.Status) != "null" {
			var v struct{ Value string }
			var s string
			switch {
			case json.Unmarshal(f.Status, &s) == nil:
				status = &s
			case json.Unmarshal(f.Status, &v) == nil:
				status = &v.Value
			}
		}
		if _, err := st.ExecContext(ctx, rowid, r.ID, k+1, f.Doc, f.Date, status, f.How, string(raw)); err != nil {
			return fmt.Errorf("item %s: follow_up: %w", r.ID, err)
		}
	}
	return nil
}

// cellValue stores an empty cell as NULL, page as an integer and due_vague as 0 or 1.
func cellValue(col, cell string) any {
	if cell == "" {
		return nil
	}
	switch col {
	case "page":
		var n int
		if _, err := fmt.Sscan(cell, &n); err == nil {
			return n
		}
	case "due_vague":
		if cell == "true" {
			return 1
		}
		return 0
	}
	return cell
}
