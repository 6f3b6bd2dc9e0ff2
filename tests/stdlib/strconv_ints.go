package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42) + "!")
	for _, s := range []string{"123", "-7", "+5", "", "x", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "+", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatInt(0, 8))
	n, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("1__0", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("ff", 16, 0)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("12", 1, 0)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0777", 0, 0)
	fmt.Println(n, err)
	fmt.Println(strconv.Quote("hi \"there\"\n\té\x01"))
	fmt.Println(strconv.FormatBool(true))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.IntSize)
}
