package main

import "testing"

// TestSession21EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 21.
func TestSession21EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a bare day of the month the sentence names dates the event, not the month",
			"Lockdowns\n\nIn July 2020, Kaesong was placed under total lockdown on the 26th.\n", "2022-05-30",
			[]string{"lockdown 2020-07-26 Kaesong"}},
		{"days written first, the month and year after the second",
			"Floods\n\nHeavy rain on 27 and 28 July 2024 flooded Sinuiju. Between 20 and 22 July, officials inspected Manpo.\n", "2024-08-02",
			[]string{"other 2024-07-27 Sinuiju", "other 2024-07-20 Manpo"}},
		{"a saying dated day first; a body named with 'of'; a speaker before a name between commas",
			"Returns\n\nSEOUL, Dec. 20, 2023 -- On 17 October, the UN envoy on human rights in the DPRK, Elizabeth Salmón, said in Geneva that returnees faced torture. South Korea's Ministry of Unification expressed regret on 12 October. The spokesman for the ministry, Koo Byoung-sam, said on Monday that talks were possible.\n", "",
			[]string{"statement 2023-10-17 Geneva", "statement 2023-10-12 Seoul", "statement 2023-12-18 Seoul"}},
		{"detention centres that fill up are places, not an arrest; one sent to a detention centre is",
			"Returns\n\nSEOUL, Dec. 20, 2023 -- In 2021, Chinese detention centres in Tumen filled up. In March she was sent to a detention center in Tumen.\n", "",
			[]string{"arrest 2023-03-01 Tumen"}},
		{"a visitor received, a delegation hosted (where the host is, not where the delegation came from), a talk had",
			"Visits\n\nSEOUL, July 2, 2024 (Yonhap) -- Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan on Saturday. Last week, the Rason city people's committee hosted a trade delegation from Russia's Primorye region. On Monday, Kim had a friendly talk with Shoigu in Pyongyang.\n", "",
			[]string{"meeting 2024-06-29 Wonsan", "meeting 2024-06-24 Rajin", "meeting 2024-07-01 Pyongyang"}},
		{"guard: a letter, a call or a report received is no visit",
			"Letters\n\nSEOUL, July 2, 2024 (Yonhap) -- Kim received a letter from the Russian president in Pyongyang on Saturday. The premier received a report from the ministers in Pyongyang on Monday.\n", "",
			nil},
		{"a named town that was shut is locked down; not a road to it",
			"Lockdowns\n\nHamhung was shut on the 13th of May 2022. The road to Hyesan was closed on May 14, 2022.\n", "2022-05-30",
			[]string{"lockdown 2022-05-13 Hamhung"}},
		{"a home searched, a handler met again, a resort opened to tourists",
			"Cases\n\nSEOUL, July 2, 2024 (Yonhap) -- In January 2023 officers searched Park's home in Cheongju. He met the same handler again in August 2019 in Dandong. The resort opened to domestic tourists on July 1 in Wonsan.\n", "",
			[]string{"crackdown 2023-01-01 Cheongju-si", "meeting 2019-08-01 Dandong", "other 2024-07-01 Wonsan"}},
		{"ground broken for a building",
			"Bridge\n\nGround was broken on April 30 for a road bridge near Khasan.\n", "2024-07-02",
			[]string{"other 2024-04-30 Khasan"}},
		{"guard: searching for a home, resistance met again",
			"Cases\n\nSEOUL, July 2, 2024 (Yonhap) -- In May 2023 she was searching for a new home in Cheongju. The plan met resistance again in Seoul on Monday.\n", "",
			nil},
		{"the charge is no event of its own (the indictment is, since session 22)",
			"Cases\n\nSEOUL, Sept. 12, 2024 (Yonhap) -- In May last year prosecutors in Seoul indicted four former officials accused of meeting North Korean agents in Cambodia. Police arrested two men suspected of smuggling copper in Hyesan on Monday.\n", "",
			[]string{"other 2023-05-01 Seoul", "arrest 2024-09-09 Hyesan"}},
		{"a meeting at the presidential compound is in its city",
			"Launch\n\nSEOUL, Nov. 29, 2017 (Yonhap) -- President Moon Jae-in convened an emergency meeting of the National Security Council at Cheong Wa Dae at 6 a.m.\n", "",
			[]string{"meeting 2017-11-29 Seoul"}},
		{"held for a time at a holding centre",
			"Testimony\n\nIn 2019 she was held for two months in a detention centre in Tumen. I was held for forty days at the state security holding center in Onsong in 2020.\n", "2024-03-15",
			[]string{"arrest 2019-01-01 Tumen", "arrest 2020-01-01 Onsong"}},
	})
}

// TestSession21Review keeps what the two reviews of session 21's rules
// found misfiring out.
func TestSession21Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"review: talk of smuggling is no smuggling; a prisoner or a guard of a ministry is no speaker",
			"Talk\n\nReports of Chinese smuggling rose last month in Hyesan. A former prisoner of the Ministry of State Security, Kim Hyuk, said on Monday that torture was routine. A former guard at a camp run by the Ministry of State Security, Ahn Myong Chol, said on Monday that inmates starved.\n", "2024-03-15",
			nil},
		{"review: a detention centre one is in, or was dragged to, is an arrest; one that filled up is not",
			"Detention\n\nHer son has been in a detention centre in Shenyang since 5 March. During that period, Chinese detention centres in Tumen filled up.\n", "2024-03-15",
			[]string{"arrest 2024-03-05 Shenyang"}},
		{"review: a month and a day within it in one clause give one event of the day",
			"Executions\n\nIn February 2023, three soldiers were executed by firing squad in Hoeryong on the 9th.\n", "2024-03-15",
			[]string{"execution 2023-02-09 Hoeryong"}},
		{"review: what was received from a leader, a post received, lectures or tourists hosted, talks not held",
			"Visits\n\nKim Jong Un received the president's letter in Pyongyang on Monday. The defector received a secretary position at a Seoul think tank in 2020. The Seoul bookshop hosted talks by three defectors on Saturday. Wonsan hosted a delegation of Russian tourists on Feb. 9. Had Kim had talks with Trump in Hanoi on better terms, the summit might have gone on. She had a long talk with her mother in Hyesan in 2019.\n", "2024-03-15",
			nil},
		{"review: a visitor's state or home is not where the visit was",
			"Visits\n\nSeoul hosted the president of Mongolia on Monday.\n", "2024-03-15",
			[]string{"meeting 2024-03-11 Seoul"}},
		{"review: a town closed without an outbreak, or as a crossing, shut in by snow, or a mountain resort, is no lockdown",
			"Closures\n\nKaesong was closed in 2016 when Seoul pulled out. Namyang was closed as a border crossing in 2020. Hyesan was shut in by heavy snow on Monday. Chongjin was closed on Tuesday after a fever outbreak.\n", "2024-03-15",
			[]string{"other 2024-03-11 Hyesan", "lockdown 2024-03-12 Chongjin"}}, // (snow that shut a town in is other, as before)
		{"review: searches for survivors, for a house, or of one's own flat are no crackdown; a police search for phones is",
			"Searches\n\nRescuers searched the collapsed apartment block in Pyongyang on May 13 for survivors. She searched online for a house in Seoul in 2018. The woman searched her apartment for the missing documents on Monday. Police searched his home in Hyesan for Chinese phones on May 3.\n", "2024-03-15",
			[]string{"other 2023-05-13 Pyongyang", "crackdown 2023-05-03 Hyesan"}},
	})
}
