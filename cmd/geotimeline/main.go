// Command geotimeline turns news articles into dated, geocoded events and
// writes them as GeoJSON, GeoParquet and timeline plots.
//
// Usage:
//
//	geotimeline run -in PATH -out DIR [-workers N] [-gazetteer FILE]
//	geotimeline extract [-published YYYY-MM-DD] [FILE|-]
//	geotimeline dates [-ref YYYY-MM-DD] [FILE|-]
//	geotimeline places [FILE|-]
//	geotimeline gazetteer lookup NAME
//
// Exit status: 0 on success, 1 on failure, 2 on a usage error. This package
// only parses flags and wires the stages together; the work is done in
// pipeline, stages/… and outputs/….
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
