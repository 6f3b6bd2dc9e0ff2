package main

import (
	"context"
	"fmt"
	"time"
)

type Store interface {
	Fetch(ctx context.Context) (string, error)
}

type SpyStore struct{ response string }

func (s *SpyStore) Fetch(ctx context.Context) (string, error) {
	data := make(chan string, 1)
	go func() {
		var result string
		for _, c := range s.response {
			select {
			case <-ctx.Done():
				return
			default:
				time.Sleep(time.Millisecond)
				result += string(c)
			}
		}
		data <- result
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case res := <-data:
		return res, nil
	}
}

func main() {
	var st Store = &SpyStore{response: "hello"}
	res, err := st.Fetch(context.Background())
	fmt.Println(res, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = st.Fetch(ctx)
	fmt.Printf("%q %v\n", res, err)
}
