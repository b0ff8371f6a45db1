package dates_test

import (
	"context"
	"fmt"

	"geotimeline/pipeline"
	"geotimeline/stages/dates"
)

func ExampleTagger_Tag() {
	tg := dates.New(dates.Options{})
	ref := pipeline.DocDate{Date: pipeline.MakeDate(2020, 12, 19), Basis: pipeline.BasisPublished}
	text := "In November, authorities sealed off the city. Traders detained a few weeks ago got two to three years of hard labor."
	for _, m := range tg.Tag(text, nil, ref) {
		fmt.Printf("%q %s %s %s..%s %s\n", m.Text, m.Kind, m.Value, m.Interval.Start, m.Interval.End, m.Anchor)
	}
	// Output:
	// "November" date 2020-11 2020-11-01..2020-11-30 dct
	// "a few weeks ago" date 2020-WXX 2020-11-07..2020-12-05 dct
	// "two to three years" duration P2Y .. none
}

func ExampleDocumentDate() {
	dd := dates.DocumentDate("Border tightened\nDecember 19, 2020\n\nIn April, the posture was extended.")
	fmt.Println(dd.Date, dd.Basis, dd.Evidence)
	dd = dates.DocumentDate("Officials ordered a crackdown on Feb. 15, sources said.")
	fmt.Println(dd.Date.IsZero(), dd.Basis)
	// Output:
	// 2020-12-19 published dateline "December 19, 2020"
	// true none
}

func ExampleTagger_Process() {
	it := &pipeline.Item{Doc: pipeline.Document{
		Text:      "The party marked its anniversary on Sunday.",
		Published: pipeline.MakeDate(2021, 10, 12),
	}}
	if err := dates.New(dates.Options{}).Process(context.Background(), it); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(it.DocDate.Basis, it.DocDate.Evidence)
	for _, m := range it.Dates {
		fmt.Println(m.Text, m.Value)
	}
	// Output:
	// published metadata
	// Sunday 2021-10-10
}
