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
// per item and buffers at most a few items per worker.
func Run(ctx context.Context, src Source, stages []Stage, sink func(*Item) error, opts RunOptions) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	type job struct {
		it   *Item
		done chan error // buffered(1): the worker's verdict on it
	}
	jobs := make(chan job)             // to the workers
	order := make(chan job, 2*workers) // the same jobs, in input order, to the sink

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- process(ctx, stages, j.it)
			}
		}()
	}

	// Producer: reads the source and feeds both queues.
	var srcErr error
	go func() {
		defer close(order)
		defer close(jobs)
		for seq := 0; ; seq++ {
			it, err := src.Next(ctx)
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				srcErr = err
				cancel(err)
				return
			}
			it.Seq = seq
			j := job{it: it, done: make(chan error, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Sink: waits for each job in input order.
	var runErr error
	for j := range order {
		if runErr != nil {
			continue // drain so the producer can finish
		}
		var err error
		select {
		case err = <-j.done:
		case <-ctx.Done():
			err = context.Cause(ctx)
		}
		if err == nil {
			err = sink(j.it)
		}
		if err != nil {
			runErr = err
			cancel(err)
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
