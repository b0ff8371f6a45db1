package main

import "testing"

// TestSession13EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 13: a digest of wire items anchors each
// item's dates on its own dateline, is dated by its latest dateline, and
// places an item's statement at its dateline rather than at the
// headline's place (its other events keep the headline's town); a
// proclamation posted and notices that went up are orders; a habit told of
// a noun in an apposition is not the clause's; a byline's name is no
// place; a town's bodies and districts place their events in the town; an
// earlier day that an "after" clause goes back to does not move "the
// following day"; a plan the clause says was laid out is past; a statement
// is dated by a day written first ("on 12 October") and made where its
// occasion was held ("said at a briefing in Beijing", "told the Security
// Council in New York", "At a briefing in Beijing on Monday, a spokesman
// confirmed"), even when filed from another city of the speaker's country;
// a county of the Koreas or China the gazetteer lacks is placed at the
// town it is named after, with a county's precision; forces "sent in" are
// deployed; an agreement suspended or scrapped is an order, and the year
// naming the agreement does not date it; a day opening the sentence dates
// a statement in any of its clauses; a clause "when" opens after a day
// happened that day ("since Friday, when …"); a speaker named for a state
// ("the North's foreign ministry") speaks from it whatever its verb; an
// official the text gave with an office speaks again by surname
// ("Kishida said").
func TestSession13EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a digest: each item anchored on its dateline, the document on the latest, a statement at the item's dateline",
			"Weekly digest: floods in Mundok County\n\nPyongyang, June 7 (KCNA) -- Kim Jong Un inspected a farm in Mundok County on Monday, June 6, 2022.\n\n" +
				"Pyongyang, June 9 (KCNA) -- The foreign ministry issued a statement on Monday condemning joint drills.\n\n" +
				"Pyongyang, June 14 (KCNA) -- A decree of the Presidium of the Supreme People's Assembly on flood control was promulgated on June 13.\n", "",
			[]string{"other 2022-06-06 Mundok", "statement 2022-06-06 Pyongyang", "order 2022-06-13 Pyongyang"}},
		{"a proclamation posted and notices that went up are orders; a byline's name is no place",
			"Border notices\n\nNAGANO Jun | 2021.03.02\n\nA proclamation issued in the name of the Ministry of State Security was posted at markets in Hoeryong on Feb. 25, a partner said. " +
				"The notices, signed by the provincial security bureau, went up in Musan on Feb. 26.\n", "",
			[]string{"order 2021-02-25 Hoeryong", "order 2021-02-26 Musan"}},
		{"a byline's name is no place for an event without one",
			"Guards told to shoot\n\nNAGANO Jun | 2021.03.02\n\nIn late February, border guards put up a new fence along the river, a partner said.\n", "",
			[]string{"deployment 2021-02-21 "}},
		{"a habit in an apposition is the noun's; a town's districts are the town's",
			"Fences\n\nIn late July, soldiers strung a new barbed-wire fence along the riverbank in Hyesan's Hyehwa and Wiyon districts.\n\n" +
				"In early August, soldiers of the Storm Corps, a special forces unit usually stationed far from the border, arrived in Hyesan and were placed at guard posts.\n", "2020-09-04",
			[]string{"deployment 2020-07-21 Hyesan", "deployment 2020-08-01 Hyesan"}},
		{"a town's body acts in the town",
			"Arrests\n\nHyesan's Security Department arrested two smugglers on Aug. 29, a source said.\n", "2020-09-04",
			[]string{"arrest 2020-08-29 Hyesan"}},
		{"an earlier day an 'after' clause goes back to does not move 'the following day'",
			"Lockdown\n\nAuthorities sealed off Kaesong on July 24, after a man who had fled to the South swam back and returned to the city on July 19. " +
				"At an emergency meeting in Pyongyang the following day, the politburo declared a maximum emergency.\n", "2020-08-05",
			[]string{"lockdown 2020-07-24 Kaesong", "order 2020-07-25 Pyongyang"}},
		{"a plan laid out in January is past; a plan to hold one in January lies ahead",
			"Plans\n\nThe tests suggest Pyongyang is pressing ahead with the arms plan laid out at a party meeting in Pyongyang in January.\n\n" +
				"The country plans to hold a party congress in Pyongyang in January.\n", "2021-10-27",
			[]string{"meeting 2021-01-01 Pyongyang", "meeting 2022-01-01 Pyongyang planned"}},
		{"a statement at a briefing, day first, where it was said",
			"Returns\n\nA spokesperson for China's Ministry of Foreign Affairs said at a regular briefing in Beijing on 12 October 2023 that there were no defectors in China.\n", "2023-12-14",
			[]string{"statement 2023-10-12 Beijing"}},
		{"an envoy told a body where it sits",
			"Returns\n\nA UN envoy told the Security Council in New York on 26 October that he was deeply alarmed by the returns.\n", "2023-12-14",
			[]string{"statement 2023-10-26 New York City"}},
		{"a spokesman confirmed at a briefing the sentence opens with: there, not at the dateline",
			"Rail\n\nDANDONG, China, Jan. 18, 2022 -- At a regular news briefing in Beijing on Monday, a spokesman for China's foreign ministry confirmed that rail service had restarted.\n", "",
			[]string{"statement 2022-01-17 Beijing"}},
		{"a Chinese county the gazetteer lacks is at its seat, not the province",
			"Fences\n\nChinese authorities put up new double fences along the riverbank in Kuandian County on Sept. 3, residents said.\n", "2020-09-10",
			[]string{"deployment 2020-09-03 Kuandian"}},
		{"forces sent in are deployed; letters sent in are not",
			"Floods\n\nAir force helicopters and navy boats were sent in on Sunday to rescue residents in Sinuiju. Letters were sent in on Monday by residents of Uiju.\n", "2024-08-02",
			[]string{"deployment 2024-07-28 Sinuiju"}},
		{"an agreement suspended is an order, dated by its sentence, not by the agreement's year",
			"Pact\n\nOn June 4, Seoul fully suspended a 2018 inter-Korean military agreement aimed at reducing tensions. The 2018 summit was held in Pyongyang.\n", "2024-06-10",
			[]string{"order 2024-06-04 Seoul", "meeting 2018-01-01 Pyongyang"}},
		{"a day opening the sentence dates a warning of its second clause; 'stop' of another clause is no object marker",
			"Balloons\n\nOn June 2, the vice defense minister said the country would stop the launches, but warned that it would send more trash.\n", "2024-06-05",
			[]string{"statement 2024-06-02 "}},
		{"a clause 'when' opens after a day happened that day; the North's ministry speaks from Pyongyang",
			"Drones\n\nSEOUL, Oct 14 (Reuters) - Tensions have risen since Friday, when the North's foreign ministry accused South Korea of flying drones over Pyongyang.\n", "2024-10-14",
			[]string{"statement 2024-10-11 Pyongyang"}},
		{"'their drills' after 'said' is a re-mention: the saying is the event",
			"Drills\n\nNorth Korea's KCNA news agency said in a commentary on Sunday that their drills were a rehearsal for an invasion.\n", "2024-08-20",
			[]string{"statement 2024-08-18 Pyongyang"}}, // (session 14: at the speaker's capital, unnamed)
		{"an official named again by surname speaks; a trader does not",
			"Talks\n\nJapanese Prime Minister Fumio Kishida called the launch unacceptable.\n\nOn Tuesday, Kishida said Japan would keep working with its allies. " +
				"The trader Park Min-su lives in Tokyo. On Wednesday, Park said he was innocent.\n", "2024-03-28",
			[]string{"statement 2024-03-26 Japan"}},
		{"controls tightened are a crackdown; supplies tightened, or a purpose to punish, are none",
			"Border\n\nThe MSS tightened controls along the riverbank in Hyesan on March 3. The loss of farmland in Sinuiju could tighten supplies later in the year. " +
				"\"Harsh public punishment in Hyesan on March 3 is meant to frighten the neighbors,\" a source said.\n", "2024-03-27",
			[]string{"crackdown 2024-03-03 Hyesan"}},
		{"review: a digest headlined with a town keeps it for its events; only statements go to the item's dateline",
			"Inter-Korean news in brief: Hyesan\n\nSEOUL, March 4 (Yonhap) -- Security agents arrested five people for watching South Korean dramas on Tuesday, a source said.\n\n" +
				"SEOUL, March 5 (Yonhap) -- The unification ministry said on Wednesday that it would resume civilian exchanges.\n", "2025-03-06",
			[]string{"arrest 2025-03-04 Hyesan", "statement 2025-03-05 Seoul"}},
		{"review: a dispatch quoted under another outlet's dateline makes no digest",
			"N. Korea threatens response to drills\n\nSEOUL, March 14 (Yonhap) -- North Korea on Thursday warned of a strong response to joint drills. The statement read in part:\n\n" +
				"Pyongyang, March 10 (KCNA) -- The DPRK will take resolute countermeasures against the war drills.\n\nPolice in Seoul arrested two activists on Tuesday for sending leaflets.\n", "2024-03-14",
			[]string{"statement 2024-03-14 North Korea", "arrest 2024-03-12 Seoul"}},
		{"review: a digest's items after an early publication date happened",
			"Weekly digest of North Korean media\n\nPyongyang, August 14 (KCNA) -- Kim Jong Un inspected the munitions factory in Kusong on Saturday.\n\n" +
				"Pyongyang, August 18 (KCNA) -- The Supreme People's Assembly issued a decree on Thursday on strengthening the border guard.\n", "2023-08-14",
			[]string{"other 2023-08-12 Kusong", "order 2023-08-17 Pyongyang"}},
		{"review: a month and day naming the agreement suspended does not date it; a year dates the signing",
			"Seoul suspends part of military pact\n\nSEOUL, Nov. 22 (Yonhap) -- South Korea on Wednesday partially suspended the September 19 inter-Korean military agreement. " +
				"The two Koreas had signed the 2018 agreement in Pyongyang.\n", "2023-11-23",
			[]string{"order 2023-11-22 South Korea", "meeting 2018-01-01 Pyongyang"}},
		{"review: a town's body acts where it sent its agents",
			"Agents\n\nHyesan's Security Department sent agents to Musan on Friday to arrest smugglers.\n", "2024-09-04",
			[]string{"arrest 2024-08-30 Musan"}},
		{"review 2: a leader's warning during a visit is made there, not at the capital",
			"News\n\nSeoul and Pyongyang traded threats. Kim Jong Un warned during a visit to Wonsan on Tuesday that enemies would be annihilated.\n", "2024-06-10",
			[]string{"statement 2024-06-04 Wonsan"}},
		{"review 2: a town's body that arrested smugglers of goods into China acted at home",
			"News\n\nHyesan's Security Department arrested two women on Monday for smuggling copper into China.\n", "2024-06-10",
			[]string{"arrest 2024-06-10 Hyesan"}},
		{"review 2: seats occupied by soldiers are no deployment",
			"News\n\nSeats at the rally in Pyongyang were occupied by soldiers on Monday.\n", "2024-06-10",
			[]string{"meeting 2024-06-10 Pyongyang"}},
		{"review 2: a surname two people share names no speaker",
			"News\n\nThe unification minister, Kim Yung-ho, visited Paju on Monday. A defector, Kim Ji-min, also attended.\n\nOn Tuesday, Kim said that she feared for her family.\n", "2024-06-10",
			[]string{"other 2024-06-10 Paju"}},
		{"review 2: the opening day does not date a warning in a clause of time, nor traders'",
			"News\n\nOn June 2, after Kim Yo Jong warned of retaliation, the South suspended the loudspeaker broadcasts. " +
				"On June 3, the ministry said the border would reopen next month, but Chinese traders warned that few trucks had crossed.\n", "2024-06-10",
			[]string{}},
		{"review 2: officials punished, a border tightened",
			"News\n\nThe central party punished 20 officials in South Hamgyong Province for negligence in May. North Korea tightened the border with China in Hyesan last month.\n", "2024-06-10",
			[]string{"crackdown 2024-05-01 South Hamgyong", "crackdown 2024-05-01 Hyesan"}},
		{"review 2: a plan unveiled on the report's day is dated by its day ahead",
			"News\n\nUnder a plan unveiled on Monday, North Korea will close the border in Hyesan from July 1.\n", "2024-06-10",
			[]string{"border_closure 2024-07-01 Hyesan planned"}},
		{"review 2: an order revoked is dated by its revocation, not by the month naming it",
			"News\n\nThe ministry revoked the March 2023 order on border controls in Hyesan on Monday.\n", "2024-06-10",
			[]string{"order 2024-06-10 Hyesan"}},
		{"review 2: a digest's later item stamped a week after an early publication date is this year's",
			"Digest\n\nPyongyang, August 14 (KCNA) -- The foreign ministry issued a statement on Sunday condemning the drills.\n\n" +
				"Pyongyang, August 24 (KCNA) -- The defence ministry issued a statement on Wednesday condemning the drills.\n", "2023-08-15",
			[]string{"statement 2023-08-13 Pyongyang", "statement 2023-08-23 Pyongyang"}},
		{"a month after 'said in' is the saying's time, not a place",
			"Pact\n\nThe ministry said in November 2023 that it would no longer abide by the pact.\n", "2023-12-14",
			[]string{"statement 2023-11-01 "}},
	})
}
