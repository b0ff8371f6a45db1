package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestSession10EndToEnd runs `extract` on passages of our own through every
// stage, for rules that need the real date and place stages: "now" dates
// no occasion of a habit, and a yearless wire dateline takes the one year
// of a named term of office in which the lede's weekday falls on it.
func TestSession10EndToEnd(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []string // event type and date_start of each event
	}{
		{"now dates no occasion of a weekly habit",
			"Warnings grow in Hyesan\n\nThe source said such warnings are now read out at every weekly study session.\n", "2024-08-03",
			[]string{}},
		{"a yearless dateline dated by a term and the lede's weekday",
			"Missile fired\n\nSEOUL, April 17 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Wednesday, South Korea's military said.\n\nPresident Yoon Suk Yeol called a meeting of the National Security Council in Seoul.\n", "",
			[]string{"other 2024-04-17", "meeting "}}, // (the meeting's sentence has no date of its own)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, stdout := extractedEvents(t, tc.text, tc.published, func(e extractedEvent) string { return e.Type + " " + e.Date })
			if !slices.Equal(got, tc.want) {
				t.Errorf("events = %q, want %q\n%s", got, tc.want, stdout)
			}
		})
	}
}

// extractedEvent is the part of an `extract` line the end-to-end tables
// compare.
type extractedEvent struct {
	Type  string `json:"event_type"`
	Date  string `json:"date_start"`
	End   string `json:"date_end"`
	Place string `json:"place"`
	Mod   string `json:"modality"`
}

// endToEndCase is a passage of our own, its publication date (may be
// empty) and the events `extract` must print for it, each as "type
// date_start place", with " modality" when it is not "occurred".
type endToEndCase struct {
	name, text, published string
	want                  []string
}

// runEndToEnd checks each case's events.
func runEndToEnd(t *testing.T, tests []endToEndCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, stdout := extractedEvents(t, tc.text, tc.published, func(e extractedEvent) string {
				if e.Mod != "occurred" {
					return e.Type + " " + e.Date + " " + e.Place + " " + e.Mod
				}
				return e.Type + " " + e.Date + " " + e.Place
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("events = %q, want %q\n%s", got, tc.want, stdout)
			}
		})
	}
}

// extractedEvents runs `extract` on text (with -published when published is
// not empty) and returns each event as row writes it, and the output.
func extractedEvents(t *testing.T, text, published string, row func(extractedEvent) string) ([]string, string) {
	t.Helper()
	args := []string{"extract"}
	if published != "" {
		args = append(args, "-published", published)
	}
	code, stdout, stderr := runCLI(t, text, append(args, "-")...)
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	got := []string{}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var e extractedEvent
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got = append(got, row(e))
	}
	return got, stdout
}
