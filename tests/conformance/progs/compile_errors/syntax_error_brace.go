package main

func main()
{
	println("brace on its own line")
}
