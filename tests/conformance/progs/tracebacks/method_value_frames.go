package main

type Account struct {
	balances []int
}

func (a *Account) Withdraw(i, amount int) {
	if a.balances[i] < amount {
		panic("insufficient funds")
	}
	a.balances[i] -= amount
}

type Bank struct{ acct Account }

func (b Bank) Process(ops [][2]int) {
	for _, op := range ops {
		b.acct.Withdraw(op[0], op[1])
	}
}

func main() {
	b := Bank{Account{[]int{10, 20}}}
	b.Process([][2]int{{0, 5}, {1, 50}})
}
