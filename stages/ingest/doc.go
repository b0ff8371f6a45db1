// Package ingest reads geotimeline's inputs and segments each document into
// paragraphs and sentences.
//
// # Reading
//
// Open returns a Reader, a pipeline.Source, over one of:
//
//   - a directory, walked recursively; files ending in .txt, .md, .html or
//     .htm (any case) are documents, visited in the byte order of their
//     root-relative slash paths. Hidden files and directories (names
//     starting with ".") are skipped. Metadata comes from an optional
//     manifest.csv in the root (a header row naming the column "file" and
//     any of published, title, source, url) and from an optional
//     FILE.meta.json beside a document ("a.txt.meta.json", or
//     "a.meta.json"), with the same keys; meta.json wins over the manifest
//     for every field it sets validly.
//   - a JSON Lines file (.jsonl, or gzip-compressed .jsonl.gz), one object a
//     line with the string keys id and text and the optional published,
//     title, source and url. Other keys are ignored.
//   - a single document file, read as a directory holding only that file
//     (its FILE.meta.json is read, a manifest.csv beside it is not).
//
// Document.ID is the root-relative slash path, or the JSON id.
// Document.Path, used in messages, is the root-relative path or
// "file.jsonl:LINE". Published comes from metadata only (YYYY-MM-DD or RFC
// 3339); the machine clock is never consulted.
//
// Decoding. Text is UTF-8. A leading UTF-8 byte-order mark is removed, so
// offsets index the text after it; a UTF-16 file with a byte-order mark is
// converted to UTF-8. A file that is not valid UTF-8 is decoded as
// Windows-1252, with a warning. Line ends are kept as read: a CRLF file
// yields Text with "\r\n", and every Span indexes that text; the segmenter
// treats "\r\n", "\n" and a lone "\r" as line breaks. HTML files are reduced
// to their visible text (see below) and offsets index that extracted text:
// that is the contract, since the markup is not kept anywhere.
//
// HTML. script, style, noscript, template, head, nav, svg, iframe, object,
// embed, canvas, audio, video, form controls and elements marked hidden are
// dropped; block elements (p, div, h1–h6, li, tr, article, section,
// blockquote, figcaption, …) become blank lines so paragraphs survive; br is
// a line break; whitespace runs collapse to one space except inside pre;
// entities are decoded. The <title> becomes Document.Title when metadata
// gives none.
//
// Skipped inputs. Binary files (a NUL byte in the first 8 KB), files that
// are empty or hold only whitespace after decoding, JSON lines that are not
// valid JSON or lack id or text, and repeated ids are skipped with a
// warning. A truncated or corrupt .jsonl.gz ends the stream with a warning
// naming the last good line; the documents before it are kept.
//
// Duplicates. A document whose decoded text is byte for byte that of an
// earlier document (compared by SHA-256) is not delivered: it would only
// repeat the earlier one's events. A warning on the duplicate's path names
// both ids, so both are recorded. Options.KeepDuplicates delivers it anyway.
// The digests of the delivered texts are the Reader's one structure that
// grows with the input, about 100 bytes a document.
//
// # Diagnostics
//
// A warning about a document that is delivered (Windows-1252 fallback, a bad
// published date in its metadata) rides on that item's Diags. Every other
// warning (a skipped file or line, a manifest row naming a missing file, an
// unknown manifest column, a meta.json without a document) is collected by
// the Reader and returned by Diags, sorted by file, line and message; the
// list is complete once Next has returned io.EOF. With Options.Strict the
// first warning is returned as an error wrapping ErrStrict instead.
//
// Streaming. The directory walk collects the sorted list of paths up front;
// documents are read one at a time, and a JSON Lines file is read line by
// line with no limit on line length, so the corpus is never held in memory.
//
// # Segmenting
//
// Segment splits a text into paragraphs and sentences; Segmenter is the
// "ingest" pipeline stage that applies it to Item.Doc.Text. Lines that are
// site furniture rather than article text (newsletter sign-ups, share rows,
// breadcrumbs, copyright and photo-credit lines, "Read in Korean", …) belong
// to no paragraph and no sentence. The patterns live in the embedded file
// boilerplate.txt, which analysts can extend; its header says how they
// match. Photo captions are kept: they can report events.
//
// Paragraphs are separated by blank lines and by boilerplate lines. Inside a
// run of non-blank lines every line break also ends a paragraph, unless the
// text is hard-wrapped: when most lines that are followed by another line
// end without final punctuation and are of about the same length, at most
// 100 characters. Then a line continues into the next one exactly when the
// next line's first word would not have fitted on it (or the next line
// starts in lower case after a line without final punctuation), unless the
// line is a headline in title case or the next one is a list item or
// indented. So one-paragraph-per-line files and wrapped text both come out
// right, and headlines stay their own paragraphs. Lines holding no letter or
// digit ("* * *", "-----") separate paragraphs too, and a Markdown heading
// marker ("## ") is left out of its line's paragraph.
//
// Sentences end at . ! ? … (and 。！？), with any closing quotes or brackets
// after them, when whitespace and then a capital, a letter of a script
// without case (Hangul, Han, …), a digit, an opening quote or bracket, or a
// dash follows. A period never ends a sentence after a listed abbreviation
// (Mr. Dr. Feb. Gen. U.S. a.m. e.g. …; No. only before a digit), after a
// single capital initial, or after dotted initials such as "D.C.". A
// paragraph break always ends a sentence. Paragraph and sentence spans never
// begin or end with whitespace, are in text order, do not overlap, fall on
// rune boundaries, and every sentence lies inside its paragraph.
//
// Concurrency. Segment and Segmenter.Process are safe for concurrent use. A
// Reader is not: one goroutine calls Next, as pipeline.Run does.
package ingest
