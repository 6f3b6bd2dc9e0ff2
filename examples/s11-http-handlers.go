package main

import (
	"fmt"
	"sync"
)

// A pretend HTTP server: each request runs its handler in its own goroutine,
// as net/http does, and every handler touches the same map.
type Store struct {
	mu   sync.Mutex
	data map[string]int
}

// set is the fixed handler: it locks the map before writing.
func (s *Store) set(key string, value int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[key] = value
}

func (s *Store) get(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[key]
}

type request struct {
	key   string
	value int
}

func main() {
	store := &Store{data: make(map[string]int)}
	requests := []request{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}}
	var wg sync.WaitGroup
	for _, r := range requests {
		wg.Add(1)
		go func(r request) {
			defer wg.Done()
			store.set(r.key, r.value)
		}(r)
	}
	wg.Wait()
	fmt.Println("keys:", len(store.data), "c =", store.get("c"))
	// Without the Mutex, two handlers could write the map at once:
	// real Go then stops with "fatal error: concurrent map writes".
}
