package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a, -a, +a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t)
	x := 10
	x += 2
	x -= 1
	x *= 3
	x /= 2
	x %= 7
	x <<= 3
	x >>= 1
	x |= 1
	x &= 0xff
	x ^= 5
	x &^= 2
	x++
	x--
	fmt.Println(x)
}
