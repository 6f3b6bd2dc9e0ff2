package main

import "fmt"

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct {
	W, H float64
	*Named
}

type Named struct{ name string }

func (r Rect) Area() float64     { return r.W * r.H }
func (n *Named) String() string { return n.name }

func describe(s interface{}) string {
	switch v := s.(type) {
	case Shape:
		return v.String()
	case nil, int:
		return "other"
	}
	return ""
}

func main() {
outer:
	for i := range []int{1} {
		switch {
		case i > 0:
			continue outer
		default:
			break outer
		}
	}
	_ = describe(Rect{1, 2, &Named{"r"}})
}
