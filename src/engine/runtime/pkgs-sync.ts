// Packages of Engine II: runtime (scheduler queries), sync, sync/atomic and time, written
// as Go source over a few natives (StdlibModule contract, stdlib/index.ts); context is
// pkgs-context.ts.
//
// sync follows the behaviour of go1.27 src/sync (mutex.go, rwmutex.go, waitgroup.go,
// once.go, oncefunc.go, cond.go, map.go) with a simpler algorithm: every lock hands
// ownership directly to the first waiter (FIFO, as Go's starvation mode does), and waiting
// goes through the semaphore natives semacquire/semrelease of runtime/sched.ts (go1.27
// runtime/sema.go). Because the scheduler never preempts inside a function except at its
// prologue and loop back-edges, the bodies below are atomic between those points, as the
// runtime's are. Cond waits on a ticketed notify list (go1.27 runtime/sema.go notifyList);
// Map is a Go map behind methods that are atomic in that sense (go1.27's HashTrieMap only
// adds lock-free concurrency, which a single-threaded model does not need); OnceFunc,
// OnceValue and OnceValues are go1.27's source; Pool is what one P sees of go1.27's pool.go.
// sync/atomic operations (typed integers, Bool, Pointer[T], Value, the functions except the
// unsafe.Pointer ones) are plain functions (no preemption point inside): atomic.
// time runs on the virtual clock (starting 2009-11-10 23:00:00 UTC, the playground's);
// its timers (Timer, Ticker, After, Tick, AfterFunc) are runtime/timers.ts.
//
// Wait reasons follow go1.27 runtime/runtime2.go waitReasonStrings and the callers in
// runtime/sema.go of each release: `sync.Cond.Wait` in every release; `sync.Mutex.Lock`,
// `sync.RWMutex.RLock`, `sync.RWMutex.Lock` from go1.21 (go1.19: `semacquire`);
// `sync.WaitGroup.Wait` from go1.24 (before: `semacquire`).

import { raceAcquire, raceAcqRel, raceRelease } from './race.ts';
import type { StdlibModule } from '../stdlib/module.ts';
import { GoFatal, GoGoexit } from './panic.ts';
import { Iface, mapKey } from './values.ts';
import { cur } from './state.ts';
import { getSched, gosched, semacquire as semacquireG, semrelease as semreleaseG, sleep } from './sched.ts';
import { newTimer, resetTimer, stopTimer } from './timers.ts';
import { contextModule } from './pkgs-context.ts';

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
	reasonCondWait
)

func semacquire(key any, reason int)

func semrelease(key any)

func fatal(s string)

// Happens-before edges for the race detector (race.ts); no-ops without --race.
func raceacquire(x any)

func racerelease(x any)

// The virtual clock (sched.ts), for the mutex's starvation mode.
func nanotime() int64

// checkKey hashes a map key as the runtime does: it panics if the key is not hashable.
func checkKey(key any)

type noCopy struct{}

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

// OnceFunc returns a function that invokes f only once. The returned function
// may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceFunc(f func()) func() {
	// Use a struct so that there's a single heap allocation.
	d := struct {
		f     func()
		once  Once
		valid bool
		p     any
	}{
		f: f,
	}
	return func() {
		d.once.Do(func() {
			defer func() {
				d.f = nil // Do not keep f alive after invoking it.
				d.p = recover()
				if !d.valid {
					// Re-panic immediately so on the first
					// call the user gets a complete stack
					// trace into f.
					panic(d.p)
				}
			}()
			d.f()
			d.valid = true // Set only if f does not panic.
		})
		if !d.valid {
			panic(d.p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	// Use a struct so that there's a single heap allocation.
	d := struct {
		f      func() T
		once   Once
		valid  bool
		p      any
		result T
	}{
		f: f,
	}
	return func() T {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.result = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.result
	}
}

// OnceValues returns a function that invokes f only once and returns the values
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	// Use a struct so that there's a single heap allocation.
	d := struct {
		f     func() (T1, T2)
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	}{
		f: f,
	}
	return func() (T1, T2) {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.r1, d.r2 = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.r1, d.r2
	}
}

// A Pool is a set of temporary objects (go1.27 sync/pool.go) as one P sees it: Put fills
// the private slot, then the shared stack; Get takes the private slot, then the most
// recent shared object, then calls New. Nothing is dropped by a garbage collection.
type Pool struct {
	noCopy noCopy

	private any
	shared  []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

func (p *Pool) Get() any {
	x := p.private
	p.private = nil
	if x == nil {
		if n := len(p.shared); n > 0 {
			x = p.shared[n-1]
			p.shared[n-1] = nil
			p.shared = p.shared[:n-1]
		}
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// Cond implements a condition variable (go1.27 sync/cond.go). A waiter takes a ticket
// before it unlocks L (runtime/sema.go notifyListAdd), so a Signal or Broadcast made
// between the Unlock and the park is not lost.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := c.notify.add()
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() {
	c.notify.notifyOne()
}

func (c *Cond) Broadcast() {
	c.notify.notifyAll()
}

// notifyList (go1.27 runtime/sema.go): tickets below notify have been signalled.
type notifyList struct {
	wait    uint32
	notify  uint32
	waiters []*notifyWaiter // parked waiters, in the order they parked
}

type notifyWaiter struct {
	ticket uint32
}

func (l *notifyList) add() uint32 {
	t := l.wait
	l.wait++
	return t
}

// runtime_notifyListWait parks until ticket t is notified (named as go1.27 links it, for
// the traceback of a waiting goroutine).
func runtime_notifyListWait(l *notifyList, t uint32) {
	if less(t, l.notify) {
		return // signalled between the ticket and the park
	}
	s := &notifyWaiter{ticket: t}
	l.waiters = append(l.waiters, s)
	semacquire(s, reasonCondWait)
}

func (l *notifyList) notifyAll() {
	if l.wait == l.notify {
		return
	}
	l.notify = l.wait
	ws := l.waiters
	l.waiters = nil
	for _, s := range ws {
		semrelease(s)
	}
}

func (l *notifyList) notifyOne() {
	if l.wait == l.notify {
		return
	}
	t := l.notify
	l.notify = t + 1
	for i, s := range l.waiters {
		if s.ticket == t {
			l.waiters = append(l.waiters[:i:i], l.waiters[i+1:]...)
			semrelease(s)
			return
		}
	}
}

func less(a, b uint32) bool {
	return int32(a-b) < 0
}

// Map is like a Go map[any]any but is safe for concurrent use (go1.27 sync/map.go).
// The zero Map is empty and ready for use. Range visits the keys in the seeded map order.
type Map struct {
	_ noCopy

	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	checkKey(key)
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	checkKey(key)
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) Clear() {
	m.m = nil
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	checkKey(key)
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	checkKey(key)
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	return
}

func (m *Map) Delete(key any) {
	checkKey(key)
	delete(m.m, key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	checkKey(key)
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

// CompareAndSwap: comparing old with a value of the same uncomparable type panics, as
// Go's == on interfaces does.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	checkKey(key)
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	checkKey(key)
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value present in the map; it stops when f returns false.
// The map may change during Range (each key is visited at most once).
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}
`;

function waitReason(code: number): string {
  const minor = cur().goMinor;
  switch (code) {
    case 4:
      return 'sync.Cond.Wait';
    case 1:
      return minor >= 24 ? 'sync.WaitGroup.Wait' : 'semacquire';
    default:
      return minor >= 21 ? (['sync.Mutex.Lock', '', 'sync.RWMutex.RLock', 'sync.RWMutex.Lock'][code] ?? 'semacquire') : 'semacquire';
  }
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
    checkKey(key: Iface | null): void {
      if (key !== null) mapKey(key.t, key.v);
    },
  },
};

// sync/atomic follows go1.27 src/sync/atomic (doc.go, type.go, value.go); the typed
// integers and their functions are generated from one template.
function atomicInt(name: string, t: string, align64: boolean): string {
  const fn = (op: string) => `${op}${name}`;
  return `
// ${name} is an atomic ${t}.
type ${name} struct {
	_ noCopy${align64 ? '\n\t_ align64' : ''}
	v ${t}
}

func (x *${name}) Load() ${t}                                  { return ${fn('Load')}(&x.v) }
func (x *${name}) Store(val ${t})                              { ${fn('Store')}(&x.v, val) }
func (x *${name}) Swap(new ${t}) (old ${t})                      { return ${fn('Swap')}(&x.v, new) }
func (x *${name}) CompareAndSwap(old, new ${t}) (swapped bool) { return ${fn('CompareAndSwap')}(&x.v, old, new) }
func (x *${name}) Add(delta ${t}) (new ${t})                     { return ${fn('Add')}(&x.v, delta) }
func (x *${name}) And(mask ${t}) (old ${t})                      { return ${fn('And')}(&x.v, mask) }
func (x *${name}) Or(mask ${t}) (old ${t})                       { return ${fn('Or')}(&x.v, mask) }

func ${fn('Add')}(addr *${t}, delta ${t}) (new ${t})  { racesync(addr); *addr += delta; return *addr }
func ${fn('Load')}(addr *${t}) (val ${t})             { racesync(addr); return *addr }
func ${fn('Store')}(addr *${t}, val ${t})             { racesync(addr); *addr = val }
func ${fn('Swap')}(addr *${t}, new ${t}) (old ${t})   { racesync(addr); old = *addr; *addr = new; return }
func ${fn('And')}(addr *${t}, mask ${t}) (old ${t})   { racesync(addr); old = *addr; *addr &= mask; return }
func ${fn('Or')}(addr *${t}, mask ${t}) (old ${t})    { racesync(addr); old = *addr; *addr |= mask; return }
func ${fn('CompareAndSwap')}(addr *${t}, old, new ${t}) (swapped bool) {
	racesync(addr)
	if *addr == old {
		*addr = new
		return true
	}
	return false
}
`;
}

const atomicSource = `package atomic

type noCopy struct{}

// Every atomic operation orders like an acquire and a release on its address (race.ts).
func racesync(addr any)

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type align64 struct{}
${atomicInt('Int32', 'int32', false)}${atomicInt('Int64', 'int64', true)}${atomicInt('Uint32', 'uint32', false)}${atomicInt('Uint64', 'uint64', true)}${atomicInt('Uintptr', 'uintptr', false)}
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

// A Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v *T
}

func (x *Pointer[T]) Load() *T { racesync(x); return x.v }
func (x *Pointer[T]) Store(val *T) { racesync(x); x.v = val }
func (x *Pointer[T]) Swap(new *T) (old *T) { racesync(x); old = x.v; x.v = new; return }
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	racesync(x)
	if x.v == old {
		x.v = new
		return true
	}
	return false
}

// A Value provides an atomic load and store of a consistently typed value.
type Value struct {
	v any
}

// sameType reports whether two non-nil interface values have the same dynamic type.
func sameType(a, b any) bool

func (v *Value) Load() (val any) {
	racesync(v)
	return v.v
}

func (v *Value) Store(val any) {
	racesync(v)
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
`;

export const atomicModule: StdlibModule = {
  path: 'sync/atomic',
  goSource: atomicSource,
  natives: {
    racesync(addr: Iface): void {
      raceAcqRel(addr.v);
    },
    sameType(a: Iface, b: Iface): boolean {
      return a.t === b.t;
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

// String formats t as go1.27 Time.String does for a UTC time with a monotonic clock
// reading (every Time here comes from Now): "2006-01-02 15:04:05.999999999 -0700 MST"
// followed by " m=±<seconds since the clock started>".
func (t Time) String() string {
	secs := t.ns / int64(Second)
	nsec := t.ns % int64(Second)
	if nsec < 0 {
		secs--
		nsec += int64(Second)
	}
	days := secs / 86400
	clock := secs % 86400
	if clock < 0 {
		days--
		clock += 86400
	}
	y, m, d := civil(days)
	s := pad(uint64(y), 4) + "-" + pad(uint64(m), 2) + "-" + pad(uint64(d), 2) + " " +
		pad(uint64(clock/3600), 2) + ":" + pad(uint64(clock/60%60), 2) + ":" + pad(uint64(clock%60), 2)
	if nsec != 0 {
		f := frac(uint64(nsec), 9) // "0.xxx"
		s += f[1:]
	}
	s += " +0000 UTC m="
	mono := t.ns - start
	if mono < 0 {
		s += "-"
		mono = -mono
	} else {
		s += "+"
	}
	return s + utoa(uint64(mono/int64(Second))) + "." + pad(uint64(mono%int64(Second)), 9)
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

// pad formats v in decimal with at least width digits.
func pad(v uint64, width int) string {
	s := utoa(v)
	for len(s) < width {
		s = "0" + s
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

export const syncPackages: StdlibModule[] = [runtimeModule, syncModule, atomicModule, timeModule, contextModule];
