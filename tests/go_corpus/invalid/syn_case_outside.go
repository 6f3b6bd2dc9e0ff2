// want: 6:2: syntax error: unexpected case, expecting }
package main

func main() {
	x := 1
	case x:
}
