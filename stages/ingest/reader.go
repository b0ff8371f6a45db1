package ingest

import (
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

// stageName is the Stage field of every diagnostic this package records.
const stageName = "ingest"

// ErrStrict is wrapped by the error that Open, Next or Process return in
// strict mode for the first warning.
var ErrStrict = errors.New("ingest: warning in strict mode")

// ErrUnsupported is returned by Open for a path that is neither a directory,
// a JSON Lines file nor a document file.
var ErrUnsupported = errors.New("ingest: unsupported input")

// Options configures Open and NewSegmenter. The zero value is useful.
type Options struct {
	// Logger receives one record per warning; nil discards them.
	Logger *slog.Logger
	// Strict turns the first warning into an error wrapping ErrStrict;
	// false (the default) records warnings and goes on.
	Strict bool
	// KeepDuplicates makes the Reader deliver a document whose decoded text
	// equals an earlier document's. By default (false) the Reader delivers
	// the first only and records a warning naming both.
	KeepDuplicates bool
}

func (o Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// A Reader yields the documents of one input; it implements
// pipeline.Source. It is not safe for concurrent use.
type Reader struct {
	opts  Options
	log   *slog.Logger
	src   source
	diags []pipeline.Diag
	err   error // sticky: a fatal error, or the strict-mode error
	eof   bool
	// seen maps a digest of each delivered document's text to the
	// document, to recognize duplicates (nil with KeepDuplicates). It is
	// the one structure that grows with the input: about 100 bytes a
	// document.
	seen map[textDigest]docRef
	hash hash.Hash
	buf  []byte // scratch for hashing
	prog meter  // see Progress
}

// textDigest is the first half of the SHA-256 of a document's text.
type textDigest [16]byte

// docRef names a delivered document.
type docRef struct{ id, path string }

// A source is one kind of input. next returns the next item, nil and no
// error for an input record that was skipped, or io.EOF.
type source interface {
	next(r *Reader) (*pipeline.Item, error)
	close() error
}

// Open returns a Reader over path: a directory (walked recursively), a JSON
// Lines file (.jsonl or .jsonl.gz), or a single document file (.txt, .md,
// .html, .htm). Problems with the input as a whole (it cannot be opened, a
// gzip header is bad) are returned; problems with single records are
// warnings (see Diags), or with opts.Strict an error wrapping ErrStrict.
func Open(path string, opts Options) (*Reader, error) {
	r := &Reader{opts: opts, log: opts.logger()}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: open %s: %w", path, err)
	}
	lower := strings.ToLower(path)
	switch {
	case fi.IsDir():
		r.src, err = openDir(r, path)
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".jsonl.gz"):
		r.src, err = openJSONL(path, &r.prog)
	case isDocName(filepath.Base(path)):
		r.src, err = openFile(path)
		r.prog.total.Store(1)
	default:
		return nil, fmt.Errorf("ingest: open %s: %w (want a directory, .jsonl, .jsonl.gz, .txt, .md, .html or .htm)", path, ErrUnsupported)
	}
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		r.src.close()
		return nil, r.err
	}
	r.log.Debug("ingest: opened input", "path", path)
	return r, nil
}

// Next returns the next document as a new Item, or io.EOF after the last.
// Skipped records are reported through Diags and do not end the stream.
func (r *Reader) Next(ctx context.Context) (*pipeline.Item, error) {
	for {
		switch {
		case r.err != nil:
			return nil, r.err
		case r.eof:
			return nil, io.EOF
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		it, err := r.src.next(r)
		switch {
		case r.err != nil:
			return nil, r.err
		case errors.Is(err, io.EOF):
			r.eof = true
		case err != nil:
			r.err = err
		case it != nil:
			if r.duplicate(it) {
				continue
			}
			return it, nil
		}
	}
}

// duplicate reports whether the text of it equals that of a document
// already delivered; if so it records a warning naming both and keeps the
// warnings of it with the reader.
func (r *Reader) duplicate(it *pipeline.Item) bool {
	if r.opts.KeepDuplicates {
		return false
	}
	if r.hash == nil {
		r.hash, r.buf = sha256.New(), make([]byte, 32<<10)
	}
	r.hash.Reset()
	for s := it.Doc.Text; s != ""; {
		n := copy(r.buf, s)
		r.hash.Write(r.buf[:n])
		s = s[n:]
	}
	var key textDigest
	copy(key[:], r.hash.Sum(r.buf[:0]))
	first, ok := r.seen[key]
	if !ok {
		if r.seen == nil {
			r.seen = map[textDigest]docRef{}
		}
		r.seen[key] = docRef{id: it.Doc.ID, path: it.Doc.Path}
		return false
	}
	if !r.opts.Strict {
		r.diags = append(r.diags, it.Diags...)
	}
	r.report(nil, pipeline.Diag{Severity: pipeline.Warning, Stage: stageName, Path: it.Doc.Path,
		Msg: fmt.Sprintf("document %q has the same text as document %q (%s): processed once, as %q", it.Doc.ID, first.id, first.path, first.id)})
	return true
}

// Diags returns the warnings not carried by a delivered item, sorted by
// file, line number and message. The list is complete once Next has
// returned io.EOF.
func (r *Reader) Diags() []pipeline.Diag {
	ds := slices.Clone(r.diags)
	slices.SortStableFunc(ds, compareDiags)
	return ds
}

// Close releases the input. It is safe to call more than once.
func (r *Reader) Close() error {
	if r.src == nil {
		return nil
	}
	err := r.src.close()
	r.src = closedSource{}
	return err
}

type closedSource struct{}

func (closedSource) next(*Reader) (*pipeline.Item, error) { return nil, io.EOF }
func (closedSource) close() error                         { return nil }

// warnf makes a warning for path (a file, or file:line when line > 0).
func warnf(file string, line int, format string, args ...any) pipeline.Diag {
	path := file
	if line > 0 {
		path = file + ":" + strconv.Itoa(line)
	}
	return pipeline.Diag{Severity: pipeline.Warning, Stage: stageName, Path: path, Msg: fmt.Sprintf(format, args...)}
}

// report records warnings: on it when the item is delivered, on the reader
// otherwise (it == nil). In strict mode the first one becomes the reader's
// error, and all of them stay with the reader.
func (r *Reader) report(it *pipeline.Item, ds ...pipeline.Diag) {
	for _, d := range ds {
		r.log.Warn(d.Msg, "path", d.Path, "stage", d.Stage)
		if it != nil && !r.opts.Strict {
			it.Diags = append(it.Diags, d)
		} else {
			r.diags = append(r.diags, d)
		}
		if r.opts.Strict && r.err == nil {
			r.err = fmt.Errorf("%s: %s: %w", d.Path, d.Msg, ErrStrict)
		}
	}
}

// compareDiags orders diagnostics by file, then line number (numerically),
// then message: a total order for equal-path-and-message duplicates too,
// since those are identical.
func compareDiags(a, b pipeline.Diag) int {
	af, al := splitPath(a.Path)
	bf, bl := splitPath(b.Path)
	return cmp.Or(strings.Compare(af, bf), cmp.Compare(al, bl), strings.Compare(a.Msg, b.Msg),
		strings.Compare(a.Stage, b.Stage), strings.Compare(string(a.Severity), string(b.Severity)))
}

// splitPath splits "file:12" into "file" and 12; a path with no line number
// has line 0.
func splitPath(p string) (string, int) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 {
		return p, 0
	}
	n, err := strconv.Atoi(p[i+1:])
	if err != nil || n < 0 {
		return p, 0
	}
	return p[:i], n
}
