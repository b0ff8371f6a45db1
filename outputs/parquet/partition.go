package parquet

import (
	"cmp"
	"fmt"
	"path"
	"slices"

	"geotimeline/pipeline"
)

// HiveDefaultPartition is the partition value of events without a date, the
// name Hive, Spark and DuckDB read as NULL.
const HiveDefaultPartition = "__HIVE_DEFAULT_PARTITION__"

// A Partition is one file of a Hive-partitioned events dataset.
type Partition struct {
	Path   string // slash-separated, relative to the output directory: "events/year=2020/part-0.parquet"
	Year   int    // 0 for the undated partition
	Events []pipeline.Event
}

// PartitionByYear splits events into Hive-style partitions under dir by the
// year of date_start: dir/year=2020/part-0.parquet, and
// dir/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet for undated events. An
// event whose interval crosses New Year belongs to the year it starts in.
// Partitions come in ascending year order, the undated one last; events
// keep their input order within a partition. Write each with WriteEvents:
// the files carry no year column, readers derive it from the path.
func PartitionByYear(dir string, events []pipeline.Event) []Partition {
	byYear := map[int][]pipeline.Event{}
	for _, e := range events {
		y := 0
		if e.Date.Known() {
			y = e.Date.Start.Year
		}
		byYear[y] = append(byYear[y], e)
	}
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	// Ascending, with 0 (undated) last.
	slices.SortFunc(years, func(a, b int) int { return cmp.Or(cmp.Compare(btoi(a == 0), btoi(b == 0)), cmp.Compare(a, b)) })
	parts := make([]Partition, len(years))
	for i, y := range years {
		v := HiveDefaultPartition
		if y != 0 {
			v = fmt.Sprint(y)
		}
		parts[i] = Partition{Path: path.Join(dir, "year="+v, "part-0.parquet"), Year: y, Events: byYear[y]}
	}
	return parts
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
