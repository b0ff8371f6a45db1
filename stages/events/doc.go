// Package events turns the dated, placed sentences of one document into
// events: typed happenings (order, crackdown, arrest, sentence, execution,
// lockdown, border_closure, deployment, smuggling, drugs, defection, meeting,
// statement, other) with a date interval, a place, actors, a modality and
// the attribution of the report.
//
// What goes in: a pipeline.Item whose Sentences, Dates and Places have been
// filled by the ingest, dates, places and geocode stages (any of them may be
// empty; spans outside the text are ignored with a diagnostic).
//
// What comes out: it.Events, in sentence order and, within a sentence, in
// trigger order. Every event carries the sentence it was read from (text,
// byte span, code-point offsets) and its Mention, plus one Mention, in
// sentence order, for each definite re-mention in the document ("the order",
// "Kim Jong Un's order") and each undated restatement in the lede or a
// backgrounded phrase ("Having closed its borders, …"), which do not become
// events of their own. Background, generic and hypothetical statements
// ("Prison terms are common", "fear of being punished") yield no event; past
// events a report tells (a defector's arrest years ago) are kept, dated.
// Dates come only from it.Dates (never from the clock); places come from
// resolved it.Places, or, for a statement whose speaker's state is known
// but whose capital the text does not name, from Options.Capitals (the
// gazetteer's capital, said so in PlaceWhy): no coordinates are invented.
// A sentence yields at most one event per clause, and two events of the
// same type only when a second clause, or a relative clause, dates its
// own apart.
//
// The vocabulary lives in embedded data files an analyst can extend without
// code: lexicon.tsv (trigger → event type, with priorities), actors.tsv
// (organisations and leaders with aliases) and outlets.tsv (news outlets for
// attribution), about 11 KB in all, written by hand for this project (no
// third-party data). Their format is described in their comment headers and
// in docs/events.md.
//
// An Extractor is immutable after New and safe for concurrent use.
package events
