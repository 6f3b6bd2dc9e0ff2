package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func (p *Player) Add(n int) { p.Score += n }

type Game struct {
	Players [3]Player
	Grid    [2][2]int
}

func (g *Game) Round() {
	for i := range g.Players {
		g.Players[i].Add(i + 1)
	}
	c := &g.Grid[1][0]
	*c += 10
}

func main() {
	var g Game
	g.Players[0].Name = "ann"
	g.Players[1].Add(5)
	g.Round()
	p := &g.Players[2]
	p.Name = "cy"
	p.Add(100)
	s := &g.Players[0].Score
	*s *= 7
	fmt.Println(g.Players, g.Grid)
	ptr := &g
	ptr.Round()
	q := &ptr.Grid[0][1]
	*q = 3
	fmt.Println(g)
	arr := &g.Grid[1]
	arr[1] = 9
	e := &arr[1]
	*e += 1
	fmt.Println(g.Grid, *arr, *e)
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 5
	_ = &g.Players[i]
}
