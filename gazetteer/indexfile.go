package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// The key index of the embedded table, as the generator (internal/gen)
// writes it beside the table: building it at load — normalizing some
// 170,000 names into keys, a map of all keys and their prefixes, sorting
// each key's entries — was about 1.5% of the CPU of a 20,000-article run;
// decoding it costs a tenth of that. The file is made from the table and
// the alias table by IndexFile, and records their checksums: a table or
// alias table changed without regenerating the index is indexed as before,
// by build (TestEmbeddedIndexCurrent fails until `make gazetteer` is run).
//
//go:embed data/index.bin.gz
var indexGz []byte

// indexMagic opens an index file (after gzip); the version changes with
// the format.
const indexMagic = "geotimeline-gazetteer-index-v1\n"

// errIndex is wrapped by errors about a malformed index file.
var errIndex = errors.New("gazetteer: malformed index file")

// IndexFile returns the index file of a table in the embedded format
// (gzip-compressed, as data/places.tsv.gz) and an alias table (as
// data/aliases.tsv): the generator writes it as data/index.bin.gz, and the
// embedded gazetteer is indexed from it instead of building its key index
// at every start. The result is a pure function of the two inputs.
func IndexFile(placesGz, aliasesTSV []byte) ([]byte, error) {
	entries, refs, err := parseEmbedded(placesGz, aliasesTSV)
	if err != nil {
		return nil, err
	}
	g := build(entries, refs)
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(g.appendIndex(nil, sourceSums(placesGz, aliasesTSV), len(entries), len(refs))); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return gz.Bytes(), nil
}

// sourceSums returns the checksums that tie an index file to its table and
// alias table.
func sourceSums(placesGz, aliasesTSV []byte) [2]uint32 {
	return [2]uint32{crc32.ChecksumIEEE(placesGz), crc32.ChecksumIEEE(aliasesTSV)}
}

// appendIndex appends the index file's contents (before gzip) for g, built
// from numEntries entries and numRefs further names of tables with the
// checksums sums: indexMagic, then unsigned varints — the sums, numEntries,
// numRefs, numKeys, the number of index strings and maxKey; each string's
// length, then the strings end to end; the number of keys that are also
// prefixes of longer keys and their key numbers, each as the difference
// from the previous one; for each key, its number of entries, then all
// keys' entry indices; the number of keys with curated entries and for each
// the difference of its key number from the previous one and its count.
func (g *Gazetteer) appendIndex(b []byte, sums [2]uint32, numEntries, numRefs int) []byte {
	u := func(v int) { b = binary.AppendUvarint(b, uint64(v)) }
	b = append(b, indexMagic...)
	u(int(sums[0]))
	u(int(sums[1]))
	u(numEntries)
	u(numRefs)
	u(g.numKeys)
	u(len(g.index.ends))
	u(g.maxKey)
	start := uint32(0)
	for _, end := range g.index.ends {
		u(int(end - start))
		start = end
	}
	b = append(b, g.index.arena...)
	var prefixKeys []int
	for k, v := range g.index.vals[:g.numKeys] {
		if v&1 != 0 {
			prefixKeys = append(prefixKeys, k)
		}
	}
	u(len(prefixKeys))
	prev := 0
	for _, k := range prefixKeys {
		u(k - prev)
		prev = k
	}
	for k := range g.numKeys {
		u(int(g.keyOff[k+1] - g.keyOff[k]))
	}
	for _, e := range g.ids {
		u(int(e))
	}
	var curated []int
	for k, c := range g.curated {
		if c != 0 {
			curated = append(curated, k)
		}
	}
	u(len(curated))
	prev = 0
	for _, k := range curated {
		u(k - prev)
		u(int(g.curated[k]))
		prev = k
	}
	return b
}

// fromIndex indexes entries and refs, parsed from tables with the checksums
// sums, by the gzip-compressed index file gz. It reports false, without an
// error, when gz was made from other tables (then build indexes them); a
// file made from these tables that does not decode is an error.
func fromIndex(gz []byte, sums [2]uint32, entries []Entry, refs []nameRef) (*Gazetteer, bool, error) {
	data, err := gunzip(gz)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %w", errIndex, err)
	}
	return decodeIndex(data, sums, entries, refs)
}

// decodeIndex is fromIndex for the index file's contents after gzip.
func decodeIndex(data []byte, sums [2]uint32, entries []Entry, refs []nameRef) (*Gazetteer, bool, error) {
	d := indexDecoder{data: data}
	if !d.magic() {
		return nil, false, fmt.Errorf("%w: no %q header", errIndex, indexMagic[:len(indexMagic)-1])
	}
	if d.uint() != uint64(sums[0]) || d.uint() != uint64(sums[1]) || d.int() != len(entries) || d.int() != len(refs) {
		if d.err != nil {
			return nil, false, fmt.Errorf("%w: %w", errIndex, d.err)
		}
		return nil, false, nil // another table's index
	}
	g := &Gazetteer{entries: newEntryTable(entries), names: newNameList(refs)}
	g.numKeys = d.int()
	numStrs := d.int()
	g.maxKey = d.int()
	if d.err != nil || g.numKeys > numStrs || numStrs > len(d.data) {
		return nil, false, fmt.Errorf("%w: counts", errIndex)
	}
	ends := make([]uint32, numStrs)
	end := 0
	for i := range ends {
		end += d.int()
		ends[i] = uint32(end)
	}
	arena := d.bytes(end)
	vals := make([]int32, numStrs)
	for k := range g.numKeys {
		vals[k] = int32(k) << 1
	}
	for i := g.numKeys; i < numStrs; i++ {
		vals[i] = -1
	}
	k := 0
	for n := d.int(); n > 0 && d.err == nil; n-- {
		k += d.int()
		if k >= g.numKeys {
			return nil, false, fmt.Errorf("%w: prefix key %d", errIndex, k)
		}
		vals[k] |= 1
	}
	g.keyOff = make([]int32, g.numKeys+1)
	n := 0
	for k := range g.numKeys {
		if n += d.int(); n > len(d.data) {
			return nil, false, fmt.Errorf("%w: entry counts", errIndex)
		}
		g.keyOff[k+1] = int32(n)
	}
	g.ids = make([]int32, n)
	for i := range g.ids {
		e := d.int()
		if e >= len(entries) {
			return nil, false, fmt.Errorf("%w: entry %d", errIndex, e)
		}
		g.ids[i] = int32(e)
	}
	g.curated = make([]uint8, g.numKeys)
	k = 0
	for n := d.int(); n > 0 && d.err == nil; n-- {
		k += d.int()
		c := d.int()
		if k >= g.numKeys || c > 255 {
			return nil, false, fmt.Errorf("%w: curated key %d", errIndex, k)
		}
		g.curated[k] = uint8(c)
	}
	if d.err != nil {
		return nil, false, fmt.Errorf("%w: %w", errIndex, d.err)
	}
	if len(d.data) != 0 {
		return nil, false, fmt.Errorf("%w: %d bytes after the end", errIndex, len(d.data))
	}
	g.index = newKeyIndexArena(string(arena), ends, vals)
	return g, true, nil
}

// gunzip returns the contents of the gzip data gz, read into a buffer of
// the size its trailer gives.
func gunzip(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	size := 0
	if n := len(gz); n >= 4 {
		size = int(binary.LittleEndian.Uint32(gz[n-4:]))
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+512))
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// An indexDecoder reads an index file; the first error sticks, and reads
// after it return zero.
type indexDecoder struct {
	data []byte
	err  error
}

func (d *indexDecoder) magic() bool {
	ok := bytes.HasPrefix(d.data, []byte(indexMagic))
	if ok {
		d.data = d.data[len(indexMagic):]
	}
	return ok
}

func (d *indexDecoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data)
	if n <= 0 {
		d.err = io.ErrUnexpectedEOF
		return 0
	}
	d.data = d.data[n:]
	return v
}

// int reads a varint that must fit an int32.
func (d *indexDecoder) int() int {
	v := d.uint()
	if v > 1<<31-1 {
		d.err = fmt.Errorf("value %d out of range", v)
		return 0
	}
	return int(v)
}

func (d *indexDecoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.data) {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}
