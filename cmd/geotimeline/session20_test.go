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
		{"a satellite put into its orbit; a military parade; a session a relative clause dates is no re-mention",
			"Plenum\n\nPyongyang, December 31 (KCNA) -- The plenary meeting was held from December 26 to 30, Juche 112 (2023), in Pyongyang.\n\nHe said the satellite was put into its orbit on November 21 from Sohae.\n\nHe praised the military parade held in Pyongyang on July 27.\n\nHe said that the Ninth Session of the Supreme People's Assembly, which met in Pyongyang on September 26 and 27, had fixed the policy.\n", "",
			[]string{"meeting 2023-12-26 Pyongyang", "other 2023-11-21 Cholsan", "other 2023-07-27 Pyongyang", "meeting 2023-09-26 Pyongyang"}},
		{"guard: a session re-mentioned with a relative clause of no day",
			"Plenum\n\nPyongyang, December 31 (KCNA) -- The plenary meeting was held from December 26 to 30, Juche 112 (2023), in Pyongyang.\n\nHe said that the Ninth Session of the Supreme People's Assembly, which met in the capital, had fixed the policy.\n", "",
			[]string{"meeting 2023-12-26 Pyongyang"}},
		{"a body that met again, an ambassador summoned",
			"Talks\n\nSEOUL, Oct. 22, 2024 (Yonhap) -- On Aug. 13, the Political Bureau met again in Pyongyang. On Monday, the first vice foreign minister summoned the Russian ambassador in Seoul.\n", "",
			[]string{"meeting 2024-08-13 Pyongyang", "meeting 2024-10-21 Seoul"}},
		{"one believed to have crossed into China; a bombing drill",
			"Border\n\nHOERYONG, Oct. 9, 2015 -- A family from Hoeryong disappeared in mid-August and is believed to have crossed into China. Fighter jets conducted a bombing drill near Jeju on Tuesday.\n", "",
			[]string{"defection 2015-08-11 Hoeryong", "other 2015-10-06 Jeju"}},
	})
}

// TestSession20Review keeps what the two reviews of session 20's rules
// found misfiring out.
func TestSession20Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"review: pictures of an event, of things, or released on a day show no event of their own",
			"Imagery\n\nImages from the March 3 execution in Hyesan show a crowd at the airfield. Satellite images of 30 trucks show a convoy near Sohae on March 5. Photos released by the Korean Central News Agency on Tuesday showed Kim Jong Un at a new hospital in Pyongyang. Imagery from March 7 shows no activity at the Punggye-ri test site.\n", "2024-03-15",
			[]string{"execution 2024-03-03 Hyesan"}},
		{"review: a parade of officials, an orbit of trade, a session that met with derision",
			"Plenum\n\nPyongyang, March 12 (KCNA) -- The session of the Supreme People's Assembly was held in Pyongyang on March 5, 2024.\n\nA parade of officials filed past Kim at the Kumsusan Palace on Friday. The economy was placed into Moscow orbit in 2023. The session, which met with derision on Monday, adopted a budget.\n", "",
			[]string{"meeting 2024-03-05 Pyongyang"}},
		{"review: met again with resistance, an ambassador summoned back, a missile believed to have crossed",
			"Talks\n\nSEOUL, March 12, 2024 (Yonhap) -- The push to reopen the Kaesong complex met again with resistance on Monday. Malaysia summoned back its ambassador from Pyongyang on Monday. The missile is believed to have crossed over Japan on Monday.\n", "",
			nil},
	})
}
