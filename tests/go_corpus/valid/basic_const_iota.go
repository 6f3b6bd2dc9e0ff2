package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const Pi = 3.14159
const greeting = "hi"

func main() {
	const local = 7
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, Pi, greeting, local)
}
