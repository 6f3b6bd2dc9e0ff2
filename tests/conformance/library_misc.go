package main

import (
	"fmt"
	"math"
	"os"
	"sync"
	"time"
)

type P struct{ X, Y int }

type Named func(int) int

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %d by zero", a)
	}
	return a / b, nil
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(div(10, 2))
	fmt.Println(div(1, 0))
	fmt.Printf("%.4f %.2f\n", math.Pi, math.Sqrt(2))
	wg := &sync.WaitGroup{}
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
	ps := []*P{{1, 2}, {3, 4}}
	fmt.Println(ps[1].Y, len(ps))
	var f Named = func(x int) int { return x * 2 }
	fmt.Println(f(21))
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.String())
	t0 := time.Now()
	t1 := t0.Add(time.Minute)
	fmt.Println(t1.Sub(t0), t1.After(t0), t0.Before(t1))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%v\n", Temp(21.5))
	var s fmt.Stringer = Temp(3)
	fmt.Println(s)
	print("a", 1, "\n")
}
