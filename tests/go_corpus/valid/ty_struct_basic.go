package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := Rect{Min: p, Max: Point{X: 10, Y: 20}, Name: "r"}
	r.Max.X = 11
	pp := &r.Min
	pp.X = 100
	fmt.Println(p, q, r)
	fmt.Printf("%v %+v %#v\n", p, r, q)
	fmt.Println(p == Point{1, 2}, &p)
}
