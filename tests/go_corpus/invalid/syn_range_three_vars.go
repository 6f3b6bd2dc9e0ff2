// want: 5:12: range clause permits at most two iteration variables
package main

func main() {
	for a, b, c := range []int{1} {
		_, _, _ = a, b, c
	}
}
