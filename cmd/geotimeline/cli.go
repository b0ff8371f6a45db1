package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// version is the pipeline version recorded in run.json.
const version = "0.1.0"

// errUsage marks a usage error: the message has been printed with the usage.
var errUsage = errors.New("usage")

type command struct {
	name, args, help string
	run              func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch: its streams and a logger on stderr.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

func commands() []command {
	return []command{
		{"run", "-in PATH [-out DIR] [-workers N] [-gazetteer FILE] [-overrides FILE] [-focus CC,…] [-cache DIR] [-partition year] [-timeline-by type|place] [-strict] [-quiet] [-cpuprofile FILE]", "run the whole pipeline over a corpus and write the outputs", cmdRun},
		{"extract", "[-published YYYY-MM-DD] [-gazetteer FILE] [-overrides FILE] [-focus CC,…] [FILE|-]", "print the events of one document as JSON lines", cmdExtract},
		{"dates", "[-ref YYYY-MM-DD] [FILE|-]", "print the date expressions of one document as JSON lines", cmdDates},
		{"places", "[-gazetteer FILE] [-overrides FILE] [-focus CC,…] [FILE|-]", "print the toponyms of one document, resolved, as JSON lines", cmdPlaces},
		{"gazetteer", "lookup [-gazetteer FILE] [-overrides FILE] NAME", "print the gazetteer candidates for a name as JSON lines", cmdGazetteer},
		{"eval", "-gold GOLD.jsonl -in PATH [-json] [-workers N] [-focus CC,…]", "score the events of a corpus against gold events: recall, date/place/type accuracy, precision, per type", cmdEval},
		{"gen", "-n N [-seed S] -out FILE.jsonl.gz", "write a synthetic corpus with its ground truth, for scale and accuracy tests", cmdGen},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			return exitUsage
		}
		fmt.Fprintf(stderr, "geotimeline %s: %v\n", c.name, err)
		return exitFail
	}
	fmt.Fprintf(stderr, "geotimeline: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "geotimeline turns news articles into dated, geocoded events.")
	fmt.Fprintln(w, "\nUsage:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  geotimeline %s %s\n      %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintln(w, "\nRun 'geotimeline COMMAND -h' for a command's options. Exit status: 0 ok, 1 failure, 2 usage error.")
}

// newFlags returns a FlagSet for a command that prints its usage to stderr.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	for _, c := range commands() {
		if c.name == name {
			fs.Usage = func() {
				fmt.Fprintf(e.stderr, "Usage: geotimeline %s %s\n  %s\n", c.name, c.args, c.help)
				if hasFlags(fs) {
					fmt.Fprintln(e.stderr, "\nOptions:")
					fs.PrintDefaults()
				}
			}
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses args; a parse error becomes errUsage (the flag package has
// printed the message and usage already).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// usageErr prints msg and the command's usage and returns errUsage.
func usageErr(e *env, fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(e.stderr, "geotimeline %s: %s\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return errUsage
}

// oneInput returns the single FILE|- argument (default "-").
func oneInput(e *env, fs *flag.FlagSet) (string, error) {
	switch fs.NArg() {
	case 0:
		return "-", nil
	case 1:
		return fs.Arg(0), nil
	}
	return "", usageErr(e, fs, "want one input, got %s", strings.Join(fs.Args(), " "))
}

// discard returns a logger that drops everything.
func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
