package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123) + "4")
	n, err := strconv.Atoi("567")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 16), strconv.FormatInt(-5, 2), strconv.Quote("hi\n\"there\""))
	b, _ := strconv.ParseBool("true")
	i, _ := strconv.ParseInt("-42", 10, 64)
	fmt.Println(b, i)
}
