package pdftext

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"sync"
	"time"
)

// PDFium's loop checks are what let a cancelled context stop a call that loops on a hostile file,
// and they cost half of a read's CPU (PdfiumOptions.Uninterruptible). A process boundary gives
// the same guarantee for nothing per call: the children of a PdfiumWorkerEngine run PDFium
// without the checks, serve document after document (starting one costs the compiled module's
// load, 0.15 s or more), and the parent kills the one whose document's time is up and starts
// another for the next document.

// PdfiumWorkerOptions configures NewPdfiumWorkerEngine.
type PdfiumWorkerOptions struct {
	// Workers is the number of child processes, each reading one document at a time; 0 means 2.
	Workers int
	// Timeout bounds one document's read when ctx has none sooner; 0 means 60 s.
	Timeout time.Duration
}

// PdfiumWorkerEngine reads PDFs with PDFium in long-lived child processes. It is safe for
// concurrent use: at most Workers reads run at once, the others wait for a child.
type PdfiumWorkerEngine struct {
	cmd     []string
	timeout time.Duration
	slots   chan struct{} // Workers tokens: a read holds one while it uses a child

	mu       sync.Mutex
	closed   bool
	idle     []*pdfiumChild            // started children no read holds, the last given back first
	children map[*pdfiumChild]struct{} // started and not yet waited for, for Close
}

// pdfiumChild is one child process and its pipes.
type pdfiumChild struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout io.ReadCloser
	stderr *workerTail
	// greeted is set once the child said its engine is ready.
	greeted bool
}

// NewPdfiumWorkerEngine returns an engine that reads in children started with cmd (for gbtrack:
// its own binary, []string{exe, "pdf-worker", "pdfium"}, whose main loop is ServePdfiumWorker).
// Children start in Start, or on first use, and end in Close.
// A document whose ctx is done, or whose read passes o.Timeout, ends with ctx.Err() or an error
// wrapping ErrDamaged, and its child is killed; a child that crashes fails its document with
// ErrDamaged. Errors the child's engine returns keep their sentinels across the boundary.
func NewPdfiumWorkerEngine(cmd []string, o PdfiumWorkerOptions) *PdfiumWorkerEngine {
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.Timeout <= 0 {
		o.Timeout = workerDefaultTimeout
	}
	e := &PdfiumWorkerEngine{
		cmd: append([]string(nil), cmd...), timeout: o.Timeout,
		slots: make(chan struct{}, o.Workers), children: map[*pdfiumChild]struct{}{},
	}
	return e
}

// Name returns "pdfium".
func (e *PdfiumWorkerEngine) Name() string { return "pdfium" }

// Close ends every child: an idle one exits when its stdin closes, one still reading is killed
// after a grace period. Reads after Close fail.
func (e *PdfiumWorkerEngine) Close() error {
	e.mu.Lock()
	e.closed = true
	children := make([]*pdfiumChild, 0, len(e.children))
	for c := range e.children {
		children = append(children, c)
	}
	e.children = map[*pdfiumChild]struct{}{}
	e.idle = nil
	e.mu.Unlock()
	for _, c := range children {
		c.stdin.Close()
		grace := time.AfterFunc(2*time.Second, func() { _ = c.cmd.Process.Kill() })
		_ = c.cmd.Wait()
		grace.Stop()
	}
	return nil
}

// start runs a new child; its engine is not known to be ready until ready returns.
func (e *PdfiumWorkerEngine) start() (*pdfiumChild, error) {
	if len(e.cmd) == 0 {
		return nil, errors.New("pdf worker: no command")
	}
	cmd := exec.Command(e.cmd[0], e.cmd[1:]...)
	c := &pdfiumChild{cmd: cmd}
	var err error
	if c.stdin, c.stdout, c.stderr, err = workerPipes(cmd); err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, errors.New("pdf worker: engine closed")
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("pdf worker: start %s: %w", e.cmd[0], err)
	}
	e.children[c] = struct{}{}
	return c, nil
}

// ready waits for c's greeting (ServeWorkerReady), once: its engine has started, or failed to.
// An error here is the engine's, not a document's.
func (c *pdfiumChild) ready() error {
	if c.greeted {
		return nil
	}
	var hello workerHello
	if err := workerReadFrame(c.stdout, &hello); err != nil {
		detail := err.Error()
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			detail = "exited before it was ready"
		}
		if reason := workerCrashReason(c.stderr.String()); reason != "" {
			detail += ": " + reason
		}
		return fmt.Errorf("pdf worker: %s", detail)
	}
	if hello.Err != "" {
		return fmt.Errorf("pdf worker: %s", hello.Err)
	}
	c.greeted = true
	return nil
}

// Start starts one child and waits until its engine is ready, so that a run pays the start-up
// up front and learns at once when PDFium cannot start. The other children start when a read
// first needs them, while this one reads: a run of one document starts one. ctx bounds the wait.
func (e *PdfiumWorkerEngine) Start(ctx context.Context) error {
	c, err := e.acquire(ctx)
	if err != nil {
		return err
	}
	defer func() { e.release(c) }()
	if c == nil {
		if c, err = e.start(); err != nil {
			return err
		}
	}
	stop := context.AfterFunc(ctx, func() { _ = c.cmd.Process.Kill() })
	err = c.ready()
	stop()
	if err != nil {
		e.stop(c)
		c = nil
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return err
}

// acquire waits for a read's turn and returns an idle child, or nil when none is started.
func (e *PdfiumWorkerEngine) acquire(ctx context.Context) (*pdfiumChild, error) {
	select {
	case e.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		<-e.slots
		return nil, errors.New("pdf worker: engine closed")
	}
	var c *pdfiumChild
	if n := len(e.idle); n > 0 {
		c, e.idle = e.idle[n-1], e.idle[:n-1]
	}
	return c, nil
}

// release ends a read's turn, giving back its child when it is still alive (not nil).
func (e *PdfiumWorkerEngine) release(c *pdfiumChild) {
	e.mu.Lock()
	if c != nil && !e.closed {
		e.idle = append(e.idle, c)
	}
	e.mu.Unlock()
	<-e.slots
}

// stop kills c and waits for it; it is not served again.
func (e *PdfiumWorkerEngine) stop(c *pdfiumChild) {
	_ = c.cmd.Process.Kill()
	_ = c.cmd.Wait()
	e.mu.Lock()
	delete(e.children, c)
	e.mu.Unlock()
}

// Read reads one document in an idle child, starting one when none is idle.
func (e *PdfiumWorkerEngine) Read(ctx context.Context, data []byte, password string) (RawDocument, error) {
	if err := ctx.Err(); err != nil {
		return RawDocument{}, err
	}
	c, err := e.acquire(ctx)
	if err != nil {
		return RawDocument{}, err
	}
	defer func() { e.release(c) }()
	if c == nil {
		if c, err = e.start(); err != nil {
			return RawDocument{}, err
		}
	}
	rctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	// One watcher a document, started only when the time is up: killing the child ends the
	// read below with a broken pipe.
	stopKill := context.AfterFunc(rctx, func() { _ = c.cmd.Process.Kill() })
	if err := c.ready(); err != nil {
		killed := !stopKill()
		e.stop(c)
		c = nil
		if ctx.Err() != nil {
			return RawDocument{}, ctx.Err()
		}
		if killed {
			return RawDocument{}, fmt.Errorf("pdf worker: not ready after %v: %w", e.timeout, ErrDamaged)
		}
		return RawDocument{}, err
	}
	var doc RawDocument
	var docErr error
	err = workerWriteFrame(c.stdin, workerRequest{Data: data, Password: password})
	if err == nil {
		doc, docErr, err = workerReadResponse(c.stdout)
	}
	killed := !stopKill()
	if err == nil && !killed {
		return doc, docErr
	}
	e.stop(c)
	name, reason := workerDocName(data), workerCrashReason(c.stderr.String())
	c = nil
	switch {
	case ctx.Err() != nil:
		return RawDocument{}, ctx.Err()
	case killed:
		return RawDocument{}, fmt.Errorf("pdf worker: killed after %v reading %s: %w", e.timeout, name, ErrDamaged)
	default:
		detail := "exited without answering"
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			detail = err.Error() // it answered, but not in the protocol
		}
		if reason != "" {
			detail += ": " + reason
		}
		return RawDocument{}, fmt.Errorf("pdf worker: crashed reading %s: %s: %w", name, detail, ErrDamaged)
	}
}

// workerHello is a child's first frame: its engine started, or why not.
type workerHello struct {
	Err string
}

// ServeWorkerReady starts an engine with start, tells the parent on stdout whether it did (the
// greeting NewPdfiumWorkerEngine's children owe), then serves it as ServeWorker does.
func ServeWorkerReady(ctx context.Context, stdin io.Reader, stdout io.Writer, start func() (Engine, error)) error {
	eng, err := start()
	if err != nil {
		if werr := workerWriteFrame(stdout, workerHello{Err: err.Error()}); werr != nil {
			return errors.Join(err, werr)
		}
		return err
	}
	defer eng.Close()
	if err := workerWriteFrame(stdout, workerHello{}); err != nil {
		return fmt.Errorf("pdf worker: greeting: %w", err)
	}
	return ServeWorker(ctx, stdin, stdout, eng)
}

// ServePdfiumWorker is the main loop of a NewPdfiumWorkerEngine child: PDFium with o and
// Uninterruptible set, served with ServeWorkerReady.
func ServePdfiumWorker(ctx context.Context, stdin io.Reader, stdout io.Writer, o PdfiumOptions) error {
	o.Uninterruptible = true
	return ServeWorkerReady(ctx, stdin, stdout, func() (Engine, error) {
		return NewPdfiumEngine(ctx, o)
	})
}
