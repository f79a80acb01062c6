package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"gbtrack/shard"
)

// TestMergeOfShardsIsTheWholeRun runs a corpus whole and in three shards, merges the shards and
// compares the four outputs byte for byte: ids made unique across shards (the samples hold two
// prints of one paper), same_as, follow-up links between documents that fell in different
// shards (the series), the report.
func TestMergeOfShardsIsTheWholeRun(t *testing.T) {
	if testing.Short() {
		t.Skip("reads PDFs four times")
	}
	missing := filepath.Join(t.TempDir(), "missing.pdf") // an error line, sharded too
	tests := []struct {
		name string
		args []string
	}{
		{"samples", []string{"../samples", missing}},
		{"series", []string{"../golden/testdata/series"}},
	}
	const n = 3
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			whole := t.TempDir()
			if _, err := Run(ctx, tt.args, Options{Out: whole, AsOf: asOf, NoCache: true}); err != nil && !errors.Is(err, ErrSomeFailed) {
				t.Fatalf("Run whole: %v", err)
			}
			var parts []string
			nonEmpty := 0
			for i := range n {
				dir := filepath.Join(t.TempDir(), "shard"+strconv.Itoa(i))
				res, err := Run(ctx, tt.args, Options{Out: dir, AsOf: asOf, NoCache: true, Shard: shard.Spec{I: i, N: n}})
				if err != nil && !errors.Is(err, ErrSomeFailed) {
					t.Fatalf("Run shard %d/%d: %v", i, n, err)
				}
				if len(res.Docs) > 0 {
					nonEmpty++
				}
				if _, err := os.Stat(filepath.Join(dir, "items.jsonl")); err == nil {
					t.Errorf("shard %d/%d published items.jsonl; a shard writes only its partial run", i, n)
				}
				parts = append(parts, dir)
			}
			if nonEmpty < 2 {
				t.Fatalf("the documents fell in %d of %d shards; the test needs them spread", nonEmpty, n)
			}
			merged := t.TempDir()
			// The shards given in another order than their numbers: the order of the sources decides.
			parts[0], parts[n-1] = parts[n-1], parts[0]
			if _, err := Merge(ctx, parts, Options{Out: merged, NoCache: true}); err != nil && !errors.Is(err, ErrSomeFailed) {
				t.Fatalf("Merge: %v", err)
			}
			want, got := readAll(t, whole), readAll(t, merged)
			for name, w := range want {
				if !bytes.Equal(w, got[name]) {
					t.Errorf("merged %s differs from the whole run's (%d bytes, want %d)", name, len(got[name]), len(w))
				}
			}
		})
	}
}

// TestMergeRefusesIncompleteShards: a missing shard, one given twice, or shards of another run
// are refused before anything is written.
func TestMergeRefusesIncompleteShards(t *testing.T) {
	ctx := context.Background()
	srcs := htmlSamples(t)
	part := func(args []string, i, n int) string {
		dir := t.TempDir()
		if _, err := Run(ctx, args, Options{Out: dir, AsOf: asOf, NoCache: true, Shard: shard.Spec{I: i, N: n}}); err != nil {
			t.Fatalf("Run shard %d/%d: %v", i, n, err)
		}
		return dir
	}
	p0, p1 := part(srcs, 0, 2), part(srcs, 1, 2)
	other := part(srcs[:1], 1, 2)
	tests := []struct {
		name  string
		parts []string
		want  error
	}{
		{"missing shard", []string{p0}, shard.ErrMissing},
		{"shard twice", []string{p0, p0}, nil},
		{"another run's shard", []string{p0, other}, shard.ErrMismatch},
		{"not a partial run", []string{p0, t.TempDir()}, os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			_, err := Merge(ctx, tt.parts, Options{Out: out})
			if err == nil {
				t.Fatalf("Merge(%v) = nil, want an error", tt.parts)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Merge(%v) = %v, want %v", tt.parts, err, tt.want)
			}
			if _, err := os.Stat(filepath.Join(out, "items.jsonl")); err == nil {
				t.Errorf("Merge(%v) failed but wrote items.jsonl", tt.parts)
			}
		})
	}
	if _, err := Merge(ctx, []string{p1, p0}, Options{Out: t.TempDir()}); err != nil {
		t.Errorf("Merge of both shards: %v", err)
	}
}
