package main

import (
	"fmt"
	"sync"
)

// Batcher collects items; a flusher takes them in batches of size.
type Batcher struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	size     int
}

func NewBatcher(size int) *Batcher {
	b := &Batcher{size: size}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

// Add waits while a full batch is pending.
func (b *Batcher) Add(v int) {
	b.mu.Lock()
	for len(b.items) >= b.size {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	if len(b.items) == b.size {
		b.notEmpty.Signal()
	}
	b.mu.Unlock()
}

// Take waits for a full batch.
func (b *Batcher) Take() []int {
	b.mu.Lock()
	for len(b.items) < b.size {
		b.notEmpty.Wait()
	}
	batch := b.items
	b.items = nil
	b.notFull.Broadcast()
	b.mu.Unlock()
	return batch
}

func main() {
	b := NewBatcher(3)
	var wg sync.WaitGroup
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			b.Add(v)
		}(i)
	}
	total := 0
	for round := 0; round < 2; round++ {
		batch := b.Take()
		for _, v := range batch {
			total += v
		}
		fmt.Println("batch of", len(batch))
	}
	wg.Wait()
	fmt.Println("total", total)
}
