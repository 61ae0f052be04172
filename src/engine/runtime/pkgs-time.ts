// Package time on the engine's virtual clock, in Go source compiled with the user's program:
// Duration, Time (go1.27 time/time.go with UTC as the only zone, as on the Go Playground),
// Format and the layouts (go1.27 time/format.go), Sleep and the timers (go1.27 time/sleep.go,
// time/tick.go over runtime/timers.ts).

import type { StdlibModule } from '../stdlib/module.ts';
import { getSched, sleep } from './sched.ts';
import { newTimer, stopTimer, resetTimer } from './timers.ts';

const timeSource = `package time

// A Duration is a count of nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Sleep pauses the goroutine for d on the virtual clock.
func Sleep(d Duration)

func nanotime() int64

// Time follows go1.27 time/time.go with one zone, UTC, as on the Go Playground: sec counts
// seconds since January 1, year 1 00:00:00 UTC (so the zero Time is that instant), nsec
// the nanoseconds within it; mono is the monotonic clock reading (nanoseconds on the
// virtual clock) when hasMono; local marks the Local location (named "Local", UTC offset 0).
type Time struct {
	sec     int64
	nsec    int64
	mono    int64
	hasMono bool
	local   bool
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the number of seconds from January 1, year 1 to January 1, 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal
)

// The virtual clock starts at 2009-11-10 23:00:00 UTC.
const start = 1257894000 * int64(Second)

// A Location maps instants to the zone in use; here every location is UTC.
type Location struct {
	name string
}

var utcLoc = Location{"UTC"}
var localLoc = Location{"Local"}

// UTC represents Universal Coordinated Time; Local the system's zone (UTC here).
var UTC *Location = &utcLoc
var Local *Location = &localLoc

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func Now() Time {
	m := nanotime()
	u := start + m
	return Time{sec: unixToInternal + u/1e9, nsec: u % 1e9, mono: m, hasMono: true, local: true}
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time of the Unix time sec + nsec (nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, local: true}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of yyyy-mm-dd hh:mm:ss + nsec in loc, normalising values outside
// their usual ranges as Go does (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(m)+1, 1) + int64(day) - 1
	unix := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	return Time{sec: unix + unixToInternal, nsec: int64(nsec), local: loc == Local}
}

func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

func (t Time) Unix() int64      { return t.sec + internalToUnix }
func (t Time) UnixNano() int64  { return (t.sec+internalToUnix)*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return (t.sec+internalToUnix)*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return (t.sec+internalToUnix)*1e6 + t.nsec/1e3 }
func (t Time) IsZero() bool     { return t.sec == 0 && t.nsec == 0 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

// After, Before, Equal, Compare and Sub use the monotonic readings when both times have one.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.stripMono()
		} else {
			t.mono = te
		}
	}
	return t
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

func (t Time) UTC() Time {
	t.local = false
	t.stripMono()
	return t
}

func (t Time) Local() Time {
	t.local = true
	t.stripMono()
	return t
}

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.local = loc == Local
	t.stripMono()
	return t
}

func (t Time) Location() *Location {
	if t.local {
		return Local
	}
	return UTC
}

func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

// days returns the days since 1970-01-01 and the seconds within the day.
func (t Time) days() (days, clock int64) {
	u := t.sec + internalToUnix
	days = u / secondsPerDay
	clock = u % secondsPerDay
	if clock < 0 {
		days--
		clock += secondsPerDay
	}
	return
}

func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.days()
	y, m, d := civil(days)
	return int(y), Month(m), int(d)
}

func (t Time) Clock() (hour, min, sec int) {
	_, c := t.days()
	return int(c / secondsPerHour), int(c / secondsPerMinute % 60), int(c % 60)
}

func (t Time) Year() int       { y, _, _ := t.Date(); return y }
func (t Time) Month() Month    { _, m, _ := t.Date(); return m }
func (t Time) Day() int        { _, _, d := t.Date(); return d }
func (t Time) Hour() int       { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int     { _, m, _ := t.Clock(); return m }
func (t Time) Second() int     { _, _, s := t.Clock(); return s }

// Weekday: January 1, 1970 was a Thursday.
func (t Time) Weekday() Weekday {
	days, _ := t.days()
	w := (days + int64(Thursday)) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	days, _ := t.days()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

// Truncate and Round work on the time since the zero Time and drop the monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// rem is (t - zero Time) mod d for d > 0, computed without overflowing.
func (t Time) rem(d Duration) Duration {
	if d < Second && Second%(d+d) == 0 {
		return Duration(t.nsec % int64(d))
	}
	if d%Second == 0 {
		return Duration(t.sec%int64(d/Second))*Second + Duration(t.nsec)
	}
	// (sec * 1e9 + nsec) mod d by doubling, for any other d.
	m := uint64(d)
	r := uint64(0)
	a := uint64(t.sec) % m
	b := uint64(1e9) % m
	for b > 0 {
		if b&1 == 1 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return Duration(addmod(r, uint64(t.nsec)%m, m))
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(days int64) (y, m, d int64) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return
}

// daysFromCivil is the inverse of civil: days since 1970-01-01 of y-m-d (1 <= m <= 12).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// pad formats v in decimal with at least width digits.
func pad(v uint64, width int) string {
	s := utoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// Layouts for Time.Format (go1.27 time/format.go).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The layout elements, as go1.27 time/format.go names them.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// hasAt reports whether s holds p at i.
func hasAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

// nextStdChunk finds the first layout element in layout: the text before it, the element
// (with, for fractional seconds, its digit count and separator), and the text after it.
func nextStdChunk(layout string) (prefix string, std int, digits int, sep byte, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J':
			if hasAt(layout, i, "January") {
				return layout[:i], stdLongMonth, 0, 0, layout[i+7:]
			}
			if hasAt(layout, i, "Jan") && !startsWithLowerCase(layout[i+3:]) {
				return layout[:i], stdMonth, 0, 0, layout[i+3:]
			}
		case 'M':
			if hasAt(layout, i, "Monday") {
				return layout[:i], stdLongWeekDay, 0, 0, layout[i+6:]
			}
			if hasAt(layout, i, "Mon") && !startsWithLowerCase(layout[i+3:]) {
				return layout[:i], stdWeekDay, 0, 0, layout[i+3:]
			}
			if hasAt(layout, i, "MST") {
				return layout[:i], stdTZ, 0, 0, layout[i+3:]
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				zero := []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}
				return layout[:i], zero[layout[i+1]-'1'], 0, 0, layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[:i], stdZeroYearDay, 0, 0, layout[i+3:]
			}
		case '1':
			if hasAt(layout, i, "15") {
				return layout[:i], stdHour, 0, 0, layout[i+2:]
			}
			return layout[:i], stdNumMonth, 0, 0, layout[i+1:]
		case '2':
			if hasAt(layout, i, "2006") {
				return layout[:i], stdLongYear, 0, 0, layout[i+4:]
			}
			return layout[:i], stdDay, 0, 0, layout[i+1:]
		case '_':
			if hasAt(layout, i, "_2") {
				// _2006 is a literal _ followed by the long year.
				if hasAt(layout, i+1, "2006") {
					return layout[:i+1], stdLongYear, 0, 0, layout[i+5:]
				}
				return layout[:i], stdUnderDay, 0, 0, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[:i], stdUnderYearDay, 0, 0, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, 0, 0, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, 0, 0, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, 0, 0, layout[i+1:]
		case 'P':
			if hasAt(layout, i, "PM") {
				return layout[:i], stdPM, 0, 0, layout[i+2:]
			}
		case 'p':
			if hasAt(layout, i, "pm") {
				return layout[:i], stdpm, 0, 0, layout[i+2:]
			}
		case '-':
			switch {
			case hasAt(layout, i, "-070000"):
				return layout[:i], stdNumSecondsTz, 0, 0, layout[i+7:]
			case hasAt(layout, i, "-07:00:00"):
				return layout[:i], stdNumColonSecondsTZ, 0, 0, layout[i+9:]
			case hasAt(layout, i, "-0700"):
				return layout[:i], stdNumTZ, 0, 0, layout[i+5:]
			case hasAt(layout, i, "-07:00"):
				return layout[:i], stdNumColonTZ, 0, 0, layout[i+6:]
			case hasAt(layout, i, "-07"):
				return layout[:i], stdNumShortTZ, 0, 0, layout[i+3:]
			}
		case 'Z':
			switch {
			case hasAt(layout, i, "Z070000"):
				return layout[:i], stdISO8601SecondsTZ, 0, 0, layout[i+7:]
			case hasAt(layout, i, "Z07:00:00"):
				return layout[:i], stdISO8601ColonSecondsTZ, 0, 0, layout[i+9:]
			case hasAt(layout, i, "Z0700"):
				return layout[:i], stdISO8601TZ, 0, 0, layout[i+5:]
			case hasAt(layout, i, "Z07:00"):
				return layout[:i], stdISO8601ColonTZ, 0, 0, layout[i+6:]
			case hasAt(layout, i, "Z07"):
				return layout[:i], stdISO8601ShortTZ, 0, 0, layout[i+3:]
			}
		case '.', ',':
			// A run of 0s or 9s after . or , not followed by another digit: fractional seconds.
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigitAt(layout, j) {
					std := stdFracSecond0
					if ch == '9' {
						std = stdFracSecond9
					}
					return layout[:i], std, j - (i + 1), c, layout[j:]
				}
			}
		}
	}
	return layout, stdNone, 0, 0, ""
}

var meridiems = []string{"AM", "PM", "am", "pm"}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	s := utoa(u)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// appendNano appends the fractional second nsec with n digits (std stdFracSecond0) or up to
// n digits without trailing zeros (stdFracSecond9, nothing at all when they are all zero).
func appendNano(b []byte, nsec int, std int, n int, sep byte) []byte {
	if std == stdFracSecond9 && nsec == 0 {
		return b
	}
	var digits [9]byte
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if n > 9 {
		n = 9
	}
	if std == stdFracSecond9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, digits[:n]...)
}

// Format returns t formatted by layout, whose elements are those of the reference time
// Mon Jan 2 15:04:05 MST 2006 (go1.27 time/format.go Time.Format).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(nil, layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	yday := t.YearDay()
	for layout != "" {
		prefix, std, n, sep, suffix := nextStdChunk(layout)
		if prefix != "" {
			b = append(b, prefix...)
		}
		if std == stdNone {
			break
		}
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12, stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			width := 0
			if std == stdZeroHour12 {
				width = 2
			}
			b = appendInt(b, hr, width)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM, stdpm:
			i := 0
			if hour >= 12 {
				i = 1
			}
			if std == stdpm {
				i += 2
			}
			b = append(b, meridiems[i]...)
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ:
			// The offset is always zero: ISO 8601 writes Z.
			b = append(b, 'Z')
		case stdNumTZ:
			b = append(b, "+0000"...)
		case stdNumSecondsTz:
			b = append(b, "+000000"...)
		case stdNumShortTZ:
			b = append(b, "+00"...)
		case stdNumColonTZ:
			b = append(b, "+00:00"...)
		case stdNumColonSecondsTZ:
			b = append(b, "+00:00:00"...)
		case stdTZ:
			b = append(b, "UTC"...)
		case stdFracSecond0, stdFracSecond9:
			b = appendNano(b, int(t.nsec), std, n, sep)
		}
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed for a time with a
// monotonic reading by " m=±<seconds>" (go1.27 time/format.go Time.String).
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := "+"
		if t.mono < 0 {
			sign = "-"
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		s += " m=" + sign
		if m0 != 0 {
			s += utoa(m0) + pad(m1, 9)
		} else {
			s += utoa(m1)
		}
		s += "." + pad(m2, 9)
	}
	return s
}

// Timers run on the virtual clock: runtime/timers.ts (go1.27 runtime/time.go); the API
// below follows go1.27 time/sleep.go and time/tick.go.

func newTimer(when, period int64, c chan Time, f func()) int

func stopTimer(r int) bool

func resetTimer(r int, when, period int64) bool

// when is a helper function for setting the 'when' field of a runtimeTimer.
// It returns what the time will be, in nanoseconds, Duration d in the future.
// If d is negative, it is ignored. If the returned value would be less than
// zero because of an overflow, MaxInt64 is returned.
func when(d Duration) int64 {
	if d <= 0 {
		return nanotime()
	}
	t := nanotime() + int64(d)
	if t < 0 {
		// N.B. runtimeNano() and d are always positive, so addition
		// (including overflow) will never result in t == 0.
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C         <-chan Time
	initTimer bool
	r         int // the runtime timer (timers.ts handle)
}

func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, initTimer: true, r: newTimer(when(d), 0, c, nil)}
}

func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	return resetTimer(t.r, w, 0)
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{initTimer: true, r: newTimer(when(d), 0, nil, f)}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C          <-chan Time // The channel on which the ticks are delivered.
	initTicker bool
	r          int
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, initTicker: true, r: newTimer(when(d), int64(d), c, nil)}
}

func (t *Ticker) Stop() {
	if !t.initTicker {
		return
	}
	stopTimer(t.r)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Truncate returns the result of rounding d toward zero to a multiple of m (go1.27 time/time.go).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow,
// assuming x and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { return float64(d) / 1e9 }
func (d Duration) Minutes() float64     { return float64(d) / 6e10 }
func (d Duration) Hours() float64       { return float64(d) / 3.6e12 }

// String formats d as Go does: "1h2m3.5s", "1.5ms", "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		// Below a second: the largest unit among ns, µs, ms, with a fraction.
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = frac(u, 3) + "\\u00b5s"
		default:
			s = frac(u, 6) + "ms"
		}
	} else {
		secs := frac(u%uint64(Minute), 9) + "s"
		mins := u / uint64(Minute)
		if mins == 0 {
			s = secs
		} else if mins < 60 {
			s = utoa(mins) + "m" + secs
		} else {
			s = utoa(mins/60) + "h" + utoa(mins%60) + "m" + secs
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// frac prints v / 10^digits with the fraction's trailing zeros dropped.
func frac(v uint64, digits int) string {
	p := uint64(1)
	for i := 0; i < digits; i++ {
		p *= 10
	}
	s := utoa(v / p)
	f := v % p
	if f == 0 {
		return s
	}
	buf := make([]byte, digits)
	for i := digits - 1; i >= 0; i-- {
		buf[i] = byte('0' + f%10)
		f /= 10
	}
	n := digits
	for n > 0 && buf[n-1] == '0' {
		n--
	}
	return s + "." + string(buf[:n])
}

func utoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}
`;

export const timeModule: StdlibModule = {
  path: 'time',
  goSource: timeSource,
  natives: {
    *Sleep(d: number | bigint) {
      yield* sleep(Number(d));
    },
    nanotime(): number {
      return getSched()?.now ?? 0;
    },
    newTimer,
    stopTimer,
    resetTimer,
  },
};
