package main

import "testing"

// TestSession19EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 19 drawn from set 28's misses.
func TestSession19EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a KCNA range with its Juche year dates the yearless dateline and what follows",
			"Plenum closes\n\nPyongyang, December 31 (KCNA) -- The plenary meeting of the Central Committee was held in Pyongyang from December 26 to 30, Juche 112 (2023).\n\nThe satellite was launched on November 21 from the Sohae Satellite Launching Ground.\n", "",
			[]string{"meeting 2023-12-26 Pyongyang", "other 2023-11-21 Cholsan"}},
		{"a phrase runs across an initialism's full stops; a leader met a named one in a place",
			"Summit\n\nHANOI, March 1, 2019 (AP) -- Kim Jong Un met U.S. President Donald Trump in Hanoi on Feb. 27. Moon met Xi in Beijing on Dec. 14, 2017.\n", "",
			[]string{"meeting 2019-02-27 Hanoi", "meeting 2017-12-14 Beijing"}},
		{"a satellite launched or put into orbit, told from what went up",
			"Satellite\n\nSEOUL, Nov. 22, 2023 (Yonhap) -- North Korea's reconnaissance satellite was put into orbit on Tuesday. A weather satellite was launched from Sohae on Nov. 2.\n", "",
			[]string{"other 2023-11-21 North Korea", "other 2023-11-02 Cholsan"}},
		{"what was done at a meeting told before was done where and when it sat",
			"Flood\n\nKim Jong Un convened a meeting of the Politburo in Sinuiju on July 30.\n\nAt that meeting the minister and the party secretary of Chagang province were both dismissed.\n", "2024-08-09",
			[]string{"meeting 2024-07-30 Sinuiju", "other 2024-07-30 Sinuiju"}},
		{"guard: a meeting told before alone in its clause adds no event",
			"Flood\n\nKim Jong Un convened a meeting of the Politburo in Sinuiju on July 30.\n\nAt the meeting, officials discussed the harvest.\n", "2024-08-09",
			[]string{"meeting 2024-07-30 Sinuiju"}},
		{"a saying's day before the place it was said in",
			"Sanctions\n\nState Department spokesman Matthew Miller said on Wednesday in Washington that the United States would impose sanctions. A spokesman said Sept. 14 at a briefing in Tokyo that Japan would follow.\n", "2023-09-17",
			[]string{"statement 2023-09-13 Washington", "statement 2023-09-14 Tokyo"}},
		{"'the city' is not the town someone came from",
			"Sweep\n\nPolice searched homes in Hyesan on Nov. 2, sources said.\n\nResidents were nervous while a team from Pyongyang was in town.\n\nA platoon leader stationed in the city was arrested on Nov. 5.\n", "2017-11-14",
			[]string{"crackdown 2017-11-02 Hyesan", "arrest 2017-11-05 Hyesan"}},
		{"hours before an occasion told before is its day",
			"Summit\n\nOn Wednesday Kim met Putin at the Vostochny cosmodrome in Russia's Amur region.\n\nHours before the summit, North Korea fired two ballistic missiles into the sea.\n", "2023-09-17",
			[]string{"meeting 2023-09-13 Amur Oblast", "other 2023-09-13 North Korea"}},
		{"guard: days before an occasion is not its day",
			"Summit\n\nOn Wednesday Kim met Putin at the Vostochny cosmodrome in Russia's Amur region.\n\nDays before the summit, North Korea fired two ballistic missiles into the sea.\n", "2023-09-17",
			[]string{"meeting 2023-09-13 Amur Oblast"}},
		{"a border river crossed on foot or swimming is a flight; taken into custody by 'took'",
			"Crossing\n\nTwo men swam across the Yalu near Hyesan on May 13.\n\nIn March 2012, Chinese police stopped her on a bus to Yanji and took her into custody.\n", "2019-05-20",
			[]string{"defection 2019-05-13 Hyesan", "arrest 2012-03-01 Yanji"}},
		{"guard: walking across a bridge is no flight",
			"Bridge\n\nTraders walked across the bridge to Dandong on May 13.\n", "2019-05-20",
			nil},
		{"a resolution adopted, passed or vetoed, or a vote, by a body of the United Nations is at its seat",
			"Sanctions\n\nSEOUL, Dec. 30, 2017 (AP) -- The U.N. Security Council unanimously adopted a resolution on Monday capping oil imports, in response to the test at Punggye-ri. On March 2 the Council passed Resolution 2270. On 18 November, the General Assembly's Third Committee voted 111 to 19 for a resolution. Russia on Thursday vetoed a U.N. Security Council resolution. The Human Rights Council voted on Friday to renew the mandate.\n", "",
			[]string{"other 2017-12-25 New York City", "other 2017-03-02 New York City", "other 2017-11-18 New York City", "other 2017-12-28 New York City", "other 2017-12-29 Genève"}},
		{"guard: a state's security council, a body acted upon, and a place the clause names",
			"Sanctions\n\nSEOUL, Dec. 30, 2017 (AP) -- South Korea's National Security Council voted on Friday to back the plan. North Korea on Friday condemned the U.N. Security Council resolution. The Security Council met in Geneva on Thursday.\n", "",
			[]string{"other 2017-12-29 Seoul", "statement 2017-12-29 North Korea", "meeting 2017-12-28 Geneva"}},
		{"guard: what was met in full is no meeting",
			"Quota\n\nThe mine met the demands in full on Monday, a source said.\n", "2019-03-14",
			nil},
	})
}
