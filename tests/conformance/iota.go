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

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	Read = 1 << iota
	Write
	Exec
)

const Single = iota

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Println(Single, Red, Green, Blue)
	fmt.Printf("%T %v\n", Tuesday, Tuesday)
	const (
		x = iota * 2
		y
		z
	)
	fmt.Println(x, y, z)
	var w Weekday = Monday
	fmt.Println(w == Monday, w+1 == Tuesday)
}
