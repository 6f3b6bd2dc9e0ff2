package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	sync.Mutex
	data map[int]string
}

func (m *SafeMap) Put(k int, v string) {
	m.Lock()
	m.data[k] = v
	m.Unlock()
}

func main() {
	m := &SafeMap{data: map[int]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Put(i, fmt.Sprint("v", i))
		}(i)
	}
	wg.Wait()
	fmt.Println(m.data)
}
