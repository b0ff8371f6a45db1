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
		{"a sweep going on; one believed to have crossed; a border river waded; the police picking someone up; a bombing drill",
			"Border\n\nHOERYONG, Oct. 9, 2015 -- Since mid-September, a radio detection unit has been sweeping Hoeryong for Chinese phones. A family from Hoeryong disappeared in mid-August and is believed to have crossed into China. In June she crossed again, this time wading the Tumen near Musan. On Oct. 3 police picked him up in Hyesan. Fighter jets conducted a bombing drill near Jeju on Tuesday.\n", "",
			[]string{"crackdown 2015-09-11 Hoeryong", "defection 2015-08-11 Hoeryong", "defection 2015-06-01 Musan", "arrest 2015-10-03 Hyesan", "other 2015-10-06 Jeju"}},
		{"guard: one not of the police picking someone up; a parade ground; wading a river at home",
			"Hyesan\n\nHYESAN, Oct. 9, 2015 -- On Oct. 3 a taxi picked him up in Hyesan. Troops drilled at the parade ground in Pyongyang on Oct. 4.\n", "",
			[]string{"deployment 2015-10-04 Pyongyang"}},
	})
}
