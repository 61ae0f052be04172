// time.Time on fixed instants: calendar fields, Format with every layout element and the
// predefined layouts, Date's normalisation, Add/Sub/AddDate, Truncate/Round, the zero Time,
// Unix conversions and Month/Weekday names (pkgs-time.ts).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t, t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	for _, l := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly} {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.Format("Monday January _2 __2 002 3:4:5 03 pm PM .9 .99 ,000 .000000000 -07:00 -0700 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 MST _2006 06 Janu Mont"))
	fmt.Println(t.Format("2006-01-02T15:04:05.999999999"), t.Add(-123456789).Format(".999|,99|.0"))
	u := time.Date(2024, time.February, 30, 25, 61, -1, 1500000000, time.UTC)
	fmt.Println(u, u.Format(time.Kitchen), u.AddDate(0, 1, -1).Format(time.DateOnly), u.AddDate(-1, -14, 400))
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Compare(t), t.Compare(u), t.Compare(t), u.Equal(u))
	d := t.Add(36*time.Hour + 1234567)
	fmt.Println(d, d.Sub(t), d.Add(-72*time.Hour))
	for _, r := range []time.Duration{time.Nanosecond, 250 * time.Millisecond, time.Second, 7 * time.Minute, time.Hour, 24 * time.Hour, 1500 * time.Millisecond, 0, -time.Second} {
		fmt.Println(r, t.Truncate(r), t.Round(r))
	}
	var z time.Time
	fmt.Println(z, z.IsZero(), t.IsZero(), z.Weekday(), z.YearDay(), z.Unix(), z.Location(), t.Location())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(0, -1).UTC(), time.Unix(-1, 2e9).UTC())
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMicro(1e15).UTC(), time.Unix(1e10, 0).UTC().Year())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC).Weekday(), time.Date(2100, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Month(13), time.Month(0), time.Month(-3), time.Weekday(9), time.Weekday(-1), time.December, time.Saturday)
	fmt.Printf("%v|%s|%d|%q\n", time.March, time.Friday, time.March, time.Friday)
	in := t.In(time.UTC)
	fmt.Println(in.Equal(t), in == t, t.UTC() == t)
}
