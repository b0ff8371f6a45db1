package main

import "testing"

// TestSession20EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 20.
func TestSession20EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"what pictures of a day show is an event of that day, across an abbreviated month",
			"Shipyard\n\nImagery captured on Sept. 18 shows the barge moved to a covered dry dock at the Sinpo shipyard. Commercial satellite imagery of the reactor at Yongbyon from Aug. 30 indicates that the cooling system is running.\n", "2023-09-25",
			[]string{"other 2023-09-18 Sinpo", "other 2023-08-30 Yongbyon"}},
		{"guard: pictures without their day, or shown by a speaker",
			"Shipyard\n\nThe White House released images that it said showed containers loaded at Rajin. Satellite images show a new fence near Hoeryong.\n", "2023-09-25",
			nil},
	})
}
