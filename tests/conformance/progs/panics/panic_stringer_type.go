package main

type Status int

func (s Status) String() string { return "status-" + string(rune('0'+int(s))) }

func main() {
	panic(Status(3))
}
