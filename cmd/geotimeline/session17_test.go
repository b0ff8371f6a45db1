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
		{"the second city of a dateline is no event's place; coal moved between ships is smuggling",
			"Coal\n\nSEOUL/WASHINGTON (Reuters) - North Korean cargo ships transferred coal to barges off the port of Zhoushan between May and August, two officials said.\n", "2019-11-14",
			[]string{"smuggling 2019-05-01 Zhoushan"}},
		{"coal loaded at a port",
			"Coal\n\nThe tanker Ryong Gang 3 loaded coal at the western port of Nampo in early May, officials said.\n", "2019-11-14",
			[]string{"smuggling 2019-05-01 Nampo"}},
		{"a missile with a model number is fired",
			"Launch\n\nOn Aug. 24, North Korea fired a Pukguksong-1 SLBM from waters off Sinpo.\n", "2016-10-04",
			[]string{"other 2016-08-24 Sinpo"}},
		{"a month naming the launch again: two days later counts from its day",
			"Launch\n\nOn Aug. 24, North Korea fired a missile from Sinpo. An earlier attempt on July 9 failed.\n\nThe Security Council condemned the August launch two days later in a statement issued in New York.\n", "2016-10-04",
			[]string{"other 2016-08-24 Sinpo", "statement 2016-08-26 New York"}},
		{"guard: the month of the launch condemned is not the condemning's",
			"Launch\n\nThe Security Council in New York condemned the August launch.\n", "2016-10-04",
			[]string{"statement  New York"}},
	})
}
