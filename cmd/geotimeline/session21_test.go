package main

import "testing"

// TestSession21EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 21.
func TestSession21EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a bare day of the month the sentence names dates the event, not the month",
			"Lockdowns\n\nIn July 2020, Kaesong was placed under total lockdown on the 26th.\n", "2022-05-30",
			[]string{"lockdown 2020-07-26 Kaesong"}},
		{"days written first, the month and year after the second",
			"Floods\n\nHeavy rain on 27 and 28 July 2024 flooded Sinuiju. Between 20 and 22 July, officials inspected Manpo.\n", "2024-08-02",
			[]string{"other 2024-07-27 Sinuiju", "other 2024-07-20 Manpo"}},
	})
}
