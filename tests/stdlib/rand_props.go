package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	rand.Seed(42)
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println(p)
	xs := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Strings(xs)
	fmt.Println(xs, len(rand.Perm(0)))
}
