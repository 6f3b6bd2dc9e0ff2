package main

import (
	"errors"
	"fmt"
	"sync/atomic"
)

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + ": timeout" }

type temporary interface{ Temporary() bool }

type NetError struct{ Code int }

func (e *NetError) Error() string   { return fmt.Sprint("net error ", e.Code) }
func (e *NetError) Temporary() bool { return e.Code > 500 }

func main() {
	err := fmt.Errorf("fetch: %w", TimeoutError{"read"})
	var te TimeoutError
	fmt.Println(errors.As(err, &te), te.Op)
	var ne *NetError
	fmt.Println(errors.As(err, &ne), ne == nil)
	err2 := fmt.Errorf("wrap: %w", &NetError{503})
	var tmp temporary
	fmt.Println(errors.As(err2, &tmp), tmp.Temporary())
	fmt.Println(error(&NetError{404}), any(TimeoutError{"x"}))
	var v atomic.Value
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(v.Load())
	v.Store([]string{"a"})
	fmt.Println(v.Load(), v.CompareAndSwap(1, 2), v.Swap([]string{"b"}))
}
