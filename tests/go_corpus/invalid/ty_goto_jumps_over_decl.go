// want: 5:7: goto L jumps over declaration of x at ./prog.go:6:4
package main

func main() {
	goto L
	x := 1
	_ = x
L:
	println()
}
