package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	a := r.Intn(100)
	b := r.Int63()
	c := r.Float64()
	p := r.Perm(5)
	fmt.Println(a >= 0 && a < 100, b >= 0, c >= 0 && c < 1, len(p))
	xs := []int{1, 2, 3, 4}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sum := 0
	for _, x := range xs {
		sum += x
	}
	rand.Seed(7)
	fmt.Println(sum, rand.Intn(10) < 10)
}
