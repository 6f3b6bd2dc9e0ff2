package main

import (
	"context"
	"fmt"
)

type key string

func handle(ctx context.Context) {
	if v, ok := ctx.Value(key("user")).(string); ok {
		fmt.Println("user:", v)
	}
	fmt.Println("missing:", ctx.Value(key("other")))
}

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "gopher")
	handle(ctx)
	handle(context.TODO())
}
