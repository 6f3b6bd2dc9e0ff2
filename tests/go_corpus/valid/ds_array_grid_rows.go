package main

import (
	"fmt"
	"sort"
)

func sum(row []int) int {
	t := 0
	for _, v := range row {
		t += v
	}
	return t
}

func main() {
	grid := [3][4]int{{4, 3, 2, 1}, {8, 7, 6, 5}, {1, 1, 1, 1}}
	for i := range grid {
		sort.Ints(grid[i][:])
	}
	fmt.Println(grid, sum(grid[1][:]), sum(grid[0][1:3]))

	// A row's slice and an element's address alias the grid.
	row := grid[2][:]
	row[0] = 100
	cell := &grid[2][3]
	*cell = 200
	grid[2][1]++
	fmt.Println(grid[2], row, *cell)

	// Reading a row copies it; assigning a row writes through to its slice.
	copyRow := grid[2]
	copyRow[0] = -1
	grid[2] = [4]int{9, 9, 9, 9}
	fmt.Println(copyRow, row, grid[2])

	// The whole grid copies deep.
	other := grid
	other[0][0] = 42
	grid = [3][4]int{}
	fmt.Println(other[0], grid[0], row)

	// Range over the grid sees a copy; a pointer to it shares.
	for i, r := range grid {
		grid[i][0] = 7
		fmt.Print(r[0], " ")
	}
	fmt.Println(grid)
	p := &grid
	p[1][2] = 5
	fmt.Println(grid[1], (*p)[1], len(p[0]))

	var board [3][3]string
	for r := range board {
		for c := range board[r] {
			board[r][c] = "."
		}
	}
	mark := board[1][:]
	mark[1] = "X"
	fmt.Println(board)
}
