// want: 7:7: cannot use "five" (untyped string constant) as int value in argument to take
package main

func take(n int) {}

func main() {
	take("five")
}
