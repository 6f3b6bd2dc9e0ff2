package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	x := interface{}(5)
	y := interface{ Area() float64 }(Sq{2})
	p := struct{ X, Y int }{1, 2}
	fmt.Println(x, y.Area(), p, Shape(Sq{3}).Area())
	fmt.Printf("%T %T\n", x, y)
}
