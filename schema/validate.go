package schema

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed *.schema.json
var files embed.FS

// baseURL names the embedded schemas for the validator: a fixed name, so that errors never show
// a path of the machine; nothing is fetched from it.
const baseURL = "https://schema.gbtrack.invalid/"

var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	for _, f := range Files {
		b, err := files.ReadFile(f.Name)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", f.Name, err)
		}
		if err := c.AddResource(baseURL+f.Name, doc); err != nil {
			return nil, err
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, f := range Files {
		s, err := c.Compile(baseURL + f.Name)
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", f.Name, err)
		}
		out[f.Name] = s
	}
	return out, nil
})

// Schema names for Validate.
const (
	Item     = "item.schema.json"
	Document = "document.schema.json"
	Report   = "report.schema.json"
)

// Validate checks one JSON value (an items.jsonl line, a documents.jsonl line, a report.json)
// against the schema called name (Item, Document or Report). The error names the failing
// property path and what was wrong.
func Validate(name string, data []byte) error {
	all, err := compiled()
	if err != nil {
		return err
	}
	s, ok := all[name]
	if !ok {
		return fmt.Errorf("schema: no schema %q", name)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// ValidateRun checks the outputs of a run folder: every line of items.jsonl and
// documents.jsonl, and report.json when the run wrote one. Missing items.jsonl or
// documents.jsonl is an error. The error joins one error per invalid line (file:line: ...),
// at most ten per file. Tests call it on every run they make.
func ValidateRun(dir string) error {
	var errs []error
	for _, f := range []struct{ file, schema string }{{"items.jsonl", Item}, {"documents.jsonl", Document}} {
		if err := validateLines(filepath.Join(dir, f.file), f.schema); err != nil {
			errs = append(errs, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		errs = append(errs, err)
	default:
		if err := Validate(Report, b); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Join(dir, "report.json"), err))
		}
	}
	return errors.Join(errs...)
}

// ValidateLines checks every non-blank line of a JSON Lines file against the schema called name.
func validateLines(path, name string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var errs []error
	br := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return fmt.Errorf("%s:%d: %w", path, n, rerr)
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if err := Validate(name, t); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", path, n, err))
				if len(errs) == 10 {
					errs = append(errs, fmt.Errorf("%s: more errors left out", path))
					break
				}
			}
		}
		if rerr != nil {
			break
		}
	}
	return errors.Join(errs...)
}
