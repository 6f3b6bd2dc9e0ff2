// want: 6:4: no new variables on left side of :=
package main

func main() {
	x := 1
	x := 2
	_ = x
}
