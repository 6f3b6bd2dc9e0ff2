package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pair struct {
	K string
	V Color
}

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %s %d %+v\n", Green, Green, Green, Pair{"x", Red})
	var s fmt.Stringer = Blue
	fmt.Println(s.String())
}
