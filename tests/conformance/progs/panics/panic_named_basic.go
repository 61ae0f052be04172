package main

type MyString string
type MyFloat float64
type MyBool bool

func main() {
	defer func() {
		r := recover()
		println("recovered once")
		defer func() {
			println("recovered twice")
			panic(MyFloat(2.5))
		}()
		panic(r)
	}()
	panic(MyString("named string"))
	_ = MyBool(true)
}
