package main

import "testing"

// TestSession17EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 17: a dateline without its year takes
// the year before an anniversary that "the new year" or "next year" marks.
func TestSession17EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a December dateline: the new year marks an anniversary",
			"Plenum closes\n\nPyongyang, December 30 (KCNA) -- A plenary meeting of the Central Committee was held from December 26 to 29 in Pyongyang.\n\nIt set tasks for the new year, which marks the 80th founding anniversary of the Party.\n", "",
			[]string{"meeting 2024-12-26 Pyongyang"}},
		{"next year marks an anniversary",
			"Plenum closes\n\nPyongyang, June 30 (KCNA) -- A plenary meeting of the Central Committee was held from June 26 to 29 in Pyongyang.\n\nNext year marks the 80th founding anniversary of the Party, the meeting noted.\n", "",
			[]string{"meeting 2024-06-26 Pyongyang"}},
		{"guard: the new year of a January dispatch is the year begun",
			"New Year rally\n\nPyongyang, January 3 (KCNA) -- A rally was held on January 2 in Pyongyang to greet the new year, which marks the 80th founding anniversary of the Party.\n", "",
			[]string{"meeting 2025-01-02 Pyongyang"}},
		{"guard: the new year of a June dispatch fixes nothing",
			"Plenum closes\n\nPyongyang, June 30 (KCNA) -- A plenary meeting of the Central Committee was held from June 26 to 29 in Pyongyang.\n\nIt looked ahead to the new year, which marks the 80th founding anniversary of the Party.\n", "",
			[]string{"meeting  Pyongyang"}},
	})
}
