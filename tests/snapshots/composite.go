package main

type Point struct{ X, Y int }

var grid = map[string][]Point{
	"a": {{1, 2}, {X: 3}},
	"b": nil,
}

var anon = struct {
	Name string
	Tags []string
}{"n", []string{"t"}}

func main() { _ = [...]int{1, 2, 3}[1:2] }
