package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("disk full")
	err := fmt.Errorf("write failed: %w", base)
	err2 := fmt.Errorf("save: %w", err)
	fmt.Println(err2)
	fmt.Println(errors.Unwrap(err2) == err, errors.Is(err2, base))
	plain := fmt.Errorf("code %d", 7)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
}
