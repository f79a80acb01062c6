package shard

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"gbtrack/corpus"
	"gbtrack/normalize"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Spec
		ok   bool
	}{
		{"0/1", Spec{0, 1}, true},
		{"2/3", Spec{2, 3}, true},
		{" 7/8 ", Spec{7, 8}, true},
		{"3/3", Spec{}, false},
		{"-1/3", Spec{}, false},
		{"0/0", Spec{}, false},
		{"1", Spec{}, false},
		{"a/b", Spec{}, false},
		{"", Spec{}, false},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if tt.ok {
			assert.NoError(t, err, "Parse(%q)", tt.in)
			assert.Equal(t, tt.want, got, "Parse(%q)", tt.in)
		} else {
			assert.ErrorIs(t, err, ErrSpec, "Parse(%q)", tt.in)
		}
	}
}

// TestOwnsPartitions: every source belongs to exactly one shard, and keeps it when other sources
// are added (the rule reads the source alone).
func TestOwnsPartitions(t *testing.T) {
	const n = 4
	counts := make([]int, n)
	for k := range 400 {
		key := Key(corpus.Source{Ref: fmt.Sprintf("papers/gb%d-ins-%d.pdf", 300+k%60, k), Kind: corpus.KindFile})
		owners := 0
		for i := range n {
			if (Spec{I: i, N: n}).Owns(key) {
				owners++
				counts[i]++
			}
		}
		require.Equal(t, 1, owners, "source %s owned by %d shards", key, owners)
	}
	for i, c := range counts {
		assert.Greater(t, c, 50, "shard %d/%d got %d of 400 sources", i, n, c)
	}
	assert.True(t, Spec{}.Owns("file:x.pdf"), "the whole run owns every source")
}

func TestKeyOneSpelling(t *testing.T) {
	tests := []struct {
		name string
		a, b corpus.Source
	}{
		{"URL spellings", corpus.Source{Ref: "HTTPS://www.ilo.org:443/gb/x.pdf#p2", Kind: corpus.KindURL}, corpus.Source{Ref: "https://www.ilo.org/gb/x.pdf", Kind: corpus.KindURL}},
		{"credentials", corpus.Source{Ref: "https://u:pw@ilo.example/x.pdf", Kind: corpus.KindURL}, corpus.Source{Ref: "https://ilo.example/x.pdf", Kind: corpus.KindURL}},
		{"path spellings", corpus.Source{Ref: "docs/./a/../x.pdf", Kind: corpus.KindFile}, corpus.Source{Ref: "docs/x.pdf", Kind: corpus.KindFile}},
	}
	for _, tt := range tests {
		assert.Equal(t, Key(tt.a), Key(tt.b), tt.name)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	msg := "x.pdf: empty file"
	h := Header{Shard: 1, Shards: 2, Sources: 3, SourcesSHA256: SourcesDigest([]string{"a", "b", "c"}), AsOf: "2026-11-29", Title: "T", Gbtrack: "0.1.0"}
	recs := []Record{
		{Index: 2, Doc: normalize.Document{ID: "x.pdf", Source: "x.pdf", Error: &msg}},
		{Index: 0, Root: "GB.1/2", Doc: normalize.Document{ID: "GB.1/2"}, Items: []normalize.Item{{ID: "GB.1/2#action_item-1"}}},
	}
	require.NoError(t, Write(dir, h, recs))
	gh, grecs, err := Read(Path(dir))
	require.NoError(t, err)
	h.Format, h.Version = Format, FormatVersion
	assert.Equal(t, h, gh)
	require.Len(t, grecs, 2)
	assert.Equal(t, 0, grecs[0].Index, "records come back in the run's order")
	assert.Equal(t, "GB.1/2#action_item-1", grecs[0].Items[0].ID)
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		name, data string
		want       error
	}{
		{"empty", "", ErrNotPartial},
		{"a run's items", `{"schema_version":1,"id":"x"}` + "\n", ErrNotPartial},
		{"later version", `{"format":"gbtrack-partial","version":99,"shards":1,"sources":1}` + "\n", ErrNotPartial},
		{"shard out of range", `{"format":"gbtrack-partial","version":1,"shard":2,"shards":2,"sources":1}` + "\n", ErrNotPartial},
		{"index out of range", `{"format":"gbtrack-partial","version":1,"shard":0,"shards":1,"sources":1}` + "\n" + `{"index":1}` + "\n", nil},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), PartialFile)
		require.NoError(t, os.WriteFile(path, []byte(tt.data), 0o644))
		_, _, err := Read(path)
		var e *Error
		require.ErrorAs(t, err, &e, "Read(%s)", tt.name)
		if tt.want != nil {
			assert.ErrorIs(t, err, tt.want, "Read(%s)", tt.name)
		}
	}
}

func TestMergeOrders(t *testing.T) {
	h := func(i int) Header {
		return Header{Shard: i, Shards: 2, Sources: 3, SourcesSHA256: "d", AsOf: "2026-11-29"}
	}
	parts := []Part{
		{Path: "b", Header: h(1), Records: []Record{{Index: 1}}},
		{Path: "a", Header: h(0), Records: []Record{{Index: 2}, {Index: 0}}},
	}
	_, recs, err := Merge(parts)
	require.NoError(t, err)
	for i, r := range recs {
		assert.Equal(t, i, r.Index)
	}
	lost := []Part{parts[0], {Path: "a", Header: h(0), Records: []Record{{Index: 0}}}}
	_, _, err = Merge(lost)
	assert.True(t, errors.Is(err, ErrMissing), "Merge with a source lost: %v", err)
}

// FuzzRead: a partial run is read from a shared volume another machine wrote; no bytes make
// Read panic, and what it accepts writes back to what it reads.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"format":"gbtrack-partial","version":1,"shard":0,"shards":1,"sources":1}` + "\n" + `{"index":0,"doc":{"id":"x"},"items":null}` + "\n"))
	f.Add([]byte("{}\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, recs, err := read("fuzz", bytes.NewReader(data))
		if err != nil {
			return
		}
		dir := t.TempDir()
		if err := Write(dir, h, recs); err != nil {
			return
		}
		h2, recs2, err := Read(filepath.Join(dir, PartialFile))
		if err != nil {
			t.Fatalf("Read after Write: %v", err)
		}
		if h2 != h || len(recs2) != len(recs) {
			t.Fatalf("round trip: %+v %d records, want %+v %d", h2, len(recs2), h, len(recs))
		}
	})
}
