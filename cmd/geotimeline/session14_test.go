package main

import "testing"

// TestSession14EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 14: a stance in quotation marks
// ("expressed "deep concern"") and a day between the speaker and "said"
// ("The ministry on Friday said"), a speaker whose title runs to ten words
// before the verb, the full name of a body told ("the General Assembly's
// Third Committee") and a talk to reporters opening the sentence
// ("Speaking to reporters at his office Tuesday evening, Kishida said")
// make statements; the White House, the
// Kremlin and a leader's sister speak from their capital even when the
// text names neither it nor the state; a statement "carried by state
// media on Wednesday" is dated by that day; a relative clause without
// "that" with a date of its own ("on top of the 8,000 soldiers it sent
// there last year") and a second clause of a type with a date of its own
// ("…, and two more were arrested in Hyesan on May 9") tell a second
// event of their type; a launch by a state
// named before it happened where it started from; a meeting of a state's
// governing body that the text places nowhere met in its capital; soldiers
// crossing the demarcation line as a group are an incursion, not a
// defection (a trigger whose subject is an actor stands); a person held
// is an arrest; a first-person account goes on where its
// teller last was; a third of a month and a weekday of last week are
// dated.
func TestSession14EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a stance in quotation marks; the capital of the speaker's state, unnamed",
			"Returns\n\nSouth Korea's Unification Ministry on Friday expressed \"deep concern\" over the returns and urged Beijing to stop them.\n", "2023-11-04",
			[]string{"statement 2023-11-03 Seoul"}},
		{"a day between the speaker and 'said'",
			"Aid\n\nSEOUL, May 10 (Yonhap) -- The Unification Ministry on Monday said it had approved a shipment of flour to the North.\n", "2022-05-10",
			[]string{"statement 2022-05-09 Seoul"}},
		{"the White House and the Kremlin speak from their capitals",
			"Arms\n\nThe White House said on Sept. 14 that trains loaded with shells had left Rajin for Russia.\n\nThe Kremlin said on Sept. 15 that no agreement had been signed.\n", "2023-09-20",
			[]string{"statement 2023-09-14 Washington", "statement 2023-09-15 Moscow"}},
		{"a statement carried by state media on a day; a sister who mocked",
			"Leaflets\n\nIn a statement carried by state media on Tuesday, Kim Yo Jong, the sister of leader Kim Jong Un, said the leaflets were an act of war.\n\n" +
				"On Thursday, Kim Yo Jong mocked the South's response in another statement.\n", "2024-06-08",
			[]string{"statement 2024-06-04 Pyongyang", "statement 2024-06-06 Pyongyang"}},
		{"a relative clause without 'that' dated apart tells a second event",
			"Troops\n\nThe North sent about 2,000 more troops to Russia's Kursk region in March, on top of the 8,000 soldiers it deployed there last year, officials said.\n", "2025-04-10",
			[]string{"deployment 2025-03-01 Kursk", "deployment 2024-01-01 Kursk"}},
		{"a second clause of the same type dated apart tells a second event",
			"Arrests\n\nPolice arrested three smugglers in Musan on May 2, and two more were arrested in Hyesan on May 9.\n", "2020-07-27",
			[]string{"arrest 2020-05-02 Musan", "arrest 2020-05-09 Hyesan"}},
		{"guard: a series aside is no second event",
			"Arrests\n\nPolice arrested three smugglers in Musan on May 2, the latest in a series of arrests this year.\n", "2020-07-27",
			[]string{"arrest 2020-05-02 Musan"}},
		{"soldiers crossing as a group are an incursion; a soldier crossing alone defects",
			"Border\n\nSome 20 KPA soldiers working near the border briefly crossed the MDL near Cheorwon on Saturday. A KPA soldier crossed the MDL near Paju on Sunday.\n", "2024-04-16",
			[]string{"other 2024-04-13 Cheorwon", "defection 2024-04-14 Paju"}},
		// (since session 16 the telling "told reporters in Seoul" is the
		// spokesperson's statement of the report's day; the return is
		// still no event)
		{"what must not happen is a position, not an event",
			"Returns\n\n\"Forced repatriation must not happen under any circumstances,\" a ministry spokesperson told reporters in Seoul.\n", "2023-10-11",
			[]string{"statement 2023-10-11 Seoul"}},
		{"review: a seat of government only mentioned is no speaker",
			"Drills\n\nKim Yo Jong, referring to a Pentagon report, said on Monday that the drills were a threat. President Yoon, who will visit the White House next month, said on Monday that talks were possible.\n", "2024-05-21",
			nil},
		{"review: a long title only for a body opening the sentence",
			"Launch\n\nA researcher who studied North Korea's missile program for two decades said on Monday that the launch had failed.\n", "2024-05-21",
			nil},
		{"review: 'mock' as an adjective is no statement",
			"Drill\n\nThe army held a mock battle near Kaesong on Monday.\n", "2024-05-21",
			nil},
		{"review: a re-mention in a later clause is no second event",
			"Arrests\n\nThree smugglers were arrested in Musan on May 2, and their families were informed of the arrests on May 9.\n", "2024-05-20",
			[]string{"arrest 2024-05-02 Musan"}},
		{"review: held up, held in high regard are no arrests",
			"Checkpoint\n\nShe was held up at the checkpoint in Hoeryong on Monday. He was held in high regard by party officials in Pyongyang in 2015.\n", "2024-05-21",
			nil},
		{"review: soldiers crossing to defect defect",
			"Defection\n\nTwo North Korean soldiers crossed the MDL near Paju on Tuesday to defect to the South.\n", "2024-05-20",
			[]string{"defection 2024-05-14 Paju"}},
		{"review: where the teller lives now is not where the story happened",
			"Testimony\n\nI now live in Seoul.\n\nMy cousin told me that three people were publicly executed in March.\n", "2024-05-20",
			[]string{"execution 2024-03-01 "}},
		{"review: a place the teller dreamed of is no place the teller was; where the teller lived is",
			"Testimony\n\nI lived in Hyesan with my parents. I always dreamed of going to Seoul one day.\n\nIn 2015, I was arrested for watching South Korean dramas.\n", "2024-03-13",
			[]string{"arrest 2015-01-01 Hyesan"}},
		{"review 2: a place in a phrase opening the sentence is where it was said",
			"Sanctions\n\nOn Tuesday in Geneva, the North Korean envoy said the sanctions were illegal. Speaking in Geneva, the envoy said on Wednesday that talks were over.\n", "2024-03-08",
			[]string{"statement 2024-03-05 Geneva", "statement 2024-03-06 Geneva"}},
		{"review 2: 'proposed' and 'offered' as adjectives or passives are no statements",
			"Budget\n\nOn Wednesday, the ministry's proposed budget cut aid to the North by 30 percent. On Monday, North Korean workers in Russia were offered higher wages.\n", "2024-03-08",
			nil},
		{"review 2: a titled name's demonym; what was said before the speaker's comma is not where",
			"Space\n\nRussian Defense Minister Andrei Belousov on Tuesday offered North Korea help with its space program. North Korea could send more troops to Russia, the NIS said Monday.\n", "2024-03-08",
			[]string{"statement 2024-03-05 Moscow", "statement 2024-03-04 Seoul"}},
		{"review 2: an embassy speaks from where it is; content before the speaker names no speaker",
			"Crash\n\nAt least 40 people were killed when a bus plunged into a river near Pyongyang, the Chinese embassy said on Monday.\n", "2024-03-08",
			nil},
		{"guard: an undated one tells none",
			"Troops\n\nThe North sent about 2,000 more troops to Russia's Kursk region in March, replacing some of the soldiers it sent there before.\n", "2025-04-10",
			[]string{"deployment 2025-03-01 Kursk"}},
		{"a launch by a state named before it happened where it started",
			"Launch\n\nThe military said it detected North Korea firing two ballistic missiles into the East Sea from the Sunan area on Monday.\n", "2024-03-20",
			[]string{"other 2024-03-18 Sunan"}},
		{"a meeting of a governing body the text places nowhere met in the capital",
			"Balloons\n\nSouth Korea's military said balloons from North Korea had landed across South Korea, most in Gyeonggi Province.\n\nThe presidential office convened a meeting of the National Security Council on Saturday morning.\n", "2024-06-10",
			[]string{"meeting 2024-06-08 Seoul"}},
		{"a person held; a first-person account goes on where its teller was",
			"Testimony\n\nIn May 2016 I was taken to the detention centre in Hoeryong. I was held there until September 2016.\n\n" +
				"In the winter of 2017, the guards made us watch two prisoners being shot.\n", "2023-03-01",
			[]string{"arrest 2016-05-01 Hoeryong", "arrest 2016-09-01 Hoeryong", "execution 2017-12-01 Hoeryong"}},
		{"guard: talks held are no arrest (a meeting since session 16)",
			"Talks\n\nTalks were held in Beijing on Tuesday between trade officials of the two countries.\n", "2023-03-02",
			[]string{"meeting 2023-02-28 Beijing"}},
		{"a speaker with a long title told a body by its full name",
			"Returns\n\nThe U.N. special rapporteur on the human rights situation in North Korea told the General Assembly's Third Committee in Geneva on 21 October that returnees faced torture.\n", "2022-10-25",
			[]string{"statement 2022-10-21 Geneva"}},
		{"a statement dated by a time counted from the report",
			"Aid\n\nThe Unification Ministry said last week that it had approved a shipment of flour. The ministry said last week's talks had failed.\n", "2024-10-10",
			[]string{"statement 2024-09-30 Seoul"}},
		{"a body's name with a possessive inside is still the state's body",
			"Warning\n\nNorth Korea's Korean People's Army General Staff responded in a statement carried by KCNA late Thursday, warning of action.\n", "2024-04-19",
			[]string{"statement 2024-04-18 Pyongyang"}},
		{"an official offer is a statement; a broker's is none",
			"Aid\n\nOn Thursday, Seoul's Ministry of Unification offered to send emergency relief goods through the Red Cross. A broker offered to take her across the river on March 3.\n", "2024-08-02",
			[]string{"statement 2024-08-01 Seoul"}},
		{"an official's dated saying stands when the sentence's triggers tell no event",
			"Prices\n\nRice prices could double by winter, the Unification Ministry said on Monday.\n", "2024-12-24",
			[]string{"statement 2024-12-23 Seoul"}},
		{"speaking to reporters at an office on a day",
			"Talks\n\nJapanese Prime Minister Fumio Kishida met his cabinet on Monday. Speaking to reporters at his office Tuesday evening, Kishida said Japan would keep seeking talks.\n", "2024-03-27",
			[]string{"statement 2024-03-26 Japan"}},
		{"a date in the possessive dates what it possesses, not the clause's other event",
			"Food\n\nKim Jong Un acknowledged in June that the food situation was tense at a plenary meeting of the party in Pyongyang, blaming last year's typhoons.\n", "2021-10-14",
			[]string{"meeting 2021-06-01 Pyongyang", "other 2020-01-01 Pyongyang"}},
		{"a third of a month; a weekday of last week",
			"Drugs\n\nIn the last ten days of April, police in Hamhung arrested 15 people who had bought methamphetamine, a source said. " +
				"A patrol boat fired warning shots near Yeonpyeong Island on Friday last week.\n", "2021-05-12",
			[]string{"arrest 2021-04-21 Hamhung", "other 2021-05-07 Yeonpyeong"}},
	})
}

// TestSession14Places covers the places and gazetteer rules of session 14:
// a district written with its town after a comma is the town's; a name
// that is a river and a town is the river where it is crossed and the
// town elsewhere in the same document; the
// gazetteer holds the places of Primorsky Krai across the Tumen
// ("Khasan"), "Tumangang" and "the Amur region".
func TestSession14Places(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a district, its town",
			"Flats\n\nKim Jong Un visited a housing site in Hwasong District, Pyongyang, on April 3.\n", "2023-04-05",
			[]string{"other 2023-04-03 Hwasong-dong"}},
		{"a North Korean town's district the gazetteer lacks is the town, not a far namesake",
			"Raids\n\nPolice raided homes in Songyo District, Pyongyang, on March 3.\n", "2023-03-10",
			[]string{"crackdown 2023-03-03 Pyongyang"}},
		{"a name crossed is the river, the same name 'in' is the town, in one document",
			"Escape\n\nShe crossed the Tumen at night on March 3, 2019.\n\nChinese police arrested her at a restaurant in Tumen on April 2, 2019.\n", "2023-06-01",
			[]string{"defection 2019-03-03 Tumen River", "arrest 2019-04-02 Tumen"}},
		{"the Russian side of the Tumen and the Amur region",
			"Workers\n\nRussian border guards detained two North Korean workers at Khasan on Oct. 2. Kim Jong Un met Russian President Vladimir Putin in the Amur region on Sept. 13.\n", "2023-10-20",
			[]string{"arrest 2023-10-02 Khasan", "meeting 2023-09-13 Amur Oblast"}},
	})
}
