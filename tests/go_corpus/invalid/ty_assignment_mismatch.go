// want: 7:7: assignment mismatch: 1 variable but pair returns 2 values
package main

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair()
	_ = x
}
