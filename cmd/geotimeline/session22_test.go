package main

import "testing"

// TestSession22EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 22.
func TestSession22EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"'the city' is not where a team came from; 'the X district' is the one by the town told before; a day opening its sentence without a comma",
			"Drug sweep in Hamhung\n\n2021.06.21 ASIAPRESS\n\nA campaign against drugs has been under way in Hamhung since early June. A joint team came down from Pyongyang in early June and set up in the provincial bureau.\n\nOn the 5th, an order from the Ministry of Social Security was read out at meetings across the city. In the middle of the month, officers raided homes in the Hungnam district and arrested about 30 people.\n\nOn the 17th a public trial was held at a stadium in Hamhung.\n", "",
			[]string{"crackdown 2021-06-01 Hamhung", "order 2021-06-05 Hamhung", "arrest 2021-06-11 Hungnam", "execution 2021-06-17 Hamhung"}},
		{"'the province' of a source is not the event's; 'where' after a goal is that goal",
			"Trial\n\nBy Kang | 2024.03.14\n\nNorth Korean authorities in Chagang Province held a public trial in the border city of Manpo on the 7th, handing prison terms to three residents, a source in the province told Daily NK. Last week the team moved on to Kanggye, the provincial capital, where it confiscated phones during raids on homes.\n", "",
			[]string{"sentence 2024-03-07 Manpo", "crackdown 2024-03-04 Kanggye"}},
		{"a verdict and an indictment",
			"Verdict\n\nPublished : Feb. 19, 2025\n\nFour officials were found guilty Wednesday of forcing two fishermen back to the North in 2019. Prosecutors in Seoul indicted the four officials in February 2023.\n", "",
			[]string{"sentence 2025-02-19 Seoul", "other 2023-02-01 Seoul"}},
		{"a treaty with a long name; talks where the visitor flew to",
			"Ties\n\nSEOUL, Dec. 20, 2024 -- Kim met Putin in Vladivostok on Sept. 13 last year, and the two leaders signed a Comprehensive Strategic Partnership treaty in Pyongyang on June 19. Last month, Russian Defense Minister Andrei Belousov flew to Pyongyang and held talks with Kim on Nov. 29.\n", "",
			[]string{"meeting 2023-09-13 Vladivostok", "meeting 2024-06-19 Pyongyang", "meeting 2024-11-29 Pyongyang"}},
		{"a visit's goal places the talks of the next sentence; a country before a title is whose official",
			"Launch\n\nSEOUL, March 18, 2024 (Yonhap) -- The launch coincided with a visit to Seoul by U.S. Secretary of State Antony Blinken. Blinken flew in on Sunday and held talks with Foreign Minister Cho Tae-yul that evening.\n", "",
			[]string{"meeting 2024-03-17 Seoul"}},
		{"a veto is cast at the Council's seat; what would have happened did not",
			"Veto\n\nNEW YORK, March 29, 2024 -- Russia cast a veto in the Security Council on Thursday. Russia on Thursday vetoed a U.N. Security Council resolution that would have extended the mandate of the panel. Without the warning, the guards would have shot him in Hyesan on Tuesday.\n", "",
			[]string{"other 2024-03-28 New York City", "other 2024-03-28 New York City"}},
		{"returnees handed over through a crossing",
			"Returns\n\nSEOUL, Oct. 20, 2023 -- A smaller group of about 80 people was handed over through Dandong in late April.\n", "",
			[]string{"defection 2023-04-21 Dandong"}},
		{"a first-person account: a camp one was sent to or spent months at, kept at a detention centre, questioned by officers, crossed again",
			"Testimony\n\nI grew up in Musan. She spent three months at the county labor training camp. I was kept at the detention center in Tumen for forty days. On the other side, State Security officers in Onsong questioned me for weeks. In the end they sent me to the labor training camp near Hoeryong. Later I crossed again, this time near Hoeryong.\n", "2024-03-15",
			[]string{"sentence  Musan", "arrest  Tumen", "arrest  Onsong", "sentence  Hoeryong", "defection  Hoeryong"}},
		{"building begun and finished, works opened, a train across a named bridge, a death, a failed attempt",
			"Bridges\n\nSEOUL, March 15, 2024 -- The New Yalu River Bridge, completed in 2014, has never opened. Construction of the reactor itself started in 2010 at Yongbyon. Russia and North Korea began building a road bridge near Khasan on Wednesday. The factories in Songchon County started production on March 1. The railway bridge, which opened in 1959, links Tumangang and Khasan. A train loaded with goods crossed the old Sino-Korean Friendship Bridge from Sinuiju on Jan. 16. Kim Jong Il died in December 2011 in Pyongyang. An earlier attempt on July 9 failed off Sinpo.\n", "",
			[]string{"other 2014-01-01 Dandong", "other 2010-01-01 Yongbyon", "other 2024-03-13 Khasan", "other 2024-03-01 Songchon", "other 1959-01-01 Tumangang-nodongjagu", "other 2024-01-16 Dandong", "other 2011-12-01 Pyongyang", "other 2023-07-09 Sinpo"}},
		{"returnees taken across by bus, moved through crossings, sent back across the border",
			"Returns\n\nSEOUL, Nov. 14, 2023 -- Around 200 were bused across the bridge from Tumen to Namyang on Oct. 9. Smaller groups were moved through the crossings at Hunchun the same night. In 2019 the government sent the pair back across the border at Panmunjom.\n", "",
			[]string{"defection 2023-10-09 Tumen", "defection 2023-10-09 Hunchun", "defection 2019-01-01 Panmunjom"}},
		{"the masthead's Juche year dates a yearless KCNA dateline",
			"Korean Central News Agency | Juche 109 (2020)\n\nMeeting Held\n\nPyongyang, July 26 (KCNA) -- An emergency meeting of the Political Bureau was held in Pyongyang on July 25.\n", "",
			[]string{"meeting 2020-07-25 Pyongyang"}},
	})
}

// TestSession22Review keeps what the reviews of session 22's rules found
// misfiring out.
func TestSession22Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"review: kept waiting, reporters' questions, a sign of a pact, the indicted as an adjective, people found guilty in a law; no one found guilty is denied",
			"Guards\n\nSEOUL, March 15, 2024 -- We were kept waiting at the station in Dandong on Monday. Reporters questioned him about the plan in Seoul on Monday. Troop movements near Kursk in October were a sign of the defence pact in action. The indicted former spy chief appeared in court in Seoul on Monday. Under the law adopted on Monday, people found guilty of distributing South Korean films face death. No one has been found guilty over the sinking, relatives said in Ansan on Monday.\n", "",
			[]string{"sentence 2024-03-11 Ansan-si negated"}},
		{"review: talks where the visitor went on to; a ministry's name is no title; 'would have to' and 'could have' are no counterfactual",
			"Guards\n\nSEOUL, March 15, 2024 -- Choe Son Hui travelled to Moscow on Monday. She then went on to Minsk, the Belarusian capital, and held talks with Lukashenko on Wednesday. A North Korea Defense Ministry spokesman in Pyongyang warned on Tuesday that the drills were a provocation. The city would have to lock down from Tuesday, officials in Hyesan said. At least three people could have been executed in public last month in Hoeryong.\n", "",
			[]string{"meeting 2024-03-13 Minsk", "statement 2024-03-12 Pyongyang", "lockdown 2024-03-12 Hyesan", "execution 2024-02-01 Hoeryong"}},
		{"review: a district of the city its own sentence names; an informant who came from a town tells of it; 'where' after an origin; a source's 'the city' when nothing else places the event",
			"Arrests\n\nSEOUL, March 15, 2024 -- A source in Hamhung said that security agents in Pyongyang arrested 20 people in the Sosong district on March 3. Rice prices have risen sharply in Pyongyang this month. A merchant who came up from Sariwon said police in the city arrested 20 grain traders on March 4. Kim Jong Un arrived in Vladivostok from Pyongyang on his armored train on March 10, where he held talks with Putin.\n\nNorth Korea has stepped up surveillance near the border with China, with Hyesan a focus.\n\nA source in the city told Daily NK that 30 people were arrested on March 5.\n", "",
			[]string{"arrest 2024-03-03 Pyongyang", "other 2024-03-01 Pyongyang", "arrest 2024-03-04 Sariwon", "meeting 2024-03-10 Vladivostok", "crackdown 2024-03-15 Hyesan", "arrest 2024-03-05 Hyesan"}},
		{"review: an attempt to flee that failed stays the flight; a camp one was kept in is a sentence, a reception centre nothing; police who question and release arrest no one; a study completed, an account opened, crossings again and again are no events; talks that opened are a meeting",
			"Guards\n\nSEOUL, March 15, 2024 -- Their attempt to flee failed in January 2020 near Hoeryong. I was kept in a political prison camp in Yodok from 1987 to 1997. We were kept at the reception centre in Anseong for three months in 2014. Police questioned him in Dandong on Monday but released him the same day. A study completed in 2021 by the institute found that the survey was hard. A bank account opened in Singapore was used to launder the money. He crossed again and again between Hyesan and Changbai in the 2000s. Talks opened in Geneva on Thursday.\n", "",
			[]string{"defection 2020-01-01 Hoeryong", "sentence 1987-01-01 Yodok", "meeting 2024-03-14 Geneva"}},
		{"review: a stay in a camp told before is its re-mention",
			"Camp\n\nSEOUL, March 15, 2024 -- In 2015 she was sent to the Jongori re-education camp in Hoeryong. After two years in the re-education camp, she was released.\n", "",
			[]string{"sentence 2015-01-01 Hoeryong"}},
	})
}
