// Packages of Engine II: runtime (scheduler queries), sync, sync/atomic and time, written
// as Go source over a few natives (StdlibModule contract, stdlib/index.ts).
//
// sync follows the behaviour of go1.27 src/sync (mutex.go, rwmutex.go, waitgroup.go,
// once.go) with a simpler algorithm: every lock hands ownership directly to the first
// waiter (FIFO, as Go's starvation mode does), and waiting goes through the semaphore
// natives semacquire/semrelease of runtime/sched.ts (go1.27 runtime/sema.go). Because the
// scheduler never preempts inside a function except at its prologue and loop back-edges,
// the bodies below are atomic between those points, as the runtime's are.
// sync/atomic operations are plain functions (no preemption point inside): atomic.
// time runs on the virtual clock (starting 2009-11-10 23:00:00 UTC, the playground's).
//
// Wait reasons follow go1.27 runtime/runtime2.go waitReasonStrings: before go1.24 every
// sync wait reads `semacquire`; 1.24+ name the operation (`sync.WaitGroup.Wait`,
// `sync.Mutex.Lock`, `sync.RWMutex.RLock`, `sync.RWMutex.Lock`).

import { raceAcquire, raceAcqRel, raceRelease } from './race.ts';
import type { StdlibModule } from '../stdlib/module.ts';
import { GoFatal, GoGoexit } from './panic.ts';
import { Iface } from './values.ts';
import { cur } from './state.ts';
import { getSched, gosched, semacquire as semacquireG, semrelease as semreleaseG, sleep } from './sched.ts';

const runtimeSource = `package runtime

type Error interface {
	error
	RuntimeError()
}

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

func GC() {}

func Gosched()

// Goexit runs the deferred calls of the calling goroutine and ends it.
func Goexit()

func NumGoroutine() int

func GOMAXPROCS(n int) int

func NumCPU() int
`;

export const runtimeModule: StdlibModule = {
  path: 'runtime',
  goSource: runtimeSource,
  natives: {
    *Gosched() {
      yield* gosched();
    },
    Goexit(): never {
      throw new GoGoexit();
    },
    NumGoroutine(): number {
      const s = getSched();
      return s === null ? 1 : s.allgs.filter((g) => g.status !== 'dead').length;
    },
    GOMAXPROCS(n: number): number {
      const s = getSched();
      if (s === null) return cur().gomaxprocs;
      const old = s.ps.length;
      if (n > 0) s.setProcs(n);
      return old;
    },
    NumCPU(): number {
      return cur().gomaxprocs;
    },
  },
};

const syncSource = `package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Wait reasons (sched.ts waitReason).
const (
	reasonMutex = iota
	reasonWaitGroup
	reasonRLock
	reasonLock
)

func semacquire(key any, reason int)

func semrelease(key any)

func fatal(s string)

// Happens-before edges for the race detector (race.ts); no-ops without --race.
func raceacquire(x any)

func racerelease(x any)

// The virtual clock (sched.ts), for the mutex's starvation mode.
func nanotime() int64

// Mutex follows go1.27 sync/mutex.go's two modes. Normal mode: Unlock frees the mutex and wakes
// one waiter, which competes with running goroutines (a running goroutine usually wins, so a
// goroutine can lock and unlock many times in a row). Starvation mode, entered when a waiter
// has waited over 1 ms (starvationThresholdNs): Unlock hands the mutex to the first waiter.
type Mutex struct {
	locked   bool
	waiters  int32
	starving bool
	handoff  bool
}

const starvationThresholdNs = 1e6

func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		raceacquire(m)
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	start := nanotime()
	for {
		m.waiters++
		semacquire(m, reasonMutex)
		if m.handoff {
			// Starvation mode: Unlock handed the locked mutex over.
			m.handoff = false
			break
		}
		if !m.locked {
			m.locked = true
			break
		}
		if nanotime()-start > starvationThresholdNs {
			m.starving = true
		}
	}
	raceacquire(m)
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	raceacquire(m)
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	racerelease(m)
	if m.waiters > 0 {
		m.waiters--
		if m.starving {
			m.starving = false
			m.handoff = true
			semrelease(m)
			return
		}
		m.locked = false
		semrelease(m)
		return
	}
	m.locked = false
}

type rwsem struct {
	n int32
}

type RWMutex struct {
	writer  bool
	readers int32
	rq      rwsem
	wq      rwsem
}

func (rw *RWMutex) RLock() {
	if rw.writer || rw.wq.n > 0 {
		rw.rq.n++
		semacquire(&rw.rq, reasonRLock) // Unlock counts the woken readers in
		raceacquire(rw)
		return
	}
	rw.readers++
	raceacquire(rw)
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.wq.n > 0 {
		return false
	}
	rw.readers++
	raceacquire(rw)
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	racerelease(&rw.rq)
	rw.readers--
	if rw.readers == 0 && rw.wq.n > 0 {
		rw.wq.n--
		rw.writer = true
		semrelease(&rw.wq)
	}
}

func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		rw.wq.n++
		semacquire(&rw.wq, reasonLock) // handed over by Unlock or the last RUnlock
		raceacquire(rw)
		raceacquire(&rw.rq)
		return
	}
	rw.writer = true
	raceacquire(rw)
	raceacquire(&rw.rq)
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	raceacquire(rw)
	raceacquire(&rw.rq)
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.rq.n > 0 {
		rw.readers += rw.rq.n
		for rw.rq.n > 0 {
			rw.rq.n--
			semrelease(&rw.rq)
		}
		return
	}
	if rw.wq.n > 0 {
		rw.wq.n--
		rw.writer = true
		semrelease(&rw.wq)
	}
}

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct {
	n       int64
	waiters int32
}

func (wg *WaitGroup) Add(delta int) {
	if delta < 0 {
		racerelease(wg)
	}
	wg.n += int64(delta)
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for wg.waiters > 0 {
			wg.waiters--
			semrelease(wg)
		}
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		raceacquire(wg)
		return
	}
	wg.waiters++
	semacquire(wg, reasonWaitGroup)
	raceacquire(wg)
}

// Go (go1.25) calls f in a new goroutine counted by the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		raceacquire(o)
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() {
	o.done = true
	racerelease(o)
}
`;

function waitReason(code: number): string {
  if (cur().goMinor < 24) return 'semacquire';
  return ['sync.Mutex.Lock', 'sync.WaitGroup.Wait', 'sync.RWMutex.RLock', 'sync.RWMutex.Lock'][code] ?? 'semacquire';
}

export const syncModule: StdlibModule = {
  path: 'sync',
  goSource: syncSource,
  natives: {
    *semacquire(key: Iface, reason: number) {
      yield* semacquireG(key.v as object, waitReason(reason));
    },
    semrelease(key: Iface): void {
      semreleaseG(key.v as object);
    },
    nanotime(): number {
      return getSched()?.now ?? 0;
    },
    raceacquire(x: Iface): void {
      raceAcquire(x.v);
    },
    racerelease(x: Iface): void {
      raceRelease(x.v);
    },
    fatal(s: string): never {
      throw new GoFatal(s, new Error());
    },
  },
};

const atomicSource = `package atomic

type noCopy struct{}

// Every atomic operation orders like an acquire and a release on its address (race.ts).
func racesync(addr any)

// Int32 is an atomic int32.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                            { racesync(x); return x.v }
func (x *Int32) Store(val int32)                        { racesync(x); x.v = val }
func (x *Int32) Swap(new int32) (old int32)               { racesync(x); old = x.v; x.v = new; return }
func (x *Int32) Add(delta int32) (new int32)              { racesync(x); x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool { racesync(x);
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

func AddInt32(addr *int32, delta int32) (new int32)   { racesync(addr); *addr += delta; return *addr }
func LoadInt32(addr *int32) (val int32)              { racesync(addr); return *addr }
func StoreInt32(addr *int32, val int32)              { racesync(addr); *addr = val }
func SwapInt32(addr *int32, new int32) (old int32)     { racesync(addr); old = *addr; *addr = new; return }
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) { racesync(addr);
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// Int64 is an atomic int64.
type Int64 struct {
	_ noCopy
	v int64
}

func (x *Int64) Load() int64                            { racesync(x); return x.v }
func (x *Int64) Store(val int64)                        { racesync(x); x.v = val }
func (x *Int64) Swap(new int64) (old int64)               { racesync(x); old = x.v; x.v = new; return }
func (x *Int64) Add(delta int64) (new int64)              { racesync(x); x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool { racesync(x);
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

func AddInt64(addr *int64, delta int64) (new int64)   { racesync(addr); *addr += delta; return *addr }
func LoadInt64(addr *int64) (val int64)              { racesync(addr); return *addr }
func StoreInt64(addr *int64, val int64)              { racesync(addr); *addr = val }
func SwapInt64(addr *int64, new int64) (old int64)     { racesync(addr); old = *addr; *addr = new; return }
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) { racesync(addr);
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// Uint32 is an atomic uint32.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                            { racesync(x); return x.v }
func (x *Uint32) Store(val uint32)                        { racesync(x); x.v = val }
func (x *Uint32) Swap(new uint32) (old uint32)               { racesync(x); old = x.v; x.v = new; return }
func (x *Uint32) Add(delta uint32) (new uint32)              { racesync(x); x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { racesync(x);
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

func AddUint32(addr *uint32, delta uint32) (new uint32)   { racesync(addr); *addr += delta; return *addr }
func LoadUint32(addr *uint32) (val uint32)              { racesync(addr); return *addr }
func StoreUint32(addr *uint32, val uint32)              { racesync(addr); *addr = val }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { racesync(addr); old = *addr; *addr = new; return }
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) { racesync(addr);
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// Uint64 is an atomic uint64.
type Uint64 struct {
	_ noCopy
	v uint64
}

func (x *Uint64) Load() uint64                            { racesync(x); return x.v }
func (x *Uint64) Store(val uint64)                        { racesync(x); x.v = val }
func (x *Uint64) Swap(new uint64) (old uint64)               { racesync(x); old = x.v; x.v = new; return }
func (x *Uint64) Add(delta uint64) (new uint64)              { racesync(x); x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { racesync(x);
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

func AddUint64(addr *uint64, delta uint64) (new uint64)   { racesync(addr); *addr += delta; return *addr }
func LoadUint64(addr *uint64) (val uint64)              { racesync(addr); return *addr }
func StoreUint64(addr *uint64, val uint64)              { racesync(addr); *addr = val }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { racesync(addr); old = *addr; *addr = new; return }
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) { racesync(addr);
	if *addr == old {
		*addr = new
		return true
	}
	return false
}

// Bool is an atomic boolean.
type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool { racesync(x); return x.v != 0 }
func (x *Bool) Store(val bool) { racesync(x); x.v = b32(val) }
func (x *Bool) Swap(new bool) (old bool) { racesync(x); old = x.v != 0; x.v = b32(new); return }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) { racesync(x);
	if (x.v != 0) == old {
		x.v = b32(new)
		return true
	}
	return false
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
`;

export const atomicModule: StdlibModule = {
  path: 'sync/atomic',
  goSource: atomicSource,
  natives: {
    racesync(addr: Iface): void {
      raceAcqRel(addr.v);
    },
  },
};

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

// Time is an instant on the virtual clock (nanoseconds since the Unix epoch).
type Time struct {
	ns int64
}

// The virtual clock starts at 2009-11-10 23:00:00 UTC.
const start = 1257894000 * int64(Second)

func Now() Time                      { return Time{start + nanotime()} }
func Since(t Time) Duration          { return Now().Sub(t) }
func Until(t Time) Duration          { return t.Sub(Now()) }
func (t Time) Sub(u Time) Duration   { return Duration(t.ns - u.ns) }
func (t Time) Add(d Duration) Time   { return Time{t.ns + int64(d)} }
func (t Time) Before(u Time) bool    { return t.ns < u.ns }
func (t Time) After(u Time) bool     { return t.ns > u.ns }
func (t Time) Equal(u Time) bool     { return t.ns == u.ns }
func (t Time) Unix() int64           { return t.ns / int64(Second) }
func (t Time) UnixNano() int64       { return t.ns }
func (t Time) UnixMilli() int64      { return t.ns / int64(Millisecond) }

// After, Tick: the timers are goroutines sleeping on the virtual clock (real Go's timers
// are not goroutines: these show in runtime.NumGoroutine and in deadlock dumps).
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go sendTime(c, d)
	return c
}

func sendTime(c chan Time, d Duration) {
	Sleep(d)
	c <- Now()
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	c := make(chan Time, 1)
	go tick(c, d)
	return c
}

func tick(c chan Time, d Duration) {
	for {
		Sleep(d)
		select {
		case c <- Now():
		default:
		}
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
  },
};

export const syncPackages: StdlibModule[] = [runtimeModule, syncModule, atomicModule, timeModule];
