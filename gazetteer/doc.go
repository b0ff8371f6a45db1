// Package gazetteer is geotimeline's place table: an embedded gazetteer of
// North Korean, South Korean and Chinese border places, world cities,
// countries, first-level units, rivers and peaks, with lookup by name and a
// multi-pattern matcher that finds every indexed name in a text.
//
// What goes in: place names as written in the press, in any case, with or
// without McCune–Reischauer diacritics and apostrophes (P'yŏngyang,
// Pyongyang), hyphenated or not (Rajin-Sonbong), in Hangul (혜산시).
// What comes out: Entry values with coordinates, feature class and code,
// country and the English name of the first-level unit.
//
// Names are compared by their Normalize key. Every name is also indexed
// without its Korean administrative suffix (-si, -gun, -kuyŏk, -dong, -ri,
// -ŭp, -rodongjagu, -do; Hangul 시 군 구역 동 리 읍 노동자구 도), so
// "Sinŭiju-si" and "Sinuiju" meet, unless fewer than three letters would
// remain (On-dong does not make "on"); the province endings -bukto and
// -namdo are never stripped, and "P'yŏngan-bukto" reaches North Pyongan
// through the curated alias table (data/aliases.tsv). A name whose parts are
// joined by hyphens is also indexed with the parts run together
// (Rajin-Sonbong → rajinsonbong). Keys of a single letter, or of digits
// only, are not indexed.
//
// Order. Lookup and Match list the entries of a key by population
// (descending), then FeatureRank, then ID; but under a key that a curated
// (preferred) alias produces, that alias's entries come first, so "Yalu" is
// the river before it is an old name of Zhalantun, and "Tumen" the Chinese
// border city and river before Tyumen.
//
// Matching is deliberately permissive: Match ignores case and finds every
// indexed name, including real places called "Of", "To" or "North" and
// Korean surnames that are also place names (Kim, Kang). The places stage
// decides, with capitalization and stop lists, which matches are toponyms.
//
// A Matcher (NewMatcher) does what Match does with reusable buffers and,
// with MatchOptions.Capitalized, only from tokens not in lower case; it
// leaves Match.IDs nil and AppendEntries returns a match's entries.
//
// Overrides. ReadOverrides parses an analyst's file (name<TAB>place_id, or
// name<TAB>lat<TAB>lon<TAB>country<TAB>admin1<TAB>feature_code for a new
// place); WithOverrides indexes every overridden name under its forced
// entry, listed first in Lookup and Match, before curated aliases, and
// Override tells the geocoder which names are fixed and by which line.
//
// Guarantees: a Gazetteer is immutable after construction and safe for
// concurrent use; Lookup and Match results are deterministic (entries ordered
// by population, feature rank, then ID; matches by Start). Errors about input
// rows name the input as name:line and wrap ErrFormat. The package imports
// nothing else from geotimeline.
//
// The embedded table is written by internal/gen from the files of
// ../shared/data; data/SOURCE.md records origins, licences, row counts and
// checksums, and the attribution the product must ship (GeoNames CC BY 4.0,
// Who's On First, Natural Earth).
package gazetteer
