// want: 5:12: too many return values
package main

func f() int {
	return 1, 2
}

func main() {
	_ = f()
}
