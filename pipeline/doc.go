// Package pipeline holds geotimeline's domain types — Document, Item, Span,
// DateMention, PlaceMention, Event — the Stage contract that every
// per-document transform implements, and Run, which drives a pull-style
// Source through a fixed pool of workers and hands the finished items to a
// sink in input order.
//
// Offsets. Inside the pipeline every Span holds byte offsets into
// Document.Text, which is the text as read (decoded to UTF-8, with no further
// normalization). Outputs convert them to Unicode code-point offsets with an
// Offsets index, so that text == input[start:end] holds in Python.
//
// Errors. A Stage returns an error only for faults that must stop the run
// (cancellation, corrupt embedded data); a problem confined to one document is
// recorded on Item.Diags and the run goes on.
//
// pipeline imports no stage and no output; only cmd wires them together.
package pipeline
