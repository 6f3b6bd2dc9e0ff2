package main

import (
	"errors"
	"fmt"
	"sync"
)

func run(tasks []func() error) error {
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	for _, t := range tasks {
		wg.Add(1)
		go func(t func() error) {
			defer wg.Done()
			if err := t(); err != nil {
				once.Do(func() { first = err })
			}
		}(t)
	}
	wg.Wait()
	return first
}

func main() {
	err := run([]func() error{
		func() error { return nil },
		func() error { return errors.New("task failed") },
	})
	fmt.Println(err)
	fmt.Println(run(nil))
}
