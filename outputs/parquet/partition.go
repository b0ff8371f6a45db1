package parquet

import (
	"cmp"
	pathpkg "path"
	"slices"
	"strconv"

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
// year of date_start, with the path YearPartition gives:
// dir/year=2020/part-0.parquet, and
// dir/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet for undated events. An
// event whose interval crosses New Year belongs to the year it starts in.
// Partitions come in ascending year order, the undated one last; events
// keep their input order within a partition. Write each with WriteEvents:
// the files carry no year column, readers derive it from the path. To
// stream, call YearPartition per event and Add it to that path's
// EventWriter instead.
func PartitionByYear(dir string, events []pipeline.Event) []Partition {
	byYear := map[int][]pipeline.Event{}
	paths := map[int]string{}
	for i := range events {
		p, y := YearPartition(dir, &events[i])
		byYear[y] = append(byYear[y], events[i])
		paths[y] = p
	}
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	// Ascending, with 0 (undated) last.
	slices.SortFunc(years, func(a, b int) int { return cmp.Or(cmp.Compare(btoi(a == 0), btoi(b == 0)), cmp.Compare(a, b)) })
	parts := make([]Partition, len(years))
	for i, y := range years {
		parts[i] = Partition{Path: paths[y], Year: y, Events: byYear[y]}
	}
	return parts
}

// YearPartition returns the file of the Hive-partitioned events dataset
// under dir that ev belongs to, slash-separated, and its year: the year of
// date_start ("dir/year=2020/part-0.parquet", 2020), or 0 and
// "dir/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet" when ev is undated.
// An event whose interval crosses New Year belongs to the year it starts in.
// It is the rule PartitionByYear applies.
func YearPartition(dir string, ev *pipeline.Event) (path string, year int) {
	v := HiveDefaultPartition
	if ev.Date.Known() {
		year = ev.Date.Start.Year
	}
	if year != 0 {
		v = strconv.Itoa(year)
	}
	return pathpkg.Join(dir, "year="+v, "part-0.parquet"), year
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
