package main

import (
	"strings"
	"testing"
)

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
		{"within minutes of the launch told before is its day",
			"Launch\n\nTOKYO (AP) -- North Korea fired a ballistic missile over northern Japan early Friday.\n\nSouth Korea's military fired two ballistic missiles into the sea off its east coast within minutes of the North's launch.\n", "2017-09-15",
			[]string{"other 2017-09-15 North Korea", "other 2017-09-15 South Korea"}},
		{"a state's forces acting are in that state",
			"Arrests\n\nBEIJING (Reuters) -- China's police arrested 20 defectors on Monday, activists said.\n", "2024-03-12",
			[]string{"arrest 2024-03-11 China"}},
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
		{"a sentence opening with a place and its day dates the saying after it",
			"Troops\n\nSEOUL, Oct. 18, 2024 (Yonhap) -- In Brussels on Thursday, Ukrainian President Volodymyr Zelenskyy told reporters that North Korea was preparing workers for Russia.\n", "",
			[]string{"statement 2024-10-17 Brussels"}},
		{"a saying in a part of a month is dated by it",
			"Returns\n\nBEIJING, Oct. 13, 2023 (Reuters) -- The returns became possible after Pyongyang said in late August that it would allow citizens stranded abroad to come home.\n", "",
			[]string{"statement 2023-08-21 Pyongyang"}},
		{"where commentators sit is not where what they comment on happened",
			"Purge\n\nPosted on 7 February 2023\n\nNorth Korea purged officials in 2013. When Kim Jong Un had his uncle executed in December 2013, many observers in Seoul read it as a blow.\n", "",
			[]string{"other 2013-01-01 North Korea", "execution 2013-12-01 North Korea"}},
		{"a North Korean dateline, not a site recalled for another day, places what the text places nowhere",
			"Plenum\n\nPyongyang, December 31, 2023 (KCNA) -- The plenary meeting of the Central Committee was held from December 26 to 30.\n\nThe report noted that a satellite was put into orbit on November 21 from the Sohae Satellite Launching Ground in Cholsan County, North Korea.\n\nThe plenary meeting dealt with organizational matters on December 29.\n", "",
			[]string{"meeting 2023-12-26 Pyongyang", "other 2023-11-21 Cholsan", "meeting 2023-12-29 Pyongyang"}},
		{"guard: the one site of the story, told undated, still places it",
			"Test-fire\n\nPyongyang, April 18, 2024 (KCNA) -- The DPRK conducted a test-fire of new-type missiles on April 17.\n\nThe missiles, launched from the area of Sukchon County, flew 300 km.\n\nExpressing satisfaction, Kim Jong Un gave instructions to expand production of the missiles on April 17.\n", "",
			[]string{"other 2024-04-17 North Korea", "order 2024-04-17 Sukchon"}},
		{"a launch started from where the clause says, not from what it flew over",
			"Launch\n\nTOKYO (AP) -- Friday's missile came after an intermediate-range launch on Aug. 29, also fired from Sunan, that flew over Hokkaido and landed in the Pacific.\n", "2017-09-15",
			[]string{"other 2017-08-29 Sunan"}},
		{"guard: what was met in full is no meeting",
			"Quota\n\nThe mine met the demands in full on Monday, a source said.\n", "2019-03-14",
			nil},
	})
}

// TestSession19Review holds the misfires a read-only review found in the
// first form of session 19's rules, each with the guard that mends it.
func TestSession19Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"guard: a meeting point or a conference hall is no meeting told before",
			"Flight\n\nThe Politburo met in Pyongyang on July 28.\n\nAt the meeting point in Changbai, Chinese police arrested the defectors on Aug. 2.\n\nAt the conference hall in Kaesong, guards arrested two officials on Aug. 3.\n", "2024-08-09",
			[]string{"meeting 2024-07-28 Pyongyang", "arrest 2024-08-02 Changbai", "arrest 2024-08-03 Kaesong"}},
		{"guard: a state's security council, a body's own assembly, a council's diplomat are not at the UN's seat",
			"Council\n\nA former Security Council diplomat was arrested in Seoul on Friday. The General Assembly of the Presbyterian Church adopted a resolution on Friday. Sergei Shoigu, secretary of Russia's Security Council, met Kim Jong Un in Pyongyang on Friday.\n", "2024-09-15",
			[]string{"arrest 2024-09-13 Seoul", "other 2024-09-13 Seoul", "meeting 2024-09-13 Pyongyang"}},
		{"guard: researchers who are arrested are no commentators",
			"Arrest\n\nChinese police arrested two researchers in Dandong, state media said on Monday.\n", "2019-05-20",
			[]string{"arrest  Dandong"}},
		{"guard: a plenum adopting a resolution is the plenum's meeting",
			"Plenum\n\nThe plenum adopted a resolution on Friday on the five-year plan.\n", "2021-01-13",
			[]string{"meeting 2021-01-08 "}},
		{"guard: who met someone years before is no meeting beside the statement",
			"Statement\n\nKim Yo Jong, who once met Moon in Seoul, said in a statement on Monday that talks were over.\n", "2019-05-20",
			[]string{"statement 2019-05-20 Seoul"}},
		{"a hyphenated given name between 'met' and 'in'",
			"Talks\n\nMoon Jae-in met Kim Yo-jong in Seoul on Feb. 10, 2018.\n", "2019-03-14",
			[]string{"meeting 2018-02-10 Seoul"}},
		{"guard: a count of hours before an occasion is not its day",
			"Summit\n\nOn Wednesday Kim met Putin at the Vostochny cosmodrome in Russia's Amur region.\n\nJust 48 hours before the summit, North Korea fired two ballistic missiles into the sea.\n", "2023-09-17",
			[]string{"meeting 2023-09-13 Amur Oblast"}},
		{"a document with no place: a further trigger with a day of its own beside a meeting (it crashed)",
			"Headline\n\nThe committee met on Friday to discuss the launch on Thursday.\n", "2021-01-13",
			[]string{"meeting 2021-01-08 ", "other 2021-01-07 "}},
		{"second review: a UN body hearing what a state did does not place the state's act",
			"Council\n\nThe Human Rights Council heard on Friday that North Korea executed 20 people.\n", "2019-05-20",
			[]string{"execution 2019-05-17 North Korea"}},
		{"second review: a relative clause's meeting, a match, a clause's own town at a meeting",
			"Talks\n\nMoon, whose envoy met Kim in Pyongyang in March, said on Monday the talks would resume. North Korea met Japan in a World Cup qualifier in Pyongyang on Tuesday.\n\nKim met Putin in Moscow on May 2.\n\nAt the meeting Putin thanked the troops deployed in Kursk.\n", "2019-05-20",
			[]string{"statement 2019-05-20 Pyongyang", "meeting 2019-05-02 Moscow", "deployment  Kursk"}},
		{"second review: 'that year-end' is no year told before; 'That summer camp' is no season",
			"Bonuses\n\nShe fled in 2014. The Cabinet said on Feb. 10 that year-end bonuses would be cut.\n", "2019-05-20",
			[]string{"defection 2014-01-01 ", "statement 2019-02-10 "}},
		{"second review: what soldiers owned is not carried troops; remains are not arrested; a letter does not arrive as a leader",
			"Pledges\n\nRodong Sinmun carried the soldiers' pledges of loyalty on its front page on May 2. Comrades carried the soldiers' coffins through Pyongyang on May 3. The UN Command took 55 boxes of remains into custody at Osan Air Base on May 4. The leader's personal letter arrived in Washington on May 5.\n", "2019-05-20",
			[]string{"statement 2019-05-02 "}},
		{"second review: 'the city' after a town someone fled from is that town",
			"Flight\n\nPolice in Musan were on alert on May 1. She fled from Hyesan on May 2, and police in the city arrested her mother the next day.\n", "2019-05-20",
			[]string{"defection 2019-05-02 Hyesan", "arrest 2019-05-03 Hyesan"}},
		{"guard: voting with one's feet is no vote",
			"Flight\n\nHe voted with his feet to leave North Korea on May 3.\n", "2019-05-20",
			nil},
	})
}

// TestSession19Initialism: a letter of an initialism is no place ("The D"
// of "The D.P.R.K." is an alternate name of Detroit in GeoNames).
func TestSession19Initialism(t *testing.T) {
	code, stdout, stderr := runCLI(t, "The D.P.R.K. launched a satellite on Tuesday.\n", "places", "-")
	if code != exitOK {
		t.Fatalf("places: exit %d: %s", code, stderr)
	}
	if strings.Contains(stdout, "Detroit") {
		t.Errorf("places found Detroit in an initialism:\n%s", stdout)
	}
}
