package main

import "fmt"

type Person struct {
	Name string
	Age  int
	tags []string
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	q := p
	q.Name = "Bob"
	fmt.Println(p, q)
	fmt.Printf("%v %+v\n", p, p)
	var z Person
	fmt.Printf("%+v %q\n", z, z.Name)
	pp := &p
	pp.Age++
	fmt.Println(p.Age, (*pp).Age)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Println(anon, anon.X+anon.Y)
	p.tags = append(p.tags, "x")
	fmt.Println(len(p.tags), len(q.tags))
}
