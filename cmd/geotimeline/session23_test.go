package main

import "testing"

// TestSession23EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 23.
func TestSession23EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a day after a month a passage of an earlier year is told in; a month in the 'when' clause of a year",
			"Ties\n\nSEOUL, April 30, 2025 -- The ties grew closer in September 2023, when Kim rode his train east. He met Putin on September 13 in Vladivostok.\n\nHamhung was hit hard in 2020 as well, when an outbreak led officials to lock down the city in September.\n", "",
			[]string{"meeting 2023-09-13 Vladivostok", "lockdown 2020-09-01 Hamhung"}},
		{"a stance repeated; a protest lodged",
			"Launch\n\nTOKYO, March 16, 2023 -- On Wednesday a foreign ministry spokesperson in Beijing repeated the government's position on the launch.\n", "",
			[]string{"statement 2023-03-15 Beijing"}},
		{"a missile fired in the passive; boats ashore and bodies found; a price",
			"Coast\n\nTOKYO, Nov. 29, 2017 (Kyodo) -- The missile was fired at around 3:18 a.m. from near Pyongsong. A wooden boat drifted ashore in Yurihonjo on Thursday. On Monday, the bodies of eight men were found on a beach in Oga. In Chongjin, rice was trading at 5,000 won per kilogram on the 25th.\n", "",
			[]string{"other 2017-11-29 Pyongsong", "other 2017-11-23 Yurihonjō", "other 2017-11-27 Oga", "other 2017-11-25 Chongjin"}},
		{"prisoners released; a partnership signed; a treaty ratified",
			"Ties\n\nSEOUL, Dec. 20, 2024 -- On June 19, the two leaders signed a \"comprehensive strategic partnership\" in Pyongyang. Russia's parliament ratified it in Moscow in November. In May 2018, North Korea released three American prisoners in Pyongyang.\n", "",
			[]string{"meeting 2024-06-19 Pyongyang", "other 2024-11-01 Moscow", "other 2018-05-01 Pyongyang"}},
		{"a capital named by its country's adjective; a square and a launch site of the press",
			"Visit\n\nWASHINGTON, May 10, 2018 (AP) -- Pompeo held talks with Kim at a guesthouse in the North Korean capital on Wednesday. A parade was held in Kim Il Sung Square on Feb. 8. The rocket lifted off from the Sohae Satellite Launching Ground on Monday.\n", "",
			[]string{"meeting 2018-05-09 Pyongyang", "other 2018-02-08 Pyongyang", "other 2018-05-07 Cholsan"}},
		{"a first-person account: questioned in custody, given up to the police, flown to Seoul, deaths that winter",
			"Testimony\n\nI grew up in Musan. We were questioned for a month at the state security holding center in Onsong. I was sent to a camp outside Chongjin, and two women in my unit died that winter. I gave myself up to the immigration police in Bangkok, and I was flown to Seoul.\n", "2024-03-15",
			[]string{"arrest  Onsong", "sentence  Chongjin", "other  Chongjin", "arrest  Bangkok", "defection  Seoul"}},
		{"a forcible return documented; ships at sea; a leader met by name",
			"Report\n\nSEOUL, Dec. 14, 2023 -- This report documents the forcible return of 500 North Koreans from China on Oct. 9. On Jan. 20, 2018, a plane spotted a tanker tied up alongside a vessel off Shanghai. The Wise Honest loaded 25,000 tons of coal at the port of Nampo in March 2018. Pompeo met Kim in Pyongyang on Wednesday.\n", "",
			[]string{"defection 2023-10-09 China", "smuggling 2018-01-20 Shanghai", "smuggling 2018-03-01 Nampo", "meeting 2023-12-13 Pyongyang"}},
		{"a Korean surname told before with its given name is the person, not a place",
			"Verdict\n\nSEOUL, Feb. 19, 2025 (Yonhap) -- A court in Seoul fined former adviser Chung Eui-yong on Wednesday.\n\nProsecutors indicted Chung in February 2023.\n", "",
			[]string{"sentence 2025-02-19 Seoul", "other 2023-02-01 Seoul"}},
	})
}

// TestSession23Review keeps what a review of session 23's rules found
// misfiring out.
func TestSession23Review(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"review: the attribution tail 'told reporters' does not take over a launch; workers protesting; remains and aid handed over; soldiers carried to hospital",
			"Launch\n\nSEOUL, March 15, 2024 (Yonhap) -- North Korea fired two short-range ballistic missiles into the East Sea on Thursday, a Joint Chiefs of Staff official told reporters. Thousands of workers protested to the factory managers in Sinuiju on Monday over unpaid rations, a source said. The remains of a North Korean soldier were handed over to the North at Panmunjom on Thursday. Twenty tons of flour were handed over to the North at the Dandong customs office on Monday. The wounded soldiers had been carried to a hospital in Hyesan after the blast on Monday.\n", "",
			[]string{"other 2024-03-14 North Korea", "other 2024-03-11 Sinuiju"}},
		{"guard: a call to halt forced returns is no return",
			"Appeal\n\nSEOUL, Dec. 14, 2023 -- The group urged China in Seoul on Monday to halt forced returns of North Koreans.\n", "",
			[]string{}},
		{"review: 'end' alone halts nothing; a call for an end to returns; Kim the defector met; a cutter at a pier; coal onto trucks; questioned by a reporter; given up to despair",
			"Notes\n\nSEOUL, March 15, 2024 -- In the end, police arrested 30 smugglers in Sinuiju on March 5. Authorities launched a year-end crackdown in Hyesan in December. Human Rights Watch in Seoul called on Monday for an end to the forced return of North Koreans. She met Kim Ok-sun, a defector, in a cafe in Seoul last year. A cutter tied up alongside the pier in Incheon on Tuesday. Workers loaded coal onto trucks at a mine in Tanchon on Monday. \"I was questioned for an hour by a reporter in Seoul on Monday,\" she said. \"I gave myself up to despair in Hyesan in 2019,\" he said.\n", "",
			[]string{"arrest 2024-03-05 Sinuiju", "crackdown 2023-12-01 Hyesan"}},
		{"a term in a camp handed out; a court's verdict told actively",
			"Trial\n\nSEOUL, Feb. 19, 2025 (Yonhap) -- A Seoul court on Wednesday found four former officials guilty of abusing their authority. A guard was handed 15 years in a reform camp at a trial in Chongjin on the 16th.\n", "",
			[]string{"sentence 2025-02-19 Seoul", "sentence 2025-02-16 Chongjin"}},
		{"review: years to comply, years of aid, a camp built, shootings at the border",
			"Notes\n\nSEOUL, March 15, 2024 -- North Korea was given two years to comply with the agreement in Vienna on Monday. The United Nations has given 5 years of food aid to Hamhung since 2019. Authorities built a new reform camp near Hoeryong last year. The shootings took place along the border near Musan on March 10.\n", "",
			[]string{}},
		{"guard: a capitalist is no capital",
			"Rally\n\nSEOUL, May 10, 2018 -- Two South Korean capitalists were arrested in Kaesong on Monday.\n", "",
			[]string{"arrest 2018-05-07 Kaesong"}},
		{"review: a trade volume is no price; freed detainees speaking are no release",
			"Coal\n\nSEOUL, March 15, 2024 -- Pyongyang was trading at least 10 million yuan worth of coal a month with firms in Dandong, the report said. Freed detainees said on Wednesday they had been beaten in a holding center in Onsong.\n", "",
			[]string{}},
	})
}
