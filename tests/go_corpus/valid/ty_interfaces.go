package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }
type Circle struct{ r float64 }

func (s Square) Area() float64      { return s.side * s.side }
func (s Square) Perimeter() float64 { return 4 * s.side }
func (c *Circle) Area() float64     { return math.Pi * c.r * c.r }
func (c *Circle) Perimeter() float64 {
	return 2 * math.Pi * c.r
}

func main() {
	shapes := []Shape{Square{2}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.3f\n", total)
	var empty Shape
	fmt.Println(empty == nil)
}
