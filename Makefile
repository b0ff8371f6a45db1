# geotimeline — see README.md. Every target works offline on a fresh checkout
# (the Go module proxy aside) with ../shared beside it for the data targets.

GO      ?= go
INPUT   ?= examples/corpus
OUT     ?= out
WORKERS ?= 0
SHARED  ?= ../shared
BIN     := bin/geotimeline

.PHONY: all build pipeline test vet fmt-check fuzz bench bench-corpus linearity lgl tempeval compare-dates gazetteer clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/geotimeline

## pipeline: run the whole pipeline on INPUT (default: the bundled sample corpus) into OUT.
pipeline: build
	$(BIN) run -in $(INPUT) -out $(OUT) $(if $(filter-out 0,$(WORKERS)),-workers $(WORKERS))

## test: what CI runs — formatting, vet, and every test with the race detector;
## then the DuckDB checks of the Parquet outputs, a separate module (without -race:
## DuckDB is a large C++ library linked through cgo).
test: fmt-check vet
	$(GO) test -race -count=1 ./...
	cd outputs/internal/duckdbtest && $(GO) vet ./... && $(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

## bench: the benchmarks (a few minutes; numbers go into docs/benchmarks.md). The
## end-to-end ones (cmd/geotimeline: a generated corpus of 1,000 articles, the
## stages one by one, the pathological inputs) run BENCHTIME times each.
BENCHTIME ?= 3x
bench:
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./... | grep -v '/cmd/geotimeline$$')
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) ./cmd/geotimeline

## bench-corpus: the larger end-to-end run of docs/benchmarks.md: BENCH_N generated
## articles (default 20,000, 84 MB of text) timed against the cost of decompressing them.
BENCH_N   ?= 20000
BENCH_DIR ?= /tmp/geotimeline-bench
bench-corpus: build
	mkdir -p $(BENCH_DIR)
	$(BIN) gen -n $(BENCH_N) -seed 1 -out $(BENCH_DIR)/corpus.jsonl.gz
	/usr/bin/time -f '%e s wall, %U s user (decompress only)' sh -c 'zcat $(BENCH_DIR)/corpus.jsonl.gz | wc -c'
	for w in 1 2; do /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak RSS (run -workers $$w)" \
		$(BIN) run -quiet -workers $$w -in $(BENCH_DIR)/corpus.jsonl.gz -out $(BENCH_DIR)/out || exit 1; done
	$(GO) test -run '^$$' -bench 'RunCorpus|ReadCorpus' -benchtime 1x -bench.articles $(BENCH_N) ./cmd/geotimeline

## linearity: 4x the pathological inputs (100,000 repetitions of a place name, 1 MB without
## punctuation) must cost less than 10x the CPU; a timing test, so not part of make test.
linearity:
	GEOTIMELINE_LINEARITY=1 $(GO) test -run PathologicalInputsStayLinear -v -count=1 ./cmd/geotimeline

## fuzz: every fuzz target for FUZZTIME each (default 5s); crashers land in testdata/fuzz.
fuzz:
	FUZZTIME=$(or $(FUZZTIME),5s) .ci/fuzz

## compare-dates: geotimeline's date values next to chrono-node, go-dateparser and when (a separate module; needs npm).
compare-dates:
	cd stages/dates/internal/compare && npm install --no-audit --no-fund && \
	  $(GO) run . -tbaq ../../../../$(SHARED)/eval/tempeval3/tbaq.jsonl -seeds ../../../../$(SHARED)/seeds

## lgl: geoparsing accuracy on LGL with cities500 (needs $(SHARED)/eval; see docs/benchmarks.md).
lgl:
	$(GO) test ./internal/geoeval -run TestLGL -lgl -v -count=1

## tempeval: date tagging accuracy on TempEval-3 TBAQ (needs $(SHARED)/eval).
tempeval:
	$(GO) test ./stages/dates -run TempEval -v -count=1

## gazetteer: regenerate the embedded gazetteer from $(SHARED)/data (byte-identical on re-run).
gazetteer:
	$(GO) run ./gazetteer/internal/gen -data $(SHARED)/data -out gazetteer/data

clean:
	rm -rf bin $(OUT)
