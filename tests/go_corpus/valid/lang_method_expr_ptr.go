package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }

func (p *Point) Move(dx int) { p.X += dx }

func main() {
	sum := (*Point).Sum
	scale := (*Point).Scale
	move := (*Point).Move
	pt := &Point{1, 2}
	move(pt, 10)
	fmt.Println(sum(pt), scale(pt, 3), *pt)
	fmt.Printf("%T\n", sum)
	var nilp *Point
	fmt.Println("before")
	defer fmt.Println("deferred")
	fmt.Println(sum(nilp))
}
