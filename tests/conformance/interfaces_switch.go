package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Square struct{ S int }

func (s *Square) Area() int    { return s.S * s.S }
func (s *Square) Name() string { return "square" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	default:
		return "other"
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total, shapes[1].Name())
	var x any = 7
	n, ok := x.(int)
	s, ok2 := x.(string)
	fmt.Println(n, ok, s == "", ok2)
	fmt.Println(describe(nil), describe(3), describe("hi"), describe(Rect{1, 1}), describe(true))
	fmt.Println(grade(95), grade(85), grade(10))
	switch day := 3; day {
	case 1, 2:
		fmt.Println("early")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("fell into four")
	default:
		fmt.Println("default")
	}
	var sh Shape
	fmt.Println(sh == nil)
	sh = Rect{1, 2}
	fmt.Println(sh != nil, sh.Area())
	_ = x.(string)
}
