// Command gen writes geotimeline's embedded gazetteer table from the source
// files of shared/data:
//
//	go run ./gazetteer/internal/gen -data ../shared/data -out gazetteer/data
//
// It reads the curated alias table out/aliases.tsv, checks that every alias
// names an entry of the table, and writes out/places.tsv.gz (gzip without
// name or time stamp), out/index.bin.gz (its key index, see
// gazetteer.IndexFile) and out/SOURCE.md. The output is a pure function of the
// inputs: running it twice gives the same bytes. It is not part of the
// product build.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "directory of the source data (shared/data)")
	out := fs.String("out", "gazetteer/data", "output directory (holds aliases.tsv)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	st, err := generate(*data, *out)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "gen: %d entries, %d names, %d aliases\n", st.entries, st.names, st.aliases)
	return 0
}
