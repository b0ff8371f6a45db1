package events

import (
	"testing"

	"geotimeline/pipeline"
)

// TestSession11Modality covers the plan words of session 11: "poised to",
// "ready to" and "about to" before a trigger make it planned ("were about
// to execute two men when the order was cancelled"); "about" before a
// number and "ready" without "to" change nothing.
func TestSession11Modality(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"poised to",
			"The regime is poised to close the border near {{Hyesan|city|KP|Ryanggang}}.",
			[]wantEvent{{"border_closure", pipeline.Planned, "", "Hyesan", 1}}},
		{"about to",
			"Authorities were about to execute two men in {{Hyesan|city|KP|Ryanggang}} on [[Oct. 3|2024-10-03]] when the order was cancelled.",
			[]wantEvent{{"execution", pipeline.Planned, "2024-10-03..2024-10-03", "Hyesan", 1}, {"order", pipeline.Occurred, "2024-10-03..2024-10-03", "Hyesan", 1}}},
		{"ready to",
			"The army was ready to fire artillery at {{Kaesong|city|KP|North Hwanghae}} on [[Oct. 3|2024-10-03]].",
			[]wantEvent{{"other", pipeline.Planned, "2024-10-03..2024-10-03", "Kaesong", 1}}},
		{"guard: about before a number",
			"About 300 residents were arrested in {{Hyesan|city|KP|Ryanggang}} on [[Oct. 3|2024-10-03]].",
			[]wantEvent{{"arrest", pipeline.Occurred, "2024-10-03..2024-10-03", "Hyesan", 1}}},
		{"guard: ready without to",
			"Troops stood ready as police arrested 30 people in {{Hyesan|city|KP|Ryanggang}} on [[Oct. 3|2024-10-03]].",
			[]wantEvent{{"arrest", pipeline.Occurred, "2024-10-03..2024-10-03", "Hyesan", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}
