package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// docExts are the extensions a folder walk picks up. A file named on the
// command line or in a manifest is taken whatever its name: its format is
// sniffed when it is fetched.
var docExts = []string{".pdf", ".html", ".htm"}

// ExpandOptions tune Expand. The zero value is usable.
type ExpandOptions struct {
	// Fetcher downloads manifests named by URL. Default: NewFetcher with
	// default options.
	Fetcher *Fetcher
	// ForceManifest reads every argument that is a file as a manifest,
	// whatever its name (the CLI's --manifest).
	ForceManifest    bool
	MaxManifestBytes int64 // default 4 MiB
	MaxDepth         int   // manifests listing manifests; default 8
	MaxSources       int   // default 100000
	// OutDir is the run's output folder. The entries in it for which Owned
	// is true are never read: a folder walk skips them, and a file named
	// among them fails with ErrInOutput. "" or a nil Owned skip nothing.
	OutDir string
	Owned  func(name string) bool
}

// ErrNoDocuments is returned for a folder with no PDF or HTML file in it.
var ErrNoDocuments = errors.New("no .pdf, .html or .htm file")

// Expand turns command-line arguments into the ordered list of documents to
// read: a file is itself, a folder every .pdf/.html/.htm under it (sorted by
// path, hidden files and folders skipped), a URL itself, a manifest the
// sources it lists, expanded in turn. Duplicates are dropped, the first
// kept. Errors for all arguments are joined; the sources that did expand are
// returned with them so the caller may choose to go on.
func Expand(ctx context.Context, args []string, opts ExpandOptions) ([]Source, error) {
	if opts.MaxManifestBytes <= 0 {
		opts.MaxManifestBytes = 4 << 20
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = 8
	}
	if opts.MaxSources <= 0 {
		opts.MaxSources = 100000
	}
	e := &expander{opts: opts, seen: make(map[string]bool), open: make(map[string]bool)}
	if opts.OutDir != "" && opts.Owned != nil {
		if fi, err := os.Stat(opts.OutDir); err == nil && fi.IsDir() {
			e.outInfo = fi
			e.isOut = make(map[string]bool)
		}
	}
	var errs []error
	for _, a := range args {
		if err := ctx.Err(); err != nil {
			errs = append(errs, err)
			break
		}
		kind, err := classify(a)
		if err != nil {
			errs = append(errs, &Error{Source: Redact(a), Op: "expand", Err: err})
			continue
		}
		if err := e.expand(ctx, Source{Ref: a, Kind: kind}, 0, opts.ForceManifest); err != nil {
			errs = append(errs, err)
		}
	}
	return e.out, errors.Join(errs...)
}

type expander struct {
	opts    ExpandOptions
	fetcher *Fetcher
	seen    map[string]bool // dedup keys of sources already listed
	open    map[string]bool // manifests being read, against cycles
	out     []Source
	outInfo fs.FileInfo     // the output folder, nil when nothing is excluded
	isOut   map[string]bool // folders already compared with outInfo
}

// outDir reports whether dir is the output folder, whatever its spelling.
func (e *expander) outDir(dir string) bool {
	if e.outInfo == nil {
		return false
	}
	is, ok := e.isOut[dir]
	if !ok {
		fi, err := os.Stat(dir)
		is = err == nil && os.SameFile(fi, e.outInfo)
		e.isOut[dir] = is
	}
	return is
}

// inOutput reports whether path is one of the output folder's own entries
// or inside one (DIR/report.pdf, DIR/runs/ID/report.pdf, DIR/.cache/...).
func (e *expander) inOutput(path string) bool {
	if e.outInfo == nil {
		return false
	}
	p, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for {
		parent := filepath.Dir(p)
		if parent == p {
			return false
		}
		if e.opts.Owned(filepath.Base(p)) && e.outDir(parent) {
			return true
		}
		p = parent
	}
}

func (e *expander) add(s Source) error {
	if s.Kind == KindFile && e.inOutput(s.Ref) {
		return &Error{Source: s.Ref, Op: "expand", Err: ErrInOutput}
	}
	k := dedupKey(s)
	if e.seen[k] {
		return nil
	}
	if len(e.out) >= e.opts.MaxSources {
		return &Error{Source: Redact(s.Ref), Op: "expand", Err: fmt.Errorf("more than %d sources", e.opts.MaxSources)}
	}
	e.seen[k] = true
	e.out = append(e.out, s)
	return nil
}

// expand adds src, reading it as a manifest or walking it as a folder when it
// is one.
func (e *expander) expand(ctx context.Context, src Source, depth int, asManifest bool) error {
	if src.Kind == KindURL {
		if asManifest || isManifestName(src.Ref) {
			return e.manifest(ctx, src, depth)
		}
		return e.add(src)
	}
	fi, err := os.Stat(src.Ref)
	if err != nil {
		return &Error{Source: src.Ref, Op: "expand", Err: unwrapPathError(err)}
	}
	switch {
	case fi.IsDir():
		return e.folder(ctx, src.Ref)
	case asManifest || isManifestName(src.Ref):
		return e.manifest(ctx, src, depth)
	case fi.Mode().IsRegular():
		return e.add(src)
	default:
		return &Error{Source: src.Ref, Op: "expand", Err: fmt.Errorf("not a regular file (%s)", describeMode(fi.Mode()))}
	}
}

// unwrapPathError drops the path os puts in its errors, since ours says it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (e *expander) folder(ctx context.Context, root string) error {
	var paths []string
	var errs []error
	// WalkDir does not follow a symlinked root; a trailing separator makes
	// the system resolve it, and WalkDir's joins clean the separator away
	// so paths still start with root as given.
	walkRoot := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator)
	}
	// skipped lists, in walk order, the entries that look like documents
	// but are not read: each gets its own error, so every input is
	// accounted for.
	var skipped []error
	skip := func(p, why string) {
		skipped = append(skipped, &Error{Source: p, Op: "expand", Err: errors.New(why)})
	}
	walkErr := filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			errs = append(errs, &Error{Source: p, Op: "expand", Err: unwrapPathError(err)})
			return nil
		}
		if p != walkRoot && (strings.HasPrefix(d.Name(), ".") || e.opts.Owned != nil && e.opts.Owned(d.Name()) && e.outDir(filepath.Dir(p))) {
			// Hidden entries, and the output folder's own files when
			// the output folder is inside the input folder.
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// A symlink counts when it leads to a regular file; WalkDir
			// does not follow links to folders, which keeps loops out.
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				if hasDocExt(d.Name()) {
					skip(p, "dangling symbolic link")
				}
				return nil
			case fi.IsDir():
				skip(p, "symbolic link to a folder: not followed")
				return nil
			case !hasDocExt(d.Name()):
				return nil
			case !fi.Mode().IsRegular():
				skip(p, fmt.Sprintf("not a regular file (%s)", describeMode(fi.Mode())))
				return nil
			}
		} else if !hasDocExt(d.Name()) {
			return nil
		} else if !d.Type().IsRegular() {
			skip(p, fmt.Sprintf("not a regular file (%s)", describeMode(d.Type())))
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if walkErr != nil {
		errs = append(errs, walkErr)
	}
	sort.Strings(paths)
	errs = append(errs, skipped...)
	if len(paths) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{Source: root, Op: "expand", Err: ErrNoDocuments})
	}
	for _, p := range paths {
		if err := e.add(Source{Ref: p, Kind: KindFile}); err != nil {
			errs = append(errs, err)
			break
		}
	}
	return errors.Join(errs...)
}

// describeMode names a file type for a person.
func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeIrregular != 0:
		return "irregular file"
	}
	return m.Type().String()
}

func hasDocExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, d := range docExts {
		if ext == d {
			return true
		}
	}
	return false
}

func (e *expander) manifest(ctx context.Context, src Source, depth int) error {
	name := Redact(src.Ref)
	if depth >= e.opts.MaxDepth {
		return &Error{Source: name, Op: "expand", Err: fmt.Errorf("manifests nested more than %d deep", e.opts.MaxDepth)}
	}
	key := dedupKey(src)
	if e.open[key] {
		return &Error{Source: name, Op: "expand", Err: errors.New("manifest lists itself")}
	}
	e.open[key] = true
	defer delete(e.open, key)

	var data []byte
	var err error
	remote := src.Kind == KindURL
	base := ""
	if remote {
		if e.fetcher == nil {
			e.fetcher = e.opts.Fetcher
			if e.fetcher == nil {
				e.fetcher = NewFetcher(FetchOptions{})
			}
		}
		if err = e.fetcher.checkListed(ctx, src); err == nil {
			data, _, err = e.fetcher.get(ctx, src.Ref, e.opts.MaxManifestBytes)
		}
	} else {
		base = filepath.Dir(src.Ref)
		data, err = readFileCapped(ctx, src.Ref, e.opts.MaxManifestBytes)
		err = unwrapPathError(err)
	}
	if err != nil {
		return &Error{Source: name, Op: "read manifest", Err: err}
	}
	if f := Sniff(data); f != FormatText && f != FormatEmpty {
		return &Error{Source: name, Op: "read manifest", Err: fmt.Errorf("%w: %s, not a list of sources", ErrUnknownFormat, Describe(data))}
	}
	entries, perr := parseManifest(data, name, base, remote)
	errs := []error{perr}
	for _, s := range entries {
		if err := e.expand(ctx, s, depth+1, false); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// dedupKey identifies a source regardless of spelling: an absolute clean
// path for files, CanonicalURL for URLs.
func dedupKey(s Source) string {
	if s.Kind == KindURL {
		return "url:" + CanonicalURL(s.Ref)
	}
	p, err := filepath.Abs(s.Ref)
	if err != nil {
		p = filepath.Clean(s.Ref)
	}
	return "file:" + p
}

// CanonicalURL writes one spelling of a URL: scheme and host lower-case, the
// default port and the fragment dropped, an empty path written "/". A string
// that does not parse as a URL is returned as it is.
func CanonicalURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if u.Scheme == "http" && strings.HasSuffix(u.Host, ":80") || u.Scheme == "https" && strings.HasSuffix(u.Host, ":443") {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
