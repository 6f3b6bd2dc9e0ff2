// want: 5:11: invalid map key type []int
package main

func main() {
	m := map[[]int]string{}
	_ = m
}
