//go:build !race

package ingest

// raceEnabled is true when the race detector is on: big-input tests shrink.
const raceEnabled = false
