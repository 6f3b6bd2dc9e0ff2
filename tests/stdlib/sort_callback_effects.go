package main

import (
	"fmt"
	"sort"
	"sync"
)

type celsius int

func (c celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

func main() {
	temps := []celsius{30, 10, 20}
	// The less function may print; its output comes in order.
	sort.Slice(temps, func(i, j int) bool {
		fmt.Println("compare", temps[i], temps[j])
		return temps[i] < temps[j]
	})
	fmt.Println(temps)
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			xs := []int{3 * i, 1, 2}
			sort.Slice(xs, func(a, b int) bool { return xs[a] > xs[b] })
			results[i] = xs[0]
		}(i)
	}
	wg.Wait()
	fmt.Println(results, temps[0])
}
