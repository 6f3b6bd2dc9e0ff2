package main

import (
	"fmt"
	"sync"
)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, xs ...int) string {
	return fmt.Sprint(prefix, len(xs), xs, xs == nil)
}

func pair() (int, int) { return 3, 4 }

func anyArgs(args ...interface{}) {
	fmt.Println(len(args), args)
}

type Logger struct{ name string }

func (l Logger) Log(parts ...string) {
	fmt.Println(l.name, parts)
}

func merge(chans ...chan int) chan int {
	out := make(chan int, 10)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	wg.Wait()
	close(out)
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(describe("a"))
	fmt.Println(describe("b", 1, 2))
	fmt.Println(describe("c", s...))
	fmt.Println(sum(pair()))
	anyArgs(1, "two", 3.5, nil)
	anyArgs()
	l := Logger{"log"}
	l.Log("x", "y")
	l.Log()
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", describe)
	defer fmt.Println("deferred", sum(1, 1))
	defer func(xs ...int) { fmt.Println("deferred variadic", xs) }(7, 8)
	a, b := make(chan int, 2), make(chan int, 2)
	a <- 1
	b <- 2
	close(a)
	close(b)
	total := 0
	for v := range merge(a, b) {
		total += v
	}
	fmt.Println("merged", total)
	done := make(chan bool)
	go func(xs ...int) { fmt.Println("go", sum(xs...)); done <- true }(1, 2, 3)
	<-done
}
