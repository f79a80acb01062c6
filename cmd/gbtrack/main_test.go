package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"gbtrack/rundir"
)

// TestMain lets the test scripts run the real gbtrack in-process as the "gbtrack" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gbtrack": func() {
			err := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			err = validateOutputs(os.Args[1:], err) // every run the scripts make meets its schema
			os.Exit(exitCode(err, os.Stderr))
		},
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the real command, its output, its
// exit status.
func TestScripts(t *testing.T) {
	samples, err := filepath.Abs("../../samples")
	if err != nil {
		t.Fatal(err)
	}
	series, err := filepath.Abs("../../golden/testdata/series")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLES", samples)
			env.Setenv("SERIES", series)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// holdlock DIR takes DIR's lock, as a run writing DIR would, until the script ends.
			// serve DIR serves DIR over http on loopback until the script ends and sets $SERVER
			// to its address.
			"serve": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: serve DIR")
				}
				srv := httptest.NewServer(http.FileServer(http.Dir(ts.MkAbs(args[0]))))
				ts.Defer(srv.Close)
				ts.Setenv("SERVER", srv.URL)
			},
			"holdlock": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: holdlock DIR")
				}
				l, err := rundir.Acquire(ts.MkAbs(args[0]))
				ts.Check(err)
				ts.Defer(func() { l.Release() })
			},
		},
	})
}
