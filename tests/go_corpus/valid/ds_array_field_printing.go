// Slices of arrays inside structs and slices, printed, measured and joined:
// they are only read, so each is over the array's current elements.
package main

import (
	"fmt"
	"strings"
)

type Record struct {
	names [3]string
	votes [4]int
}

func (r *Record) Add(i, n int) {
	r.votes[i] += n
}

func main() {
	r := Record{names: [3]string{"ann", "bob", "cy"}}
	r.Add(1, 5)
	fmt.Println(r.votes[:], len(r.votes[1:]), cap(r.votes[1:3]), cap(r.votes[1:2:3]))
	fmt.Printf("%v %d %q\n", r.votes[:2], r.votes[2:], r.names[:])
	s := fmt.Sprint(r.names[1:], r.votes[:0])
	fmt.Println(s, strings.Join(r.names[:], "+"))
	p := &r
	p.Add(3, 2)
	fmt.Println(p.votes[:], strings.Join(p.names[:2], ","), fmt.Sprintf("%v", p.votes[3:]))

	recs := []Record{r, {}}
	recs[1].votes[0] = 9
	fmt.Println(recs[0].votes[:], recs[1].votes[:], r.votes == recs[0].votes)
	grid := [][2]string{{"a", "b"}, {"c", "d"}}
	for i := range grid {
		fmt.Println(i, strings.Join(grid[i][:], ""), len(grid[i][1:]))
	}
	err := fmt.Errorf("bad votes %v", r.votes[2:])
	r.votes[2] = 1
	fmt.Println(err, r.votes[2:])
}
