package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"gbtrack/normalize"
	"gbtrack/rundir"
)

// TestSpoolRoundTrip: items put in any order, from several goroutines, come back by input
// position as they were, encoded the same byte for byte (nil and empty slices, pointers,
// unicode), and a position nothing was put at gives none.
func TestSpoolRoundTrip(t *testing.T) {
	docs := [][]normalize.Item{
		nil,
		{},
		{{SchemaVersion: normalize.SchemaVersion, ID: "GB.1/X/1#action_item-1", Kind: normalize.KindActionItem, Text: "Côte d'Ivoire – “quoted” <b>", Doc: "GB.1/X/1",
			Page: normalize.Ptr(3), Responsible: []string{}, Due: &normalize.Due{Text: "by 2027", End: normalize.Ptr("2027-12-31")}}},
		{{ID: "a#1", Text: "one", Responsible: []string{"PROGRAM"}}, {ID: "a#2", Text: "two", Parent: normalize.Ptr("a#1")}},
	}
	sp, err := newSpool(filepath.Join(t.TempDir(), "spool"), len(docs)+1)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := len(docs) - 1; i >= 0; i-- {
		wg.Go(func() { require.NoError(t, sp.put(i, "doc", docs[i])) })
	}
	wg.Wait()
	for i, want := range docs {
		got, err := sp.items(i)
		require.NoError(t, err, "items(%d)", i)
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(got)
		require.Equal(t, string(wj), string(gj), "items(%d) encodes differently from what was put", i)
	}
	got, err := sp.items(len(docs))
	require.NoError(t, err)
	require.Nil(t, got, "items of a position nothing was put at")
	name := sp.f.Name()
	require.NoError(t, sp.close())
	_, err = os.Stat(name)
	require.True(t, os.IsNotExist(err), "close leaves the spool file %s: %v", name, err)
}

// TestRunLeavesNoSpool: a run's items wait in a spool inside its staging folder; once the run is
// published only its run folder is left in runs/, holding the four outputs and nothing else, and
// items.jsonl holds the items Run returns, in order.
func TestRunLeavesNoSpool(t *testing.T) {
	out := t.TempDir()
	res, err := Run(context.Background(), htmlSamples(t), Options{Out: out, AsOf: asOf, NoCache: true, Jobs: 2})
	require.NoError(t, err)
	ents, err := os.ReadDir(filepath.Join(out, rundir.RunsDir))
	require.NoError(t, err)
	require.Len(t, ents, 1, "runs/ after one run: %v", ents)
	require.Equal(t, filepath.Base(res.RunDir), ents[0].Name())
	files, err := os.ReadDir(res.RunDir)
	require.NoError(t, err)
	var names []string
	for _, f := range files {
		names = append(names, f.Name())
	}
	require.ElementsMatch(t, rundir.Files, names, "files of the run folder")
	data, err := os.ReadFile(filepath.Join(res.RunDir, rundir.ItemsFile))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	require.Len(t, lines, len(res.Items))
	for k, line := range lines {
		var it normalize.Item
		require.NoError(t, json.Unmarshal([]byte(line), &it))
		require.Equal(t, res.Items[k].ID, it.ID, "items.jsonl line %d", k+1)
	}
}
