package main

type S int

func main() {
	panic(S(3))
}
