package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Log(s string) {
	l.mu.Lock()
	l.lines = append(l.lines, s)
	l.mu.Unlock()
}

func main() {
	l := &Logger{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Log(fmt.Sprint("line"))
		}(i)
	}
	wg.Wait()
	log := l.Log
	log("final")
	fmt.Println(len(l.lines), l.lines[3])
}
