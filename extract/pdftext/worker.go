package pdftext

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

// A recover stops a panic but not an endless loop or a runaway allocation in a parser fed hostile
// bytes; only a process boundary does. The worker engine runs each Read in a child process that
// it kills when the document's time is up, and the child caps its own memory, so that one file
// fails alone and the batch goes on.

// WorkerLimits bounds the read of one document in a worker process.
type WorkerLimits struct {
	Timeout     time.Duration // wall-clock time per document; 0 means 60s
	MemoryBytes int64         // memory the child may take for one document; 0 means 1 GiB
}

const (
	workerDefaultTimeout = 60 * time.Second
	workerDefaultMemory  = 1 << 30
	workerMaxFrame       = 1 << 30 // bytes in one request or response
	workerStderrTail     = 4096    // bytes of the child's stderr kept for the error message
)

// workerMagic starts every frame, so that a command that is not a worker (it prints its usage,
// say) is recognized at once instead of being read as a length.
var workerMagic = [4]byte{'G', 'B', 'P', 'W'}

type workerEngine struct {
	cmd    []string
	limits WorkerLimits
}

// NewWorkerEngine returns an engine that reads each document in a new child process started
// with cmd (for gbtrack: its own binary and the hidden subcommand, []string{os.Args[0],
// "pdf-worker"}, whose main loop is ServeWorker). The child is killed when ctx is done or
// limits.Timeout passes, and runs under limits.MemoryBytes; either becomes that document's error,
// wrapping ErrDamaged. Errors the child's engine returns keep their sentinels across the process
// boundary. It is safe for concurrent use: every Read has its own process.
func NewWorkerEngine(cmd []string, limits WorkerLimits) Engine {
	if limits.Timeout <= 0 {
		limits.Timeout = workerDefaultTimeout
	}
	if limits.MemoryBytes <= 0 {
		limits.MemoryBytes = workerDefaultMemory
	}
	return &workerEngine{cmd: append([]string(nil), cmd...), limits: limits}
}

// Name returns "worker".
func (w *workerEngine) Name() string { return "worker" }

// Close does nothing: children live only as long as one Read.
func (w *workerEngine) Close() error { return nil }

// workerRequest is what the parent sends for one document.
type workerRequest struct {
	Data        []byte
	Password    string
	MemoryBytes int64
}

// workerResponse is what the child answers: the document, or the error of the whole read. A
// document crosses in parts of at most workerPartGlyphs glyphs or workerPartPages pages, each
// its own frame, More set on all but the last (which carries Err), so that neither side holds
// the whole document's encoding at once: a page tree claiming a million pages gives a million
// page errors.
type workerResponse struct {
	Title string
	Pages []workerPage
	Err   *workerError
	More  bool
}

const (
	workerPartGlyphs = 1 << 16
	workerPartPages  = 1 << 12
)

// workerPage is RawPage with its error made transmissible.
type workerPage struct {
	Number        int
	Width, Height float64
	Glyphs        wireGlyphs
	Err           *workerError
}

// workerError is an error flattened for the wire: the sentinel it wrapped, by name, and its text.
type workerError struct {
	Kind string
	Msg  string
}

// workerKinds names the sentinels that survive the process boundary.
var workerKinds = []struct {
	name string
	err  error
}{
	{"encrypted", ErrEncrypted},
	{"notext", ErrNoText},
	{"damaged", ErrDamaged},
	{"notpdf", ErrNotPDF},
	{"canceled", context.Canceled},
	{"deadline", context.DeadlineExceeded},
}

func workerErrorOf(err error) *workerError {
	if err == nil {
		return nil
	}
	we := &workerError{Msg: err.Error()}
	for _, k := range workerKinds {
		if errors.Is(err, k.err) {
			we.Kind = k.name
			break
		}
	}
	return we
}

// remoteError is an error that came back from a child: the child's message, and its sentinel for
// errors.Is.
type remoteError struct {
	msg      string
	sentinel error
}

func (e *remoteError) Error() string { return e.msg }
func (e *remoteError) Unwrap() error { return e.sentinel }

func (we *workerError) err() error {
	if we == nil {
		return nil
	}
	re := &remoteError{msg: we.Msg}
	for _, k := range workerKinds {
		if k.name == we.Kind {
			re.sentinel = k.err
		}
	}
	return re
}

func workerResponseOf(doc RawDocument, err error) workerResponse {
	resp := workerResponse{Title: doc.Title, Err: workerErrorOf(err)}
	for _, p := range doc.Pages {
		resp.Pages = append(resp.Pages, workerPage{
			Number: p.Number, Width: p.Width, Height: p.Height, Glyphs: p.Glyphs, Err: workerErrorOf(p.Err),
		})
	}
	return resp
}

// workerWriteResponse writes doc and err in parts (workerResponse), each page turned into its
// wire form only as its part is written.
func workerWriteResponse(w io.Writer, doc RawDocument, err error) error {
	pages := doc.Pages
	for {
		n, glyphs := 0, 0
		for n < len(pages) && n < workerPartPages && (n == 0 || glyphs+len(pages[n].Glyphs) <= workerPartGlyphs) {
			glyphs += len(pages[n].Glyphs)
			n++
		}
		part := workerResponseOf(RawDocument{Title: doc.Title, Pages: pages[:n]}, nil)
		part.More = n < len(pages)
		if !part.More {
			part.Err = workerErrorOf(err)
		}
		if err := workerWriteFrame(w, part); err != nil {
			return err
		}
		pages = pages[n:]
		if !part.More {
			return nil
		}
	}
}

// workerReadResponse reads the parts of one answer (workerResponse) into the document and the
// error of the whole read it carries; err is the stream's or the protocol's.
// Page errors that say the same are one error value: a broken page tree gives the same error
// for every page it claims.
func workerReadResponse(r io.Reader) (doc RawDocument, docErr, err error) {
	same := map[workerError]error{}
	for {
		var part workerResponse
		if err := workerReadFrame(r, &part); err != nil {
			return RawDocument{}, nil, err
		}
		doc.Title, docErr = part.Title, part.Err.err()
		for _, p := range part.Pages {
			page := RawPage{Number: p.Number, Width: p.Width, Height: p.Height, Glyphs: []Glyph(p.Glyphs)}
			if p.Err != nil {
				if page.Err = same[*p.Err]; page.Err == nil {
					page.Err = p.Err.err()
					same[*p.Err] = page.Err
				}
			}
			doc.Pages = append(doc.Pages, page)
		}
		if !part.More {
			return doc, docErr, nil
		}
	}
}

// workerWriteFrame writes magic, a big-endian uint32 length and the gob encoding of v.
func workerWriteFrame(w io.Writer, v any) error {
	var body bytes.Buffer
	if err := gob.NewEncoder(&body).Encode(v); err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	if body.Len() > workerMaxFrame {
		return fmt.Errorf("frame of %d bytes over the limit of %d", body.Len(), workerMaxFrame)
	}
	var head [8]byte
	copy(head[:4], workerMagic[:])
	binary.BigEndian.PutUint32(head[4:], uint32(body.Len()))
	if _, err := w.Write(head[:]); err != nil {
		return err
	}
	_, err := w.Write(body.Bytes())
	return err
}

// workerReadFrame reads one frame into v; io.EOF means the stream ended cleanly between frames.
func workerReadFrame(r io.Reader, v any) error {
	var head [8]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("truncated frame header: %w", err)
		}
		return err
	}
	if !bytes.Equal(head[:4], workerMagic[:]) {
		return fmt.Errorf("bad frame magic %q: not a pdf worker", head[:4])
	}
	n := binary.BigEndian.Uint32(head[4:])
	if n > workerMaxFrame {
		return fmt.Errorf("frame of %d bytes over the limit of %d", n, workerMaxFrame)
	}
	// Grow with the data actually received rather than trusting n with one allocation.
	var body bytes.Buffer
	if _, err := body.ReadFrom(io.LimitReader(r, int64(n))); err != nil {
		return fmt.Errorf("frame body: %w", err)
	}
	if body.Len() != int(n) {
		return fmt.Errorf("truncated frame: %d of %d bytes", body.Len(), n)
	}
	if err := gob.NewDecoder(&body).Decode(v); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return nil
}

// ServeWorker is the child's main loop: it reads requests from stdin until it ends, reads each
// document with eng under the memory ceiling the request carries, and writes the answers to
// stdout. Nothing else may write to stdout. It returns nil when stdin ends between requests.
func ServeWorker(ctx context.Context, stdin io.Reader, stdout io.Writer, eng Engine) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var req workerRequest
		if err := workerReadFrame(stdin, &req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("pdf worker: request: %w", err)
		}
		if req.MemoryBytes > 0 {
			// The soft limit makes the collector work hard near the ceiling; the address-space
			// limit is what stops an allocation that would go through it.
			debug.SetMemoryLimit(req.MemoryBytes)
			if err := workerLimitAddressSpace(req.MemoryBytes); err != nil {
				return fmt.Errorf("pdf worker: memory limit: %w", err)
			}
		}
		doc, err := eng.Read(ctx, req.Data, req.Password)
		req.Data = nil
		if err := workerWriteResponse(stdout, doc, err); err != nil {
			return fmt.Errorf("pdf worker: response: %w", err)
		}
	}
}

// workerDocName names a document the engine only knows by its bytes.
func workerDocName(data []byte) string {
	sum := sha256.Sum256(data)
	return fmt.Sprintf("document sha256:%x (%d bytes)", sum[:6], len(data))
}

// Read runs one document in a fresh child process.
func (w *workerEngine) Read(ctx context.Context, data []byte, password string) (RawDocument, error) {
	if err := ctx.Err(); err != nil {
		return RawDocument{}, err
	}
	if len(w.cmd) == 0 {
		return RawDocument{}, errors.New("pdf worker: no command")
	}
	name := workerDocName(data)
	rctx, cancel := context.WithTimeout(ctx, w.limits.Timeout)
	defer cancel()
	// Kill sends SIGKILL.
	cmd := exec.CommandContext(rctx, w.cmd[0], w.cmd[1:]...)
	stdin, stdout, stderr, err := workerPipes(cmd)
	if err != nil {
		return RawDocument{}, err
	}
	if err := cmd.Start(); err != nil {
		return RawDocument{}, fmt.Errorf("pdf worker: start %s: %w", w.cmd[0], err)
	}

	writeErr := make(chan error, 1)
	go func() {
		err := workerWriteFrame(stdin, workerRequest{Data: data, Password: password, MemoryBytes: w.limits.MemoryBytes})
		// Closing stdin tells the child there is no second request, so it exits after answering.
		stdin.Close()
		writeErr <- err
	}()
	doc, docErr, readErr := workerReadResponse(stdout)
	// A child that answered, or died, exits by itself; one that wrote garbage may linger.
	grace := time.AfterFunc(2*time.Second, cancel)
	waitErr := cmd.Wait()
	grace.Stop()
	<-writeErr // the write fails or ends once the child is gone; nothing is left running

	if readErr == nil {
		return doc, docErr
	}
	switch {
	case ctx.Err() != nil:
		return RawDocument{}, ctx.Err()
	case workerOutOfMemory(stderr.String()):
		return RawDocument{}, fmt.Errorf("pdf worker: exceeded memory limit of %d MiB reading %s: %w", w.limits.MemoryBytes>>20, name, ErrDamaged)
	case errors.Is(rctx.Err(), context.DeadlineExceeded):
		return RawDocument{}, fmt.Errorf("pdf worker: killed after %v reading %s: %w", w.limits.Timeout, name, ErrDamaged)
	default:
		var detail string
		switch {
		case !errors.Is(readErr, io.EOF) && !errors.Is(readErr, io.ErrUnexpectedEOF):
			detail = readErr.Error() // it answered, but not in the protocol
		case waitErr != nil:
			detail = waitErr.Error()
		default:
			detail = "exited without answering"
		}
		if reason := workerCrashReason(stderr.String()); reason != "" {
			detail += ": " + reason
		}
		return RawDocument{}, fmt.Errorf("pdf worker: crashed reading %s: %s: %w", name, detail, ErrDamaged)
	}
}

// workerPipes readies cmd, not yet started, to run a worker child: its stdin and stdout piped,
// the tail of its stderr kept, and WaitDelay bounding the wait for pipes a grandchild might
// still hold.
func workerPipes(cmd *exec.Cmd) (stdin io.WriteCloser, stdout io.ReadCloser, stderr *workerTail, err error) {
	cmd.WaitDelay = 2 * time.Second
	if stdin, err = cmd.StdinPipe(); err != nil {
		return nil, nil, nil, fmt.Errorf("pdf worker: %w", err)
	}
	if stdout, err = cmd.StdoutPipe(); err != nil {
		return nil, nil, nil, fmt.Errorf("pdf worker: %w", err)
	}
	stderr = &workerTail{max: workerStderrTail}
	cmd.Stderr = stderr
	return stdin, stdout, stderr, nil
}

// workerOutOfMemory recognizes the Go runtime's death under the address-space limit ("address
// space collisions" is how a -race build dies there).
func workerOutOfMemory(stderr string) bool {
	for _, s := range []string{"out of memory", "cannot allocate memory", "address space collisions"} {
		if strings.Contains(stderr, s) {
			return true
		}
	}
	return false
}

// workerCrashReason picks the line of a child's stderr that says why it died: the Go runtime's
// "panic:" or "fatal error:" line, else the last line written.
func workerCrashReason(stderr string) string {
	var last string
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			return l
		}
		if l != "" {
			last = l
		}
	}
	return last
}

// workerTail keeps the first and last bytes written to it: a Go crash puts its reason first and a
// stack after it, and a stack can be long.
type workerTail struct {
	mu    sync.Mutex
	max   int
	head  []byte
	tail  []byte
	total int
}

func (t *workerTail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.total += len(p)
	if room := t.max/2 - len(t.head); room > 0 {
		t.head = append(t.head, p[:min(room, len(p))]...)
	}
	t.tail = append(t.tail, p...)
	if over := len(t.tail) - t.max/2; over > 0 {
		t.tail = append(t.tail[:0], t.tail[over:]...)
	}
	return len(p), nil
}

func (t *workerTail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.total <= len(t.head) {
		return string(t.head)
	}
	if rest := t.total - len(t.head); rest <= len(t.tail) {
		return string(t.head) + string(t.tail[len(t.tail)-rest:])
	}
	return string(t.head) + "\n…\n" + string(t.tail)
}
