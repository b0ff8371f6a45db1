package main

import "testing"

// TestSession18EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 18 drawn from set 23's misses.
func TestSession18EndToEnd(t *testing.T) {
	runEndToEnd(t, []endToEndCase{
		{"a crackdown that spread to a new place is an event there",
			"Sweep\n\nPolice began searching homes in Hyesan on March 2.\n\nThe crackdown has also reached Kimjongsuk County, where another team has been searching homes since late March.\n", "2022-04-11",
			[]string{"crackdown 2022-03-02 Hyesan", "crackdown 2022-03-21 Kim Jong Suk ongoing"}},
		{"a lockdown extended to another city is a lockdown there",
			"Lockdown\n\nHyesan was locked down on March 2. The lockdown was extended to Kaesong on March 9.\n", "2022-04-11",
			[]string{"lockdown 2022-03-02 Hyesan", "lockdown 2022-03-09 Kaesong"}},
		{"guard: a crackdown that spread to the markets is no new place",
			"Sweep\n\nPolice began searching homes in Hyesan on March 2. The crackdown has since spread to the markets.\n", "2022-06-11",
			[]string{"crackdown 2022-03-02 Hyesan"}},
		{"guard: an undated spread tells nothing the detentions of its sentence do not",
			"Sweep\n\nPolice began searching homes in Sinuiju on March 2.\n\nThe campaign has spread to nearby Uiju county, where more than 20 people were detained earlier this week.\n", "2022-04-11",
			[]string{"crackdown 2022-03-02 Sinuiju", "arrest 2022-04-11 Uiju"}},
		{"a team that arrived on a day is a deployment",
			"Inspection\n\nA source said the 12-member team arrived in Hyesan on April 2.\n\nLast week a team of investigators from the Central Public Prosecutors Office arrived in Hamhung to audit the police.\n", "2022-04-11",
			[]string{"deployment 2022-04-02 Hyesan", "deployment 2022-04-04 Hamhung"}},
		{"guard: units that arrived, undated, retell a dispatch",
			"Flood\n\nOn Tuesday, the army dispatched soldiers to Uiju county.\n\n\"The military units arrived with trucks, but they brought no food,\" a source said.\n", "2023-08-12",
			[]string{"deployment 2023-08-08 Uiju"}},
		{"guard: a work team when I arrived is no deployment",
			"Mine\n\nOf the forty men in my work team when I arrived at the Musan mine in 2012, ten died.\n", "2020-01-01",
			nil},
		{"ice by weight is methamphetamine; 'about' before a number is no topic; 'bound for' is a goal",
			"Seizure\n\nIn late February, railway security agents found about three kilograms of ice hidden in a freight car bound for Sinuiju at Hamhung Station.\n", "2019-03-14",
			[]string{"drugs 2019-02-21 Hamhung"}},
		{"guard: ice on the river is no drug",
			"Winter\n\nIn late February, guards broke the ice on the Yalu near Hyesan.\n", "2019-03-14",
			nil},
		{"a government's decision is an order; each happening followed by a day of its own is an event; a cause is not what is ordered",
			"Release\n\nThe government decided on February 10 to suspend the operation of the complex in response to North Korea's fourth nuclear test on January 6 and its launch of a long-range ballistic missile on February 7.\n", "2016-02-12",
			[]string{"order 2016-02-10 North Korea", "other 2016-01-06 North Korea", "other 2016-02-07 North Korea"}},
		{"guard: a compound's day is the phrase's, not the trigger's",
			"Visit\n\nKim Jong Un inspected the flood-hit area in Sinuiju on July 29 and promised aid.\n", "2024-08-02",
			[]string{"other 2024-07-29 Sinuiju"}},
		{"a telling dated right after its audience is a statement where the report was filed, whatever 'would' follows; 'was accused of' is a charge, no statement",
			"Spy agency\n\nSEOUL, May 13 (AP) -- North Korea's defense minister was executed in late April after he was accused of disloyalty, South Korea's intelligence agency told lawmakers Wednesday, in what would be the harshest purge in years.\n", "2015-05-13",
			[]string{"execution 2015-04-21 North Korea", "statement 2015-05-13 Seoul"}},
		{"a telling after a comma is not placed by what it tells",
			"Briefing\n\nSEOUL, Sept. 15 (Yonhap) -- North Korea publicly executed two people in Hyesan in October last year, the National Intelligence Service told lawmakers Thursday.\n", "2022-09-15",
			[]string{"execution 2021-10-01 Hyesan", "statement 2022-09-15 Seoul"}},
		{"guard: the day of what was told is not the telling's",
			"Briefing\n\nSEOUL, Jan. 31 (Yonhap) -- The spy agency also told lawmakers that a man was publicly executed in South Hwanghae Province in late January.\n", "2025-01-31",
			[]string{"execution 2025-01-21 South Hwanghae"}},
	})
}
