package parquet_test

import (
	"bytes"
	"fmt"
	"time"

	"geotimeline/outputs/parquet"
	"geotimeline/pipeline"
)

func ExamplePartitionByYear() {
	events := []pipeline.Event{
		{ID: "a", Date: pipeline.Interval{Start: pipeline.MakeDate(2021, time.May, 2), End: pipeline.MakeDate(2021, time.May, 2)}},
		{ID: "b"}, // undated
		{ID: "c", Date: pipeline.Interval{Start: pipeline.MakeDate(2020, time.December, 28), End: pipeline.MakeDate(2021, time.January, 3)}},
	}
	for _, p := range parquet.PartitionByYear("events", events) {
		fmt.Println(p.Path, len(p.Events))
	}
	// Output:
	// events/year=2020/part-0.parquet 1
	// events/year=2021/part-0.parquet 1
	// events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet 1
}

func ExampleDocumentWriter() {
	var buf bytes.Buffer
	dw, err := parquet.NewDocumentWriter(&buf, parquet.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Add documents as they come out of the pipeline; every 256 make a row group.
	for _, id := range []string{"a.txt", "b.txt"} {
		doc := pipeline.Document{ID: id, Text: "Hyesan was sealed off."}
		if err := dw.Add(parquet.DocumentRow{Doc: doc, DocDate: pipeline.DocDate{Basis: pipeline.BasisNone}}); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := dw.Close(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("PAR1")), bytes.HasSuffix(buf.Bytes(), []byte("PAR1")))
	// Output:
	// true true
}
