//go:build unix

package dates

import (
	"syscall"
	"time"
)

// cpuTime returns the user+system CPU time the process has used so far, to
// report throughput per CPU second next to the wall-clock MB/s on a loaded
// machine (run benchmarks with -cpu 1 so only one goroutine tags).
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
