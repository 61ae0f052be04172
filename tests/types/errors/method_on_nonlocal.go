package main

func (i int) Double() int { return i * 2 }

type P *int

func (p P) M() {}

func main() {}
