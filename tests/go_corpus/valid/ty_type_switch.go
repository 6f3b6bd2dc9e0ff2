package main

import (
	"errors"
	"fmt"
)

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return "func"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", errors.New("e"), []int{1}, func() int { return 0 }, 1.5}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
