// Package cache makes re-runs incremental: it wraps the per-document stages
// in one pipeline.Stage that looks each document up in a directory of stored
// results before doing any work, so that re-running over a corpus after
// adding one article processes only that article, and gives the same outputs
// as a clean run.
//
// # What goes in, what comes out
//
// Open(dir, Options{Version: v}) returns a Cache; Cache.Wrap(stages) returns
// the stage, named "cache", to run in their place. For each item the wrapper computes a key,
// the SHA-256 of
//
//   - the layout of the stored types (field names and kinds of pipeline.Item
//     and everything it holds, walked by reflection), so that a change to the
//     domain types never reads old entries as new ones;
//   - Options.Version, an opaque string the caller builds to name everything
//     other than the document that decides what the stages produce: the
//     program (code and embedded data), the gazetteer files, the stage list;
//   - every field of the item's pipeline.Document, Text included (all fields
//     are encoded by reflection, so a field added to Document is keyed
//     without a change here).
//
// On a hit the wrapper restores Paragraphs, Sentences, DocDate, Dates, Places,
// Events and the Diags the stages added, and runs no stage. On a miss it runs
// the inner stages in order and stores what they filled in. Events are stored
// without their copy of the document text (Event.Doc.Text), which is restored
// from the input document.
//
// # Invalidation
//
// The cache cannot see code: it is exactly as good as Options.Version. The
// geotimeline command builds the version from the program's own bytes (a
// SHA-256 of its executable, which holds every stage's code and every
// embedded lexicon and gazetteer table), its version constant and build
// information, the number of gazetteer entries, the SHA-256 of the -gazetteer
// and -overrides files, and the names of the stages. Any rebuild that changes
// the binary therefore starts a fresh set of entries; old entries are never
// read again and may be deleted (the directory can be removed at any time).
// What the version does not name is assumed not to change the output: the
// worker count, the logger, -strict (which acts on the reader and on the
// report, not on the stages). A caller that wires stages taking other inputs
// must add them to the version.
//
// The wrapper stores an item only when the stages left Item.Doc as they found
// it and the item arrived with no stage output filled in; otherwise the
// result depends on more than the key and is passed through uncached.
//
// # Storage
//
// Entries live in dir/ab/abcdef….gtc, sharded by the first two hex digits of
// the key. An entry holds a magic string, the full key, a CRC-32C of the
// payload and the payload, a compact binary encoding of the stored fields
// (compiled once per type by reflection; float64 values are stored bit for
// bit, nil and empty slices are kept apart, and a string that recurs in an
// entry — a place name, the document's metadata in every event — is stored
// once). An entry takes about as many bytes as its document's text. Each
// entry is written to a temporary file in its shard and renamed into place,
// so readers see a whole entry or none, and several processes may share a
// directory; entries are not fsynced, so after a crash an entry may be empty
// or truncated, which the check catches, and a temporary file (.tmp-*) may
// be left in a shard, which nothing reads. Nothing is ever evicted.
//
// # Errors and concurrency
//
// The cache never fails a run. An entry that cannot be read, fails its check
// or does not decode is a miss: the document is processed again, the entry
// rewritten, and a warning logged (Stats.Bad counts them). A failed write is
// counted in Stats.WriteErrors and logged once. Neither is recorded as an
// Item diagnostic: the document's results are right, and a diagnostic would
// make run.json differ from a clean run's and -strict fail because of the
// cache. Errors returned by the inner stages (cancellation, corrupt embedded
// data) are returned, wrapped with the inner stage's name, and nothing is
// stored. A hit does not repeat what the stages would have logged; the
// diagnostics they recorded are restored with the rest.
//
// A Cache and the stage it returns are safe for concurrent use. Two items
// with the same key (duplicate documents) may be processed and written at
// the same time: each writer renames its own temporary file over the entry,
// and both hold the same bytes. The counters are the only mutable state.
package cache
