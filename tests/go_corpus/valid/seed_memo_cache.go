// Seed 001: a concurrent cache where the first caller computes a value and
// later callers wait on its ready channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{} // closed when res is ready
}

type Func func(key string) (interface{}, error)

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo {
	return &Memo{f: f, cache: make(map[string]*entry)}
}

func (memo *Memo) Get(key string) (value interface{}, err error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		// This is the first request for this key.
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready) // broadcast ready condition
	} else {
		// This is a repeat request for this key.
		memo.mu.Unlock()
		<-e.ready // wait for ready condition
	}
	return e.res.value, e.res.err
}

func main() {
	var calls int
	var callsMu sync.Mutex
	m := New(func(key string) (interface{}, error) {
		callsMu.Lock()
		calls++
		callsMu.Unlock()
		return len(key), nil
	})
	var wg sync.WaitGroup
	var outMu sync.Mutex
	var out []string
	for _, k := range []string{"go", "rust", "go", "zig", "rust", "go"} {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			v, _ := m.Get(k)
			outMu.Lock()
			out = append(out, fmt.Sprint(k, "=", v))
			outMu.Unlock()
		}(k)
	}
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out, "calls:", calls)
}
