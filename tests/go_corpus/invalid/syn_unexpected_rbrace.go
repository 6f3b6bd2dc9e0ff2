// want: 5:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
package main

func main() {
	x := []int{1, 2
	}
	_ = x
}
