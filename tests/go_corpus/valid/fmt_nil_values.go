package main

import "fmt"

type S struct{ P *int }

func main() {
	var err error
	var p *S
	var sl []int
	var m map[string]int
	var f func()
	var i interface{}
	var ch chan int
	fmt.Println(err, p, sl, m, f == nil, i, ch)
	fmt.Printf("%v %+v %d %v\n", err, p, sl, m)
	fmt.Println(S{}, []*int{nil}, [1]error{})
}
