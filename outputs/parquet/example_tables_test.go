package parquet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/apache/arrow/go/v17/parquet/file"

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

// Events are added one at a time, as the pipeline delivers them; a row
// group is written every RowGroupSize events (here 2), and the "geo"
// metadata written at Close covers every row.
func ExampleEventWriter() {
	var buf bytes.Buffer
	ew, err := parquet.NewEventWriter(&buf, parquet.Options{RowGroupSize: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	places := []pipeline.Place{
		{Name: "Sinuiju", Lat: 40.100556, Lon: 124.398056},
		{Name: "Hyesan", Lat: 41.401667, Lon: 128.1775},
		{Name: "Kaesong", Lat: 37.970833, Lon: 126.554444},
	}
	for i, pl := range places {
		ev := pipeline.Event{ID: fmt.Sprint("e", i), Type: "arrest", HasPlace: true, Place: pl, Doc: pipeline.Document{ID: "d"}}
		if err := ew.Add(&ev); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := ew.Close(); err != nil {
		fmt.Println(err)
		return
	}
	rdr, err := file.NewParquetReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		fmt.Println(err)
		return
	}
	var geo struct {
		Columns struct {
			Geometry struct{ BBox []float64 } `json:"geometry"`
		} `json:"columns"`
	}
	json.Unmarshal([]byte(*rdr.MetaData().KeyValueMetadata().FindValue("geo")), &geo)
	fmt.Println(rdr.NumRows(), "rows in", rdr.NumRowGroups(), "row groups; bbox", geo.Columns.Geometry.BBox)
	// Output:
	// 3 rows in 2 row groups; bbox [124.398056 37.970833 128.1775 41.401667]
}

// Each event goes to the file of its year.
func ExampleYearPartition() {
	for _, ev := range []pipeline.Event{
		{ID: "a", Date: pipeline.Interval{Start: pipeline.MakeDate(2020, time.December, 28), End: pipeline.MakeDate(2021, time.January, 3)}},
		{ID: "b"}, // undated
	} {
		fmt.Println(parquet.YearPartition("events", &ev))
	}
	// Output:
	// events/year=2020/part-0.parquet 2020
	// events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet 0
}
