// want: 5:7: goto L jumps into block starting at ./prog.go:6:2
package main

func main() {
	goto L
	{
	L:
		println()
	}
}
