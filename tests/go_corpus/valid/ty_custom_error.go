package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

var ErrEmpty = errors.New("empty key")

func lookup(k string) error {
	if k == "" {
		return ErrEmpty
	}
	if k != "ok" {
		return fmt.Errorf("lookup %q: %w", k, &NotFound{k})
	}
	return nil
}

func main() {
	for _, k := range []string{"", "x", "ok"} {
		err := lookup(k)
		var nf *NotFound
		fmt.Println(err, errors.Is(err, ErrEmpty), errors.As(err, &nf))
		if nf != nil {
			fmt.Println("key:", nf.Key, errors.Unwrap(err) == error(nf))
		}
	}
}
