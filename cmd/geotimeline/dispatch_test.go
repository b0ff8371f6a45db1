package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"geotimeline/internal/gold"
)

// dispatchSets are the North Korea dispatch corpora of testdata, each with
// the events an analyst reads in it, and the floors the pipeline holds on
// them: how many gold events it finds and the share of its events there
// that match one. A test fails when a change loses either; raise a floor
// when a change does better. Precision is a lower bound: the gold lists the
// events an analyst wanted, not every happening of the text.
var dispatchSets = []struct {
	name, dir, gold string
	found           int
	precision       float64
}{
	// Written beside the rules they exercise, in the styles the press
	// uses — wire datelines in capitals and in title case, bylines with
	// and without "By", "Published:" lines, no date at all: a regression
	// test, not held-out evidence.
	// (Precision 0.73 -> 0.71 in the eighth session: the politburo's
	// criticism of officials at "the meeting" is now dated to that
	// meeting, an event the gold does not list.)
	// (Precision 0.72 -> 0.70 in the sixteenth session: "The inspection,
	// which started on Jan. 10" now stands on its own day, as the gold
	// has it, and the inspection team of the lede, dated to the February
	// dismissals it came before, stays; trucks that crossed a bridge in a
	// trial run are traffic, which the gold does not list.)
	{"dispatches", "dispatches", "dispatches_gold.jsonl", 33, 0.66},
	// Written blind — fifteen dispatches and their 65 gold events, by a
	// session that had read neither the rules nor the other sets — and
	// measured at 33 found, precision 0.47, before any rule was written
	// from it. Rules were then written from its misses, so it is a training
	// set now; the texts and gold were not edited after that measurement.
	// (Precision 0.78 -> 0.77 in the sixth session: "She is expected to be
	// sent back" is now a planned forced return the gold does not list.)
	{"first blind set", "dispatches_blind", "dispatches_blind_gold.jsonl", 55, 0.76},
	// Written blind the same way (15 dispatches with scraper leftovers,
	// Korean-order dates, relative dates only, one undated text; 42 gold
	// events); measured blind at 30 found, precision 0.55. A training set
	// now (stages/events/blind2_rules_test.go).
	{"second blind set", "dispatches_blind2", "dispatches_blind2_gold.jsonl", 41, 0.81},
	// Written blind the same way, longer (300-370 words: background
	// paragraphs, quotes, analysis, menus, footers; 32 gold events);
	// measured blind at 19 found, precision 0.28 — background history and
	// page furniture became events. A training set now
	// (stages/events/blind3_rules_test.go).
	// (Precision 0.50 -> 0.49 in the sixteenth session: the buses that
	// carried returned detainees across the bridge are traffic of their
	// own, beside the forced return.)
	{"third blind set", "dispatches_blind3", "dispatches_blind3_gold.jsonl", 26, 0.47},
	// Written blind the same way, on the session's final rules (12
	// articles of 317-397 words, two defector testimonies; 45 gold events);
	// measured blind at 15 found, precision 0.27. One rule was removed on
	// its evidence (dropping events years before the report: 15 -> 19
	// found, 0.27 -> 0.31 without it), and one dates fix read in it ("N
	// days later" after a month names no day). A training set since the
	// fifth session (stages/events/blind45_rules_test.go).
	// Tenth session: yearless Yonhap datelines dated by a term of office
	// and the lede's weekday (stages/dates/docdate_test.go): 37 -> 40.
	{"fourth blind set", "dispatches_blind4", "dispatches_blind4_gold.jsonl", 41, 0.60},
	// Written blind the same way (12 articles of 419-447 words: public
	// trials, a lockdown, a KCNA meeting, a missile launch, satellite
	// imagery, a testimony without any date line, a UN report; 51 gold
	// events); measured blind on the fourth session's final rules at 31
	// found, precision 0.48. A training set now, with the fourth.
	// Twelfth session: a yearless dateline dated by the telling's weekday
	// after the latest year-part the text reports: 41 -> 43.
	{"fifth blind set", "dispatches_blind5", "dispatches_blind5_gold.jsonl", 45, 0.58},
	// Written blind the same way on less usual topics (balloons and
	// loudspeakers, GPS jamming, drifting boats, workers abroad, ship-to-
	// ship transfers, a memoir with no date line; 60 gold events);
	// measured blind at 22 found, precision 0.46, on the fifth session's
	// rules of that hour. A training set now.
	// Twelfth session ("between Oct. 8 and 13 last year"): 35 -> 36.
	{"sixth blind set", "dispatches_blind6", "dispatches_blind6_gold.jsonl", 43, 0.65},
	// Written blind the same way as a typical week's mix (short, medium and
	// long reports; 54 gold events); measured blind on the fifth session's
	// rules of 4414a4b at 30 found, precision 0.48 (session 4's rules: 27,
	// 0.47). A training set now (stages/events/blind45_rules_test.go,
	// TestBlind7Triggers).
	// Twelfth session ("the North" as a subject): 39 -> 40.
	{"seventh blind set", "dispatches_blind7", "dispatches_blind7_gold.jsonl", 45, 0.66},
	// Written blind the same way (a typical week's mix, one undated NGO
	// report; 52 gold events) and measured on the fifth session's final
	// rules (20fd1e0): 35 found, precision 0.46 (session 4's rules: 33,
	// 0.46). An audit of its unmatched predictions then found a few general
	// bugs (dedup of "other", first-person crossings, dates), fixed since.
	{"eighth blind set", "dispatches_blind8", "dispatches_blind8_gold.jsonl", 45, 0.57},
	// Written blind the same way (a typical week's mix; a Korean-order date
	// line, a yearless wire dateline, an undated defector's account; 49
	// gold events) and measured on the fifth session's final rules
	// (03cca4c with the dates of cfd0297): 24 found, precision 0.46
	// (session 4's rules: 22, 0.42). Rules were drawn from its misses in the
	// sixth session, so it is a training set now
	// (stages/events/blind9_10_rules_test.go).
	{"ninth blind set", "dispatches_blind9", "dispatches_blind9_gold.jsonl", 39, 0.67},
	// Written blind in the sixth session (a typical week's mix; 53 gold
	// events) and measured at its start (a827c4d) at 26 found, precision
	// 0.51; unchanged by the rules drawn from the ninth set. A training set
	// since.
	{"tenth blind set", "dispatches_blind10", "dispatches_blind10_gold.jsonl", 44, 0.73},
	// Written blind in the sixth session (reports from inside sources on
	// named counties, two wire stories; 53 gold events) and measured twice,
	// its misses never read: at the session's start (a827c4d) 33 found,
	// precision 0.55; on the session's final rules (6cb75cf) 34, 0.557.
	// Rules were drawn from its misses in the seventh session
	// (stages/events/blind11_rules_test.go): a training set now.
	{"eleventh blind set", "dispatches_blind11", "dispatches_blind11_gold.jsonl", 49, 0.72},
	// Written blind in the seventh session (wire and South Korean coverage
	// with inside reports; 48 gold events) and measured before any rule was
	// drawn from it: 26 found, precision 0.50 on the session's first rules
	// (e07ce30), and the same 26 (0.53) on the rules drawn from the
	// eleventh set. A few general fixes were drawn from it after that.
	// Rules were drawn from its misses in the eighth session
	// (stages/events/session8_rules_test.go): 27 -> 34 found.
	// Tenth session: yearless datelines (as the fourth set): 34 -> 38.
	{"twelfth blind set", "dispatches_blind12", "dispatches_blind12_gold.jsonl", 41, 0.69},
	// Written blind in the seventh session (a fortnight of September 2022;
	// 37 gold events): 18 found, precision 0.60, both on the session's
	// first rules (e07ce30) and on its last. Held out: its misses were
	// never read.
	// Twelfth session: made a training set (the new twentieth set keeps
	// five held out), its misses read and rules drawn from them
	// (cmd/geotimeline/session12_test.go): 18 -> 24 found. Fifteenth
	// session: precision 0.72 -> 0.70, a meeting in a report without a
	// date ("met regional authorities in Vladivostok in July").
	{"thirteenth blind set", "dispatches_blind13", "dispatches_blind13_gold.jsonl", 25, 0.66},
	// Written blind in the eighth session (twelve reports of 2021 and their
	// background back to 2015; 56 gold events) and measured before any rule
	// was drawn from it: 39 found, precision 0.63, on the session's first
	// rules (5febc55) and on the rules drawn from the twelfth set. Rules
	// were then drawn from its misses: a training set now. Fifteenth
	// session: precision 0.80 -> 0.78, a background crossing the gold
	// leaves out ("since November last year, when a man … climbed over a
	// fence").
	{"fourteenth blind set", "dispatches_blind14", "dispatches_blind14_gold.jsonl", 51, 0.76},
	// Written blind in the eighth session (twelve wire, state-media, inside
	// and testimony reports of 2023-2025; 62 gold events), after the rules
	// of the twelfth and fourteenth sets had been drawn: 37 found,
	// precision 0.51, both on the session's first rules (5febc55) and on
	// the rules drawn that session. Held out: its misses were never read.
	// Twelfth session: the yearless-dateline rule of the telling's
	// weekday (drawn from the thirteenth set) 37 -> 40, unread.
	{"fifteenth blind set", "dispatches_blind15", "dispatches_blind15_gold.jsonl", 41, 0.56},
	// Written blind late in the eighth session (twelve reports of 2014-2025
	// from South Korean, Chinese, Russian, Japanese and UN angles; 62 gold
	// events): 26 found, precision 0.48, on the session's first rules
	// (5febc55), and 27 (0.49) on its last; 28 on the ninth session's word
	// classes. Rules were then drawn from its misses in the ninth session
	// (stages/events/session9_rules_test.go): 28 -> 37, a training set now.
	// Fourteenth session: 41 -> 42 (the city's Osan-dok neighborhood placed
	// in the city); a launch told in a second clause ("… after Pyongyang
	// fired two missiles … the previous day") that the gold does not list.
	{"sixteenth blind set", "dispatches_blind16", "dispatches_blind16_gold.jsonl", 45, 0.61},
	// Written blind at the start of the ninth session (twelve reports of
	// 2017-2024: inside reports, wire, state media, imagery, testimony and
	// an NGO report; 58 gold events) and measured before anything of it
	// was read: 25 found, precision 0.38, on the session's first rules
	// (47db593); 26 (0.40) on the session's last rules; 27 (0.41) on the
	// tenth session's statements; 30 (0.45) at the fifteenth session's
	// start (a6db9d3). Held out until then: made a training set in the
	// fifteenth session (the new twenty-fifth set keeps seven held out),
	// its misses read and rules drawn from them
	// (cmd/geotimeline/session15_test.go): 30 -> 36 found.
	{"seventeenth blind set", "dispatches_blind17", "dispatches_blind17_gold.jsonl", 37, 0.51},
	// Written blind at the start of the tenth session (twelve reports of
	// 2014-2025: wire with a yearless dateline, inside reports, state
	// media, testimony, imagery, NIS briefing, Chinese border cities, a
	// feature; 59 gold events) and measured before anything of it was
	// read: 33 found, precision 0.43, on the session's first rules
	// (c9e2a97). Held out until the fourteenth session: made a training set
	// then (the new twenty-fourth set keeps seven held out), its misses read
	// and rules drawn from them (cmd/geotimeline/session14_test.go,
	// stages/dates/followup14_test.go): 33 -> 43 found.
	{"eighteenth blind set", "dispatches_blind18", "dispatches_blind18_gold.jsonl", 51, 0.55},
	// Written blind at the start of the eleventh session (twelve reports
	// of 2014-2024: inside reports, a yearless wire dateline, a story with
	// no date at all, "Posted:" headers, state media, imagery, an NGO
	// testimony, an NIS briefing, a Chinese border city, a feature; 69
	// gold events) and measured before anything of it was read: 36 found,
	// precision 0.43, on the session's first rules (3b784f4). Held out
	// until the thirteenth session: made a training set then (the new
	// twenty-first set keeps five held out), its misses read and rules
	// drawn from them (cmd/geotimeline/session13_test.go): 36 -> 42 found.
	{"nineteenth blind set", "dispatches_blind19", "dispatches_blind19_gold.jsonl", 50, 0.55},
	// Written blind at the start of the twelfth session (twelve reports of
	// 2014-2025: inside reports with bylines, a yearless Yonhap dateline, a
	// weekly state-media roundup, imagery, an NGO report with flashbacks,
	// a Chinese border city, an NIS briefing, a launch with Posted/Updated
	// headers, a feature; 70 gold events) and measured before anything of
	// it was read: 40 found, precision 0.47, on the session's first rules
	// (4b08914). Held out: its misses are never read. (Its writer gave
	// alternative places as bare names; they were turned into gazetteer
	// places by `geotimeline gazetteer lookup` without reading the texts.)
	// Held out through the fifteenth session (43 found, precision 0.49);
	// a training set since the sixteenth, its misses read and rules drawn
	// from them (cmd/geotimeline/session16_test.go): 43 -> 57.
	{"twentieth blind set", "dispatches_blind20", "dispatches_blind20_gold.jsonl", 60, 0.59},
	// Written blind at the start of the thirteenth session (twelve reports
	// of 2013-2025: a feature with history back to 2009, a Yonhap dateline
	// with no year anywhere, inside reports, an NGO report, wire stories
	// whose year the text must give, a KCNA rewrite, a day-first "Issued
	// on" line; 92 gold events) and measured before anything of it was
	// read: 53 found, precision 0.56, on the session's first rules
	// (2407755). Held out: its misses are never read. Fourteenth session:
	// 54 found, precision 0.56 -> 0.55 (one more prediction, unread).
	{"twenty-first blind set", "dispatches_blind21", "dispatches_blind21_gold.jsonl", 59, 0.56},
	// Written blind late in the thirteenth session (twelve reports of
	// 2015-2025 from Japanese, Chinese, Russian and NGO angles, imagery, a
	// Seoul spy verdict, a plenum, a family feature; two datelines with no
	// year, a day-first date line; 97 gold events) and measured before
	// anything of it was read: 38 found, precision 0.49, on the session's
	// first rules (2407755), and 40 (0.50) on its rules at 39a14eb. Held
	// out until session 16 (41 found); made a training set in session 17,
	// its misses read and rules drawn from them
	// (cmd/geotimeline/session17_test.go): 41 -> 56.
	{"twenty-second blind set", "dispatches_blind22", "dispatches_blind22_gold.jsonl", 64, 0.61},
	// Written blind at the end of the thirteenth session (twelve reports of
	// 2012-2025 and one undated: inside reports with bylines, a yearless
	// Yonhap dateline, state media, a UN report, a ministry release, a
	// Chinese border town, a Russian angle, an opinion piece full of
	// background dates; 95 gold events) and measured before anything of it
	// was read: 49 found, precision 0.51, on the session's first rules
	// (2407755), and 51 (0.52) on its last (fafd047). Held out until
	// session 17 (55 found); made a training set in session 18, its misses
	// read and rules drawn from them (cmd/geotimeline/session18_test.go):
	// 55 -> 60.
	{"twenty-third blind set", "dispatches_blind23", "dispatches_blind23_gold.jsonl", 72, 0.63},
	// Written blind at the start of the fourteenth session (twelve reports
	// of 2011-2025 and one undated: inside reports with bylines, a yearless
	// Yonhap dateline, a KCNA digest, a ministry statement, Chinese border
	// towns, an opinion piece on a decade of the sealed border; 96 gold
	// events) and measured before anything of it was read: 59 found,
	// precision 0.63, on the session's first rules (d512341), and the same
	// on the rules of the commit that added it (the session's rules to its
	// first review). Held out: its misses are never read.
	{"twenty-fourth blind set", "dispatches_blind24", "dispatches_blind24_gold.jsonl", 65, 0.64},
	// Written blind during the fifteenth session (twelve reports of
	// 2009-2025 and one undated: inside reports with bylines, Yonhap,
	// Reuters, AP and AFP datelines, KCNA, a defector's account over five
	// years, an analysis of the sealed border, a UN review in Geneva; 99
	// gold events) and measured before anything of it was read: 61 found,
	// precision 0.65, on the session's first rules (a6db9d3), and 61 (0.64)
	// on the rules of the commit that added it (d5bdf1f and the fence and
	// "met officials" rows). Held out: its misses are never read.
	{"twenty-fifth blind set", "dispatches_blind25", "dispatches_blind25_gold.jsonl", 65, 0.65},
	// Written blind at the start of the sixteenth session (twelve reports
	// of 2009-2025 and one undated: inside reports with bylines, AP,
	// Reuters and Yonhap datelines, a KCNA report with a Juche date line, a
	// defector's account, an explainer over five years, a Vladivostok
	// report, a day-first date line; 98 gold events) and measured before
	// anything of it was read: 51 found, precision 0.59, on the session's
	// first rules (0fc6b9d), and the same on the rules of the commit that
	// added it. No 9-word run in common with ../shared/seeds. Held out: its
	// misses are never read.
	{"twenty-sixth blind set", "dispatches_blind26", "dispatches_blind26_gold.jsonl", 53, 0.57},
	// Written blind in the seventeenth session (twelve reports of
	// 2008-2025 and one undated; AFP, AP, Reuters, Kyodo and Yonhap
	// datelines, KCNA, inside reports, a defector's account, a rights
	// report, an analysis; 106 gold events) and measured before anything
	// of it was read: 50 found, precision 0.57, on the session's first
	// rules (aa7bee2). Held out: its misses are never read.
	{"twenty-seventh blind set", "dispatches_blind27", "dispatches_blind27_gold.jsonl", 54, 0.58},
	// Written blind in the eighteenth session (twelve reports of
	// 2014-2024, one undated and one with a yearless Yonhap dateline; AFP,
	// AP, Reuters, Yonhap and NK News datelines, KCNA, inside reports, a
	// defector's two crossings, an NGO review in Geneva, an analysis over a
	// decade; 109 gold events) and measured before anything of it was
	// read: 43 found, precision 0.49, on the session's first rules
	// (ade0a87). No 9-word run in common with ../shared/seeds. Held out:
	// its misses are never read. Training since session 19.
	{"twenty-eighth blind set", "dispatches_blind28", "dispatches_blind28_gold.jsonl", 69, 0.69},
	// Written blind in the nineteenth session (twelve reports, one
	// undated; AFP, AP, Reuters, Yonhap and NK News
	// datelines, KCNA, inside reports, a defector's account, a rights
	// report on repatriations, an analysis of a decade of tests and talks;
	// 111 gold events) and measured before anything of it was read: 41
	// found, precision 0.51, on the session's first rules (d5692a8); 42
	// (0.53) on the rules of the commit that added it. No 9-word run in
	// common with ../shared/seeds. Held out: its misses are never read.
	// Training since session 20.
	{"twenty-ninth blind set", "dispatches_blind29", "dispatches_blind29_gold.jsonl", 56, 0.52},
	// Written blind in the twentieth session (twelve reports of
	// 2011-2025, one undated; Daily NK, RFA, Asia Press, Yonhap, AFP and
	// NK News, KCNA on a leader's tour, a satellite-imagery brief, an NGO
	// report on repatriations, a defector's account, a Seoul court story,
	// an explainer over a decade of the border; 111 gold events) and
	// measured before anything of it was read: 61 found, precision 0.62,
	// on the session's first rules (817b2ec). No 9-word run in common
	// with ../shared/seeds. Held out: its misses are never read.
	// Training since session 21.
	{"thirtieth blind set", "dispatches_blind30", "dispatches_blind30_gold.jsonl", 79, 0.61},
	// Written blind in the twenty-first session (twelve reports of
	// 2010-2025, one undated; Daily NK, RFA, Yonhap, Asia Press, Reuters,
	// NK News, KCNA on a city's emergency, a satellite-imagery brief on
	// Yongbyon, a UN News piece on a Security Council veto, a defector's
	// account, a Seoul court story, an explainer on Sinuiju and Dandong;
	// 109 gold events) and measured before anything of it was read: 33
	// found, precision 0.41, on the session's first rules (a1b3829 with
	// the fix of a linker panic that changes no output). No 9-word run in
	// common with ../shared/seeds. Held out: its misses are never read.
	// Training since session 22.
	{"thirty-first blind set", "dispatches_blind31", "dispatches_blind31_gold.jsonl", 56, 0.40},
	// Written blind in the twenty-second session (twelve reports of
	// 2017-2025, one undated; Daily NK, RFA, Asia Press, Yonhap on a court
	// ruling, KCNA on a satellite launch, a satellite-imagery brief on
	// Yalu floods, NK News on a seized ship, an NGO summary of
	// repatriations, a defector's account, an AFP explainer, AP on
	// released detainees, Kyodo; 119 gold events) and measured before
	// anything of it was read: 45 found, precision 0.54, on the session's
	// first rules (bf87437). No 9-word run in common with ../shared/seeds.
	// Held out in session 22; training since session 23.
	{"thirty-second blind set", "dispatches_blind32", "dispatches_blind32_gold.jsonl", 64, 0.53},
	// Written blind in the twenty-third session (twelve reports of
	// 2016-2025, one undated; Daily NK, Yonhap, KCNA on a plenary meeting,
	// a satellite-imagery brief, RFA, AP, Asia Press, a defector's account,
	// Kyodo, a UN flood summary, Reuters, an analysis; 117 gold events) by
	// a helper given its brief inline, and measured before anything of it
	// was read: 47 found, precision 0.49, on the session's first rules
	// (4540619). No 9-word run in common with ../shared/seeds. Held out in
	// session 23; training since session 24.
	{"thirty-third blind set", "dispatches_blind33", "dispatches_blind33_gold.jsonl", 64, 0.48},
	// Written blind in the twenty-fourth session (twelve reports, one
	// undated, most of 2010-2025 with history back to 1940: Daily NK,
	// Kyodo, KCNA, a satellite-imagery brief, RFA, AP, Reuters, NK News,
	// an NGO review of a year at the UN, a defector's account, an
	// explainer, Yonhap on a court verdict; 123 gold events) by a helper
	// given its brief inline and asked to report files and counts only,
	// and measured before anything of it was read: 53 found, precision
	// 0.589, on the session's first rules (7262c14). No 9-word run in
	// common with ../shared/seeds. Held out: its misses are never read.
	{"thirty-fourth blind set", "dispatches_blind34", "dispatches_blind34_gold.jsonl", 61, 0.57},
}

// heldOut are the sets whose misses are never read: the test logs no miss
// of theirs, even when a floor fails, so that a failing run shows no rule
// writer what they hold. (Fifteenth session, its first rules to its last,
// counts in view and misses unread: 20 42 -> 43, 21 54 -> 55, 23 52 -> 53,
// 24 59 -> 60, 25 61 -> 62; 15 and 22 unchanged. Sixteenth session: 23
// 53 -> 55, 24 60 -> 62; 15, 21, 22, 25 and 26 unchanged. Set 22, held
// out since session 13 (38 found then), is training since session 17.
// Seventeenth session: 24 62 -> 63; 15, 21, 23, 25, 26 and 27 unchanged.
// Set 23, held out since session 13, is training since session 18.
// Eighteenth session: 21 55 -> 56, 27 50 -> 52, 28 43 -> 45. Set 28 is
// training since session 19. Nineteenth session: 25 62 -> 63, 27 52 -> 53
// (54 before two reviews narrowed the rules), 26 precision .59 -> .58; 15,
// 21 and 24 unchanged; 29 41 -> 42. Set 29 is training since session 20.
// Twentieth session: 27 53 -> 54, 30 61 -> 63; the others unchanged. Set
// 30 is training since session 21. Twenty-first session: 24 63 -> 64; 15,
// 21, 25, 26, 27 and 31 unchanged. Set 31 is training since session 22.
// Twenty-second session: 15 40 -> 41, 21 56 -> 59, 25 63 -> 64, 26 51 ->
// 52, 32 45 -> 47; 24 and 27 unchanged. Set 32 is training since
// session 23. Twenty-third session: 24 64 -> 65, 26 52 -> 53, 33 47 ->
// 48; the others unchanged. Set 33 is training since session 24.
// Twenty-fourth session: 25 64 -> 65, 34 53 -> 61; the others unchanged.)
var heldOut = map[string]bool{
	"dispatches_blind15": true, "dispatches_blind21": true,
	"dispatches_blind24": true, "dispatches_blind25": true,
	"dispatches_blind26": true, "dispatches_blind27": true, "dispatches_blind34": true,
}

// TestEvalDispatchSets scores the pipeline on every dispatch set with
// `geotimeline eval`. The misses of the training sets are logged: they are
// the known gaps.
func TestEvalDispatchSets(t *testing.T) {
	for _, set := range dispatchSets {
		t.Run(set.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "eval", "-gold", filepath.Join("testdata", set.gold),
				"-in", filepath.Join("testdata", set.dir), "-json")
			if code != exitOK {
				t.Fatalf("eval: exit %d: %s", code, stderr)
			}
			var r gold.Report
			if err := json.Unmarshal([]byte(stdout), &r); err != nil {
				t.Fatalf("eval -json: %v\n%s", err, stdout)
			}
			for _, ev := range r.Events {
				if !ev.Found && !heldOut[set.dir] {
					t.Logf("not found: %s (%s in %s): aligned by %q as %s %s %s", ev.ID, ev.Type, ev.Doc, ev.By, ev.PredType, ev.PredDate, ev.PredPlace)
				}
			}
			t.Logf("%s: %d of %d gold events found (recall %.2f), precision %.2f over %d events", set.name, r.Found, r.Gold, r.Recall, r.Precision, r.Predicted)
			if r.Found < set.found || r.Precision < set.precision {
				t.Errorf("found %d gold events with precision %.2f, want at least %d and %.2f", r.Found, r.Precision, set.found, set.precision)
			}
		})
	}
}
