package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbtrack/schema"
)

// validateOutputs checks what a run or report command of a test script wrote in its --out
// folder against the JSON Schemas, so that every run the scripts make is validated. It returns
// err unchanged when the outputs are valid (or the command writes none), else an error that
// makes the command fail.
func validateOutputs(args []string, err error) error {
	if len(args) == 0 || (args[0] != "run" && args[0] != "report" && args[0] != "merge") {
		return err
	}
	out := ""
	if args[0] == "merge" {
		// OUT is merge's first positional argument; its flags all take a value.
		for i := 1; i < len(args); i++ {
			if strings.HasPrefix(args[i], "-") {
				if !strings.Contains(args[i], "=") {
					i++
				}
				continue
			}
			out = args[i]
			break
		}
	}
	for i, a := range args {
		switch {
		case (a == "--out" || a == "-out") && i+1 < len(args):
			out = args[i+1]
		case strings.HasPrefix(a, "--out="), strings.HasPrefix(a, "-out="):
			out = a[strings.Index(a, "=")+1:]
		}
	}
	if out == "" {
		return err
	}
	var verr error
	if _, serr := os.Stat(filepath.Join(out, "items.jsonl")); serr == nil {
		verr = schema.ValidateRun(out)
	} else if b, rerr := os.ReadFile(filepath.Join(out, "report.json")); rerr == nil {
		verr = schema.Validate(schema.Report, b)
	}
	if verr != nil {
		return errors.Join(err, fmt.Errorf("outputs in %s do not match their schema: %w", out, verr))
	}
	return err
}

// TestValidateOutputs: the script hook fails a command whose outputs break the schema and
// leaves other commands alone.
func TestValidateOutputs(t *testing.T) {
	bad := t.TempDir()
	for name, data := range map[string]string{
		"items.jsonl":     `{"schema_version":1,"id":"x","kind":"commitment","number":null,"text":"t","doc":"d","source":"s","page":"3","paragraph":null,"section":null,"due":null,"status":null,"responsible":[],"priority":null,"time_implication":null,"resource_implication":null,"actor":null,"parent":null,"response":null}` + "\n",
		"documents.jsonl": "",
	} {
		if err := os.WriteFile(filepath.Join(bad, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name    string
		args    []string
		wantErr bool
	}{
		{"run with a wrong type", []string{"run", "--out", bad, "x.pdf"}, true},
		{"--out= form", []string{"run", "--out=" + bad}, true},
		{"other command", []string{"query", bad}, false},
		{"no outputs", []string{"run", "--out", t.TempDir()}, false},
	}
	for _, c := range cases {
		err := validateOutputs(c.args, nil)
		if (err != nil) != c.wantErr || (err != nil && !strings.Contains(err.Error(), "page")) {
			t.Errorf("%s: validateOutputs = %v, want error %v naming page", c.name, err, c.wantErr)
		}
	}
}
