package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{}
	names := []string{"ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon",
		"kim", "lee", "max", "ned", "oli", "pam", "quin", "ray", "sue", "tom", "uma", "vic", "wes"}
	for i, n := range names {
		people = append(people, person{n, 20 + (i*7)%5})
	}
	// Many ties: the order among equal ages is what Go's pdqsort leaves.
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	stable := []person{}
	for i, n := range names {
		stable = append(stable, person{n, 30 + (i*3)%4})
	}
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].age > stable[j].age })
	fmt.Println(stable)
	calls := 0
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool {
		calls++
		return xs[i] > xs[j]
	})
	fmt.Println(xs, calls)
	big := make([]int, 0)
	for i := 0; i < 200; i++ {
		big = append(big, (i*37)%101)
	}
	sort.Slice(big, func(i, j int) bool { return big[i]%10 < big[j]%10 })
	fmt.Println(big)
}
