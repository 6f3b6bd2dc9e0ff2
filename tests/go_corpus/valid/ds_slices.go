package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := s[1:3]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := make([]int, 2, 10)
	n := copy(u, s)
	fmt.Println(u, n)
	s = append(s, u...)
	fmt.Println(s, s[len(s)-1])
	full := s[1:2:3]
	fmt.Println(len(full), cap(full))
	words := []string{"a", "b"}
	words = append(words[:1], words[2:]...)
	fmt.Println(words)
}
