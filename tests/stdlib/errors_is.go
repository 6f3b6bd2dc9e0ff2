package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type wrapped struct {
	op  string
	err error
}

func (w wrapped) Error() string { return w.op + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func find(k int) error {
	if k < 0 {
		return wrapped{"find", ErrNotFound}
	}
	if k == 0 {
		return ErrNotFound
	}
	return nil
}

func main() {
	fmt.Println(errors.Is(find(0), ErrNotFound))
	fmt.Println(errors.Is(find(-1), ErrNotFound), find(-1))
	fmt.Println(errors.Is(find(1), ErrNotFound), errors.Is(nil, nil))
	fmt.Println(errors.Unwrap(find(-1)) == ErrNotFound, errors.Unwrap(ErrNotFound))
	other := errors.New("other")
	fmt.Println(errors.Is(other, ErrNotFound))
}
