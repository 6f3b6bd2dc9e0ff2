package main

import "fmt"

type P struct {
	X, Y int
	Tags [2]string
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	s := []int{1, 2, 3}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)

	arr := [3]int{1, 2, 3}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(arr)

	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)

	p := P{X: 1, Y: 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)

	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)

	q := P{X: 2, Y: 1}
	fmt.Println(p == q, p != q)
	q.Tags[0] = "t"
	fmt.Println(p == q)
	type K struct{ A, B int }
	seen := map[K]int{}
	seen[K{1, 2}]++
	seen[K{1, 2}]++
	fmt.Println(seen[K{1, 2}], K{1, 2} == K{1, 2})
	t := []int{1, 2, 3}
	k := 0
	t[k], k = 9, 1
	fmt.Println(k, t)
	var ar [3]int
	j := 0
	ar[j], j = 5, 2
	fmt.Println(j, ar)
	x := 0
	x, x = 1, 2
	fmt.Println(x)
	pp := &p
	pp.X, pp.Y = 10, 20
	fmt.Println(p)
}
