package main

type Registry struct {
	byName map[string]int
}

func (r *Registry) Register(name string, id int) {
	r.byName[name] = id
}

func setup(r *Registry) {
	r.Register("first", 1)
}

func main() {
	var r Registry
	setup(&r)
}
