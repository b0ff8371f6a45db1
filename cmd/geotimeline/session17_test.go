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
		{"a numeric date above a dateline with the month's name is read day first",
			"Train arrives\n\n12/03/2024 09:47\n\nVLADIVOSTOK, March 12. /TASS/. A passenger train crossed into Russia at Khasan on Sunday, the railway said.\n", "",
			[]string{"other 2024-03-10 Khasan"}},
		{"guard: a numeric date alone keeps the month first",
			"Train arrives\n\n12/03/2024 09:47\n\nA passenger train crossed into Russia at Khasan on Sunday, the railway said.\n", "",
			[]string{"other 2024-12-01 Khasan"}},
		{"a dateline in brackets is the report's, not the event's",
			"China returns hundreds of North Koreans\n\n(Seoul, November 14, 2023) - Chinese authorities forcibly returned about 500 North Koreans on the night of October 9, 2023, a rights group said today.\n", "",
			[]string{"defection 2023-10-09 China"}},
		{"a crossing closed to passengers; travel abroad suspended",
			"Bridge\n\nThe rail bridge at Namyang had been closed to passenger traffic since February 2020. In March 2020 the country suspended international travel.\n", "2024-03-12",
			[]string{"border_closure 2020-02-01 Namyang", "border_closure 2020-03-01 Namyang"}},
		{"a press conference a spokesman told or spoke at is the statement's venue",
			"Abductions\n\nThe top government spokesman told a regular press conference in Tokyo on Wednesday that the issue remained the most important task.\n\nThe foreign ministry spokesman said at a news conference in Beijing on Thursday that China had no comment.\n", "2017-11-17",
			[]string{"statement 2017-11-15 Tokyo", "statement 2017-11-16 Beijing"}},
		{"guard: a conference told of is a meeting",
			"Talks\n\nThe spokesman said the conference held in Tokyo on Wednesday had ended without a deal.\n", "2017-11-17",
			[]string{"meeting 2017-11-15 Tokyo"}},
	})
}
