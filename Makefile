# geotimeline — see README.md. Every target works offline on a fresh checkout
# (the Go module proxy aside) with ../shared beside it for the data targets.

GO      ?= go
INPUT   ?= examples/corpus
OUT     ?= out
WORKERS ?= 0
SHARED  ?= ../shared
BIN     := bin/geotimeline

.PHONY: all build pipeline test vet fmt-check fuzz bench lgl tempeval compare-dates gazetteer clean

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

## bench: the benchmarks (slow; numbers go into docs/benchmarks.md).
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

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
