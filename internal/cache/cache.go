package cache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"

	"geotimeline/internal/binenc"
	"geotimeline/pipeline"
)

// ErrNoVersion is returned by Open when Options.Version is empty: without a
// version, entries written by one program would be read by another.
var ErrNoVersion = errors.New("cache: no version")

// Options configures a Cache.
type Options struct {
	// Version names everything other than the document that decides what the
	// wrapped stages produce (see the package documentation). Required.
	Version string
	// Logger receives warnings about unreadable entries and failed writes;
	// nil means discard.
	Logger *slog.Logger
}

// A Key identifies one document's entry: a SHA-256 over the stored layout,
// the version and the document.
type Key [sha256.Size]byte

// String returns the key in hex.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// Stats counts what a Cache did.
type Stats struct {
	Hits        int64 // documents restored from an entry
	Misses      int64 // documents processed by the stages (including Bad and uncacheable ones)
	Bad         int64 // entries found but unreadable, recomputed and rewritten
	WriteErrors int64 // entries that could not be written
	Uncacheable int64 // documents processed but not stored (the stages changed Item.Doc, or the item arrived with stage output)
}

// A Cache stores the per-document stages' results in a directory. It is
// safe for concurrent use.
type Cache struct {
	dir    string
	prefix [sha256.Size]byte // SHA-256 of the layout and the version
	log    *slog.Logger
	codecs *codecs

	hits, misses, bad, writeErrs, uncacheable atomic.Int64
	warnedWrite                               atomic.Bool
}

// Open returns a cache over dir, which it creates if needed.
func Open(dir string, opts Options) (*Cache, error) {
	if opts.Version == "" {
		return nil, ErrNoVersion
	}
	cs, err := loadCodecs()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache directory: %w", err)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := sha256.New()
	fmt.Fprintf(h, "geotimeline cache\x00%s\x00%s\x00%s\x00", magic, cs.layout, opts.Version)
	c := &Cache{dir: dir, log: log, codecs: cs}
	h.Sum(c.prefix[:0])
	return c, nil
}

// Stats returns the counts so far.
func (c *Cache) Stats() Stats {
	return Stats{Hits: c.hits.Load(), Misses: c.misses.Load(), Bad: c.bad.Load(),
		WriteErrors: c.writeErrs.Load(), Uncacheable: c.uncacheable.Load()}
}

// Key returns the key of doc's entry.
func (c *Cache) Key(doc pipeline.Document) Key {
	text := doc.Text
	doc.Text = ""
	h := sha256.New()
	h.Write(c.prefix[:])
	h.Write(c.codecs.doc.Append(nil, reflect.ValueOf(doc)))
	var n [binary.MaxVarintLen64]byte
	h.Write(n[:binary.PutUvarint(n[:], uint64(len(text)))])
	io.WriteString(h, text)
	var k Key
	h.Sum(k[:0])
	return k
}

// path returns where k's entry lives.
func (c *Cache) path(k Key) string {
	s := k.String()
	return filepath.Join(c.dir, s[:2], s+".gtc")
}

// Wrap returns one stage, named "cache", that runs stages in order on a
// miss and restores their results on a hit.
func (c *Cache) Wrap(stages []pipeline.Stage) pipeline.Stage {
	return &stage{c: c, inner: stages}
}

type stage struct {
	c     *Cache
	inner []pipeline.Stage
}

func (s *stage) Name() string { return "cache" }

func (s *stage) Process(ctx context.Context, it *pipeline.Item) error {
	c := s.c
	if !fresh(it) {
		c.misses.Add(1)
		c.uncacheable.Add(1)
		return s.runInner(ctx, it)
	}
	k := c.Key(it.Doc)
	p := c.path(k)
	switch e, err := c.read(p, k); {
	case err == nil:
		c.hits.Add(1)
		e.restore(it)
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		c.bad.Add(1)
		c.log.Warn("cache: unreadable entry; processing the document again", "doc", it.Doc.Path, "entry", p, "err", err)
	}
	c.misses.Add(1)
	doc := it.Doc
	nd := len(it.Diags)
	if err := s.runInner(ctx, it); err != nil {
		return err
	}
	if it.Doc != doc {
		c.uncacheable.Add(1)
		return nil
	}
	if err := c.write(p, k, capture(it, nd)); err != nil {
		c.writeErrs.Add(1)
		if !c.warnedWrite.Swap(true) {
			c.log.Warn("cache: cannot write entries; the run goes on uncached (further failures are only counted)", "err", err)
		}
	}
	return nil
}

func (s *stage) runInner(ctx context.Context, it *pipeline.Item) error {
	for _, st := range s.inner {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := st.Process(ctx, it); err != nil {
			return fmt.Errorf("%s: %w", st.Name(), err)
		}
	}
	return nil
}

// fresh reports whether it holds nothing a stage fills in, so that its
// results depend on its document alone.
func fresh(it *pipeline.Item) bool {
	return it.Paragraphs == nil && it.Sentences == nil && it.DocDate == (pipeline.DocDate{}) &&
		it.Dates == nil && it.Places == nil && it.Events == nil
}

// entry is what is stored for one document.
type entry struct {
	Paragraphs []pipeline.Span
	Sentences  []pipeline.Sentence
	DocDate    pipeline.DocDate
	Dates      []pipeline.DateMention
	Places     []pipeline.PlaceMention
	Events     []pipeline.Event // Doc.Text cleared where it was the item's text
	TextElided []bool           // per event: Doc.Text was the item's text
	Diags      []pipeline.Diag  // those the stages added
}

// capture returns the entry for it, whose first nd diagnostics came before
// the stages.
func capture(it *pipeline.Item, nd int) *entry {
	e := &entry{Paragraphs: it.Paragraphs, Sentences: it.Sentences, DocDate: it.DocDate,
		Dates: it.Dates, Places: it.Places, Diags: it.Diags[nd:]}
	if it.Events != nil {
		e.Events = make([]pipeline.Event, len(it.Events))
		e.TextElided = make([]bool, len(it.Events))
		for i, ev := range it.Events {
			if ev.Doc.Text == it.Doc.Text && ev.Doc.Text != "" {
				ev.Doc.Text = ""
				e.TextElided[i] = true
			}
			e.Events[i] = ev
		}
	}
	if len(e.Diags) == 0 {
		e.Diags = nil
	}
	return e
}

// restore fills it from e.
func (e *entry) restore(it *pipeline.Item) {
	it.Paragraphs, it.Sentences, it.DocDate = e.Paragraphs, e.Sentences, e.DocDate
	it.Dates, it.Places, it.Events = e.Dates, e.Places, e.Events
	for i := range it.Events {
		if i < len(e.TextElided) && e.TextElided[i] {
			it.Events[i].Doc.Text = it.Doc.Text
		}
	}
	it.Diags = append(it.Diags, e.Diags...)
}

// errCorrupt marks an entry file that cannot be used.
var errCorrupt = errors.New("cache: corrupt entry")

// The entry file: magic, key, CRC-32C of the payload (little endian), payload.
const magic = "geotimeline-cache/1\n"

const headerLen = len(magic) + sha256.Size + 4

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// codecs are the compiled codecs for the stored types.
type codecs struct {
	entry, doc *binenc.Codec
	layout     string
}

// loadCodecs compiles the codecs once per process.
var loadCodecs = sync.OnceValues(func() (*codecs, error) {
	et, dt := reflect.TypeFor[entry](), reflect.TypeFor[pipeline.Document]()
	e, err := binenc.Compile(et)
	if err != nil {
		return nil, err
	}
	d, err := binenc.Compile(dt)
	if err != nil {
		return nil, err
	}
	return &codecs{entry: e, doc: d, layout: binenc.Layout(et) + "\x00" + binenc.Layout(dt)}, nil
})

// encode returns the entry file for k and e.
func (c *Cache) encode(k Key, e *entry) []byte {
	b := make([]byte, headerLen, 4096)
	copy(b, magic)
	copy(b[len(magic):], k[:])
	b = c.codecs.entry.Append(b, reflect.ValueOf(e).Elem())
	binary.LittleEndian.PutUint32(b[len(magic)+sha256.Size:], crc32.Checksum(b[headerLen:], castagnoli))
	return b
}

// decode parses an entry file for k.
func (c *Cache) decode(b []byte, k Key) (*entry, error) {
	if len(b) < headerLen || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad header", errCorrupt)
	}
	if !bytes.Equal(b[len(magic):len(magic)+sha256.Size], k[:]) {
		return nil, fmt.Errorf("%w: entry of another key", errCorrupt)
	}
	payload := b[headerLen:]
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(b[len(magic)+sha256.Size:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errCorrupt)
	}
	e := new(entry)
	if err := c.codecs.entry.Decode(payload, reflect.ValueOf(e).Elem()); err != nil {
		return nil, err
	}
	return e, nil
}

// read returns the entry at p for k; an error wrapping fs.ErrNotExist means
// there is none.
func (c *Cache) read(p string, k Key) (*entry, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return c.decode(b, k)
}

// write stores e at p: a temporary file in p's shard renamed into place.
func (c *Cache) write(p string, k Key, e *entry) error {
	b := c.encode(k, e)
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache entry %s: %w", p, err)
	}
	return nil
}
