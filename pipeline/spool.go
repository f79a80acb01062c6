package pipeline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"

	"gbtrack/normalize"
)

// spool keeps the documents' items on disk while a run reads them, so that the reading holds
// the items of the documents in flight only, whatever the number of documents: a document's
// items are written as one JSON array (the form the cache keeps them in, which round-trips them
// byte for byte) when it is done, in the order documents finish, and read back by input
// position. The file lives in the run's staging folder
// (rundir.Stage.Temp), which the next run removes if this one dies.
type spool struct {
	mu  sync.Mutex
	f   *os.File
	end int64  // bytes written
	at  []span // by input position; n == 0 when nothing was put there
}

// span is where one result is in the spool file, in bytes.
type span struct{ off, n int64 }

// newSpool creates the spool file path for n input positions.
func newSpool(path string, n int) (*spool, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	return &spool{f: f, at: make([]span, n)}, nil
}

// put stores the items of the document at input position i, whose source is src (for errors).
// Safe for concurrent use.
func (s *spool) put(i int, src string, its []normalize.Item) error {
	data, err := json.Marshal(its)
	if err != nil {
		return fmt.Errorf("spool %s: %w", src, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.f.WriteAt(data, s.end); err != nil {
		return fmt.Errorf("spool %s: %w", src, err)
	}
	s.at[i] = span{off: s.end, n: int64(len(data))}
	s.end += int64(len(data))
	return nil
}

// items returns the items put at input position i (nil when none were).
func (s *spool) items(i int) ([]normalize.Item, error) {
	sp := s.at[i]
	if sp.n == 0 {
		return nil, nil
	}
	data := make([]byte, sp.n)
	if _, err := s.f.ReadAt(data, sp.off); err != nil && err != io.EOF {
		return nil, fmt.Errorf("spool: %w", err)
	}
	var its []normalize.Item
	if err := json.Unmarshal(data, &its); err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	return its, nil
}

// close closes and removes the spool file; a second call does nothing.
func (s *spool) close() error {
	if s.f == nil {
		return nil
	}
	name := s.f.Name()
	err := s.f.Close()
	s.f = nil
	if rerr := os.Remove(name); err == nil {
		err = rerr
	}
	return err
}
