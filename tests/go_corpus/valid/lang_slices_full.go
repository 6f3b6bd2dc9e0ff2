package main

import "fmt"

type IntList []int

func main() {
	l := IntList{1, 2, 3, 4}
	m := l[1:3]
	fmt.Println(m, len(m), cap(m))
	k := l[:2:2]
	k = append(k, 9)
	fmt.Println(l, k, len(k), cap(k))
	b := []byte("héllo")
	r := []rune("héllo")
	fmt.Println(len(b), len(r), string(b[1:3]), string(r[1:3]))
	r[0] = 'J'
	fmt.Println(string(r), string(b))
	x := []int{1, 2, 3}
	i := 5
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x[0:1:i])
}
