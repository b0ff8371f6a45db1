// Package geoeval is geotimeline's geoparsing benchmark harness: it reads a
// corpus of articles with gold toponyms in the JSON Lines format of
// ../shared/eval/geoparsing (LGL, Lieberman et al. 2010, as converted from
// Gritta et al.'s XML), runs recognition and resolution over every article,
// and scores the result the way the geoparsing literature does.
//
// What goes in: Docs (Read parses the corpus; gold offsets, given in code
// points, become byte offsets) and the stages to run (Run builds the
// project's own: ingest's segmenter, places and geocode over one gazetteer).
// What comes out: a Result.
//
// Scoring (Score):
//
//   - Recognition. A predicted mention and a gold toponym match when their
//     spans overlap; pairs are made one to one, greedily in text order.
//     Precision is matched predictions over predictions, recall matched gold
//     toponyms over gold toponyms, F1 their harmonic mean.
//   - Resolution, over matched pairs whose gold toponym has coordinates
//     (LGL leaves 626 of 5,088 without): the great-circle error in km
//     between the resolved point and the gold point. A matched mention left
//     unresolved counts as the largest possible error, 20,039 km (half the
//     Earth's circumference), as a wrong answer would. Acc@161 is the share
//     of errors ≤ 161 km (100 miles); mean and median are in km; AUC is the
//     area under the curve of the sorted log(1+error) values, by the
//     trapezoid rule over unit steps, divided by (n−1)·log(20039) — Gritta et
//     al. (2018, "What's missing in geographical parsing?"), so 0 is perfect
//     and 1 the worst.
//
// Held-out split. Split assigns each document to "dev" or "test" by a hash
// of its ID (one in five to test), so that rules can be developed while
// looking only at dev errors and the test figure stays an honest estimate.
//
// Docs are read-only once loaded; Score and Run are deterministic (results
// in corpus order) and safe for concurrent use on distinct inputs.
package geoeval
