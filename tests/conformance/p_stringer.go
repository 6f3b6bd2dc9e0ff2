package main

type S int

func (s S) String() string { return "stringer!" }

func main() {
	panic(S(3))
}
