package main

import "testing"

// TestSession24EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 24.
func TestSession24EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a yearless dateline in a term of office, its lede's weekday, and an earlier launch in a 'when' clause (the launch told again is no event)",
			"Launch\n\nSEOUL, Nov. 3 (Yonhap) -- North Korea launched what appeared to be an intercontinental ballistic missile on Thursday morning, the military said.\n\nPresident Yoon Suk Yeol convened a security meeting in Seoul.\n\nIt was the first ICBM launch since March 24, when the North fired what it claimed was a new Hwasong-17 from the Sunan airport.\n", "",
			[]string{"other 2022-11-03 North Korea", "meeting  Seoul", "other 2022-03-24 Sunan"}},
		{"a Hwasong fired by name",
			"Parade\n\nSEOUL, Feb. 9, 2023 -- The North fired a Hwasong-15 from Pyongyang on Feb. 18 last year.\n", "",
			[]string{"other 2022-02-18 Pyongyang"}},
		{"guard: a county named Hwasong fires nothing",
			"Purge\n\nSEOUL, Feb. 9, 2023 -- Officials fired the Hwasong County party secretary on Monday.\n", "",
			[]string{}},
		{"a second launch of a sentence in a 'when' clause after its day",
			"Launch\n\nSEOUL, Nov. 3, 2022 -- The North launched a missile from Wonsan on Thursday, its first since March 24, when it fired a new Hwasong-17 from the Sunan airport.\n", "",
			[]string{"other 2022-11-03 Wonsan", "other 2022-03-24 Sunan"}},
		{"prisoners freed; prices a good trades for or costs; first-person custody",
			"Notes\n\nSEOUL, Feb. 20, 2025 -- The three were freed on Wednesday in Pyongyang. In Chongjin, one U.S. dollar was trading for 25,300 won on the 16th. A partner in Hamhung said that on the 12th a kilogram of rice cost 9,200 won.\n\nFrom there we were taken to the state security holding center in Onsong.\n", "",
			[]string{"other 2025-02-19 Pyongyang", "other 2025-02-16 Chongjin", "other 2025-02-12 Hamhung", "arrest  Onsong"}},
		{"review: freed from duties or up to trade; taken to a station or a summer camp",
			"Notes\n\nSEOUL, Feb. 20, 2025 -- He was freed from his duties in Chongjin on Tuesday. Officials said they were freed up to trade at the Sinuiju market on Monday. We were taken to the station in Pyongyang on Monday. He was taken to the summer camp in Songdowon in 2012.\n", "",
			[]string{}},
		{"relatives summoned for questioning; a death at a hospital; bridges washed away; a missile that landed",
			"Notes\n\nSEOUL, Oct. 16, 2023 -- In Hoeryong, security officers summoned relatives of several returnees for questioning on the 13th. He died at a hospital in Cincinnati on June 19, 2017. Two bridges in Hoeryong were washed away on Saturday. One short-range ballistic missile landed off Sokcho on Sunday.\n", "",
			[]string{"arrest 2023-10-13 Hoeryong", "other 2017-06-19 Cincinnati", "other 2023-10-14 Hoeryong", "other 2023-10-15 Sokcho"}},
		{"police picked them up; guard: a bureau that picked up the tab",
			"Notes\n\nSEOUL, March 18, 2019 -- The county security bureau picked them up in Musan on the 12th. The county bureau picked up the bill in Hyesan on the 14th.\n", "",
			[]string{"arrest 2019-03-12 Musan"}},
		{"review: an envoy summoned, optimism washed away, a missile that landed a blow",
			"Notes\n\nSEOUL, Oct. 16, 2023 -- The committee's optimism was washed away in Seoul on Monday when North Korea rejected the offer. A missile landed a heavy blow on the sanctions regime in Seoul on Monday, analysts said.\n", "",
			[]string{}},
		{"the Security Council in New York acts at its seat, the city, not the state",
			"Test\n\nSEOUL, Sept. 10, 2016 -- The Security Council in New York condemned the test the same day.\n", "",
			[]string{"statement 2016-09-10 New York City"}},
		{"a statement told to a UN body in New York is made at its seat; guard: a court in New York is the state's",
			"Returns\n\nSEOUL, Dec. 14, 2023 -- A UN envoy told the General Assembly in New York on Oct. 26 that he was alarmed. A court in New York sentenced the smuggler on Monday.\n", "",
			[]string{"statement 2023-10-26 New York City", "sentence 2023-12-11 New York"}},
		{"review: a body named after the place, or seated elsewhere, moves nothing",
			"Notes\n\nSEOUL, Dec. 14, 2023 -- Floods hit western New York on Oct. 24 as the General Assembly met. A gunman killed three people in New York on Nov. 1 as the Security Council met.\n", "",
			[]string{"other 2023-10-24 New York", "other 2023-11-01 New York"}},
		{"guard: freed as an adjective; a cost that is no price",
			"Notes\n\nSEOUL, Feb. 20, 2025 -- Freed detainees said on Wednesday that they had been beaten in Onsong. The repairs in Hyesan cost 2 billion won on Monday.\n", "",
			[]string{}},
	})
}
