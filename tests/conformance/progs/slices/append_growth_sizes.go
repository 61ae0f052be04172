package main

import "fmt"

type S3 [3]byte
type S12 [12]byte
type S24 [24]byte
type S40 [40]byte
type S100 [100]byte

func main() {
	{
		var s []byte
		prev := -1
		for i := 0; i < 3000; i++ {
			s = append(s, 1)
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("byte")
	}
	{
		var s []int16
		prev := -1
		for i := 0; i < 2000; i++ {
			s = append(s, 1)
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("int16")
	}
	{
		var s []int32
		prev := -1
		for i := 0; i < 2000; i++ {
			s = append(s, 1)
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("int32")
	}
	{
		var s []S3
		prev := -1
		for i := 0; i < 1000; i++ {
			s = append(s, S3{})
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("S3")
	}
	{
		var s []S12
		prev := -1
		for i := 0; i < 1000; i++ {
			s = append(s, S12{})
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("S12")
	}
	{
		var s []S24
		prev := -1
		for i := 0; i < 1000; i++ {
			s = append(s, S24{})
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("S24")
	}
	{
		var s []S40
		prev := -1
		for i := 0; i < 600; i++ {
			s = append(s, S40{})
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("S40")
	}
	{
		var s []S100
		prev := -1
		for i := 0; i < 300; i++ {
			s = append(s, S100{})
			if cap(s) != prev {
				fmt.Print(cap(s), " ")
				prev = cap(s)
			}
		}
		fmt.Println("S100")
	}
}
