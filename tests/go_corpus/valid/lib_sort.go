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
	xs := []int{5, 2, 8, 1, 9}
	sort.Ints(xs)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(xs, ss)
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts([]int{1, 3, 5}, 3))
}
