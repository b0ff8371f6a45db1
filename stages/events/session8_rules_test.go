package events

import "testing"

// TestSession8Triggers covers wordings read in the twelfth blind set
// (session 8): a reply "in a statement" is a statement, "would be met
// with force" is no meeting, and a statement's day may follow the outlet
// that carried it ("said in a statement carried by KCNA late Thursday").
// Each row is our own sentence; the guards keep what the wording must not
// catch.
func TestSession8Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"responded in a statement", "{{North Korea|country|KP}}'s General Staff responded in a statement on [[Thursday|2024-11-07]], warning of action.", []string{"statement"}},
		{"said in a statement carried by an outlet, late on a day", "The foreign ministry of {{North Korea|country|KP}} said in a statement carried by the official news agency [[late Thursday|2024-11-07]] that Seoul would pay a price.", []string{"statement"}},
		{"a meeting is still met with", "Kim met with the Russian delegation in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2024-11-04]].", []string{"meeting"}},
		{"guard: would be met with force", "Any intrusion near {{Kaesong|city|KP|North Hwanghae}} would be met with force, the army said on [[Monday|2024-11-04]].", []string{}},
		{"guard: was met with protests", "The new rule in {{Hyesan|city|KP|Ryanggang}} was met with anger on [[Monday|2024-11-04]].", []string{}},
		{"guard: carried by a newspaper, no day", "The ministry said in a statement carried by newspapers in {{Pyongyang|capital|KP|Pyongyang}} that the talks were useful.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}
