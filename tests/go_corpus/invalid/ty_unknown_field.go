// want: 7:9: unknown field 'Y' in struct literal of type P
package main

type P struct{ X int }

func main() {
	p := P{Y: 1}
	_ = p
}
