package main

import (
	"fmt"
	"time"
)

func find(grid [][]int, want int) (int, int) {
	ri, ci := -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				ri, ci = i, j
				break search
			}
		}
	}
	return ri, ci
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	r, c := find(grid, 4)
	fmt.Println(r, c)
	r, c = find(grid, 9)
	fmt.Println(r, c)

	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(done)
	}()
	count := 0
loop:
	for {
		select {
		case v := <-ch:
			count += v
		case <-done:
			break loop
		}
	}
	fmt.Println("count", count)

	n := 0
sw:
	for {
		switch {
		case n < 3:
			n++
			continue sw
		default:
			break sw
		}
	}
	fmt.Println("n", n)

	timeout := time.After(10 * time.Millisecond)
	ticks := 0
wait:
	for {
		select {
		case <-timeout:
			break wait
		default:
			ticks++
			if ticks == 3 {
				break wait
			}
		}
	}
	fmt.Println("ticks", ticks)

	items := map[string]int{"a": 1}
each:
	for k := range items {
		switch k {
		case "a":
			fmt.Println("found", k)
			break each
		}
	}

	c2 := make(chan int, 3)
	c2 <- 1
	c2 <- 2
	c2 <- 3
	close(c2)
drain:
	for v := range c2 {
		for {
			if v == 2 {
				break drain
			}
			fmt.Println("drain", v)
			continue drain
		}
	}
	fmt.Println("end")
}
