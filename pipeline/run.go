package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// A Stage transforms one document's item in place. Process must be safe for
// concurrent use and must not keep it after returning. A returned error
// aborts the run; problems confined to this document go into it.Diags.
type Stage interface {
	Name() string
	Process(ctx context.Context, it *Item) error
}

// A Source yields documents one at a time, like csv.Reader. Next returns
// io.EOF after the last document. A problem with one input record that does
// not stop the source is not returned as an error: it is recorded on the
// item's Diags, or kept by the source for the caller to collect.
type Source interface {
	Next(ctx context.Context) (*Item, error)
}

// RunOptions configures Run. The zero value is useful.
type RunOptions struct {
	// Workers is the number of concurrent workers; 0 means runtime.GOMAXPROCS(0).
	Workers int
}

// Run pulls items from src, passes each through stages in order on a fixed
// pool of workers, and calls sink with the finished items in input order.
// The first error from the source, a stage or the sink stops the run and is
// returned; cancellation of ctx returns ctx.Err(). Run starts no goroutine
// per item. Items travel between the reader, the workers and the sink in
// small batches (see maxBatchItems), so that a goroutine hand-off is paid
// once per batch rather than once per item; at most two batches per worker
// and aheadBatches more are in flight.
func Run(ctx context.Context, src Source, stages []Stage, sink func(*Item) error, opts RunOptions) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	jobs := make(chan *batch)                        // to the workers
	order := make(chan *batch, workers+aheadBatches) // the same batches, in input order, to the sink

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				b.run(ctx, stages)
			}
		}()
	}

	// Producer: reads the source and feeds both queues.
	var srcErr error
	go func() {
		defer close(order)
		defer close(jobs)
		send := func(b *batch) bool {
			select {
			case order <- b:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- b:
			case <-ctx.Done():
				return false
			}
			return true
		}
		b := newBatch()
		for seq := 0; ; seq++ {
			it, err := src.Next(ctx)
			if errors.Is(err, io.EOF) {
				if len(b.items) > 0 {
					send(b)
				}
				return
			}
			if err != nil {
				srcErr = err
				cancel(err)
				return
			}
			it.Seq = seq
			b.items = append(b.items, it)
			b.bytes += len(it.Doc.Text)
			if b.full() {
				if !send(b) {
					return
				}
				b = newBatch()
			}
		}
	}()

	// Sink: waits for each batch in input order.
	var runErr error
	for b := range order {
		if runErr != nil {
			continue // drain so the producer can finish
		}
		var (
			err error
			ok  int // items finished
		)
		select {
		case <-b.done:
			err, ok = b.err, b.ok
		case <-ctx.Done():
			err = context.Cause(ctx)
		}
		// The items before a failed one are finished: they go to the sink
		// first, as they would have one at a time.
		for _, it := range b.items[:ok] {
			if runErr = sink(it); runErr != nil {
				break
			}
		}
		if runErr == nil {
			runErr = err
		}
		if runErr != nil {
			cancel(runErr)
		}
	}
	wg.Wait()
	switch {
	case srcErr != nil:
		return srcErr
	case runErr != nil:
		return runErr
	}
	return ctx.Err()
}

// A batch is a run of consecutive items that one worker processes in turn
// and the sink then takes in order. It closes at maxBatchItems items or
// once its texts reach maxBatchBytes, so that a batch of long documents is
// short.
type batch struct {
	items []*Item
	bytes int           // the items' text, in bytes
	done  chan struct{} // closed when the worker is through
	ok    int           // set before done: the items processed without error
	err   error         // set before done: the error that stopped the worker, if any
}

// Batch bounds. Small enough that the items in flight stay few and the
// workers share a corpus evenly; large enough that the hand-offs cost
// little beside the stages.
const (
	maxBatchItems = 16
	maxBatchBytes = 64 << 10
)

// aheadBatches is how many batches the workers may finish beyond one each
// before the sink takes them. A sink pauses now and then for much longer
// than a batch takes (a Parquet writer compressing a row group: 100 ms
// against 5 ms for a batch of news articles); with room for only one batch
// per worker, the workers stood idle through each pause (0.35 s of a
// one-worker run of 20,000 articles, 0.05 s with this room). The cost is
// memory: the finished items of up to this many batches more (about 15 MB
// for news articles).
const aheadBatches = 32

func newBatch() *batch {
	return &batch{items: make([]*Item, 0, maxBatchItems), done: make(chan struct{})}
}

func (b *batch) full() bool { return len(b.items) >= maxBatchItems || b.bytes >= maxBatchBytes }

// run passes the batch's items through stages, stopping at the first error.
func (b *batch) run(ctx context.Context, stages []Stage) {
	defer close(b.done)
	for _, it := range b.items {
		if b.err = process(ctx, stages, it); b.err != nil {
			return
		}
		b.ok++
	}
}

func process(ctx context.Context, stages []Stage, it *Item) error {
	for _, s := range stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, it); err != nil {
			return fmt.Errorf("%s: %s: %w", s.Name(), it.Doc.Path, err)
		}
	}
	return nil
}
