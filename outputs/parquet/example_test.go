package parquet_test

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"geotimeline/outputs/parquet"
	"geotimeline/pipeline"
)

func ExampleWriteEvents() {
	events := []pipeline.Event{
		{
			ID: "d1#0-37#lockdown", Type: "lockdown",
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2021, time.March, 1), End: pipeline.MakeDate(2021, time.March, 31), Precision: pipeline.PrecisionMonth},
			HasPlace: true, Place: pipeline.Place{Name: "Hamhung", Lat: 39.9183349, Lon: 127.5364222, Country: "KP"},
			Doc: pipeline.Document{ID: "d1"}, Sentence: "Hamhung was sealed off in March 2021.",
		},
		{ID: "d1#40-80#order", Type: "order", Doc: pipeline.Document{ID: "d1"}, Sentence: "An order went out."},
	}
	var buf bytes.Buffer
	if err := parquet.WriteEvents(&buf, events, parquet.Options{}); err != nil {
		fmt.Println(err)
		return
	}

	// Read it back as a notebook would.
	rdr, err := file.NewParquetReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(*rdr.MetaData().KeyValueMetadata().FindValue("geo"))
	fr, _ := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer tbl.Release()
	for _, name := range []string{"event_type", "date_start", "date_end", "lat", "place"} {
		col := tbl.Column(tbl.Schema().FieldIndices(name)[0]).Data().Chunk(0)
		fmt.Printf("%s %s: %s, %s\n", name, col.DataType(), col.ValueStr(0), col.ValueStr(1))
	}
	// Output:
	// {"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB","geometry_types":["Point"],"bbox":[127.536422,39.918335,127.536422,39.918335],"covering":{"bbox":{"xmin":["bbox","xmin"],"ymin":["bbox","ymin"],"xmax":["bbox","xmax"],"ymax":["bbox","ymax"]}}}}}
	// event_type utf8: lockdown, order
	// date_start date32: 2021-03-01, (null)
	// date_end date32: 2021-03-31, (null)
	// lat float64: 39.918335, (null)
	// place utf8: Hamhung, (null)
}
