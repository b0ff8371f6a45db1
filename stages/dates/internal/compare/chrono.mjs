// chrono.mjs runs chrono-node over the items of a JSON file and prints the
// results as JSON: one array of {index, text, date} per item, and the time
// spent parsing (without start-up and I/O). Run with TZ=UTC:
//   TZ=UTC node chrono.mjs items.json
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";

const items = JSON.parse(readFileSync(process.argv[2], "utf8"));
const refs = items.map((it) => new Date(it.ref + "T12:00:00Z"));
const out = new Array(items.length);
// One warm-up pass so the JIT has compiled the parser, then the timed pass.
for (let i = 0; i < items.length; i++) chrono.parse(items[i].text, refs[i]);
const t0 = performance.now();
for (let i = 0; i < items.length; i++) {
  out[i] = chrono.parse(items[i].text, refs[i]);
}
const ms = performance.now() - t0;
const res = out.map((rs) =>
  rs.map((r) => ({
    index: r.index,
    text: r.text,
    date: r.start.date().toISOString().slice(0, 10),
    certainDay: r.start.isCertain("day"),
    certainMonth: r.start.isCertain("month"),
  })),
);
process.stdout.write(JSON.stringify({ ms, results: res }));
