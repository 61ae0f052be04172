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
// package time is pkgs-time.ts.
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
import { getSched, gosched, semacquire as semacquireG, semrelease as semreleaseG } from './sched.ts';
import { contextModule } from './pkgs-context.ts';
import { timeModule } from './pkgs-time.ts';

const runtimeSource = `package runtime

type Error interface {
	error
	RuntimeError()
}

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

func GC()

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
    GC(): void {
      getSched()?.gcCycle();
    },
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

// holdlock counts the locks the calling goroutine holds (sched.ts G.locks): its map operations
// under a lock do not need the fine lockstep interleaving of unsynchronised ones.
func holdlock(d int)

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
		holdlock(1)
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
	holdlock(1)
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	raceacquire(m)
	holdlock(1)
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	racerelease(m)
	holdlock(-1)
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
		holdlock(1)
		return
	}
	rw.readers++
	raceacquire(rw)
	holdlock(1)
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.wq.n > 0 {
		return false
	}
	rw.readers++
	raceacquire(rw)
	holdlock(1)
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	racerelease(&rw.rq)
	holdlock(-1)
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
		holdlock(1)
		return
	}
	rw.writer = true
	raceacquire(rw)
	raceacquire(&rw.rq)
	holdlock(1)
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	raceacquire(rw)
	raceacquire(&rw.rq)
	holdlock(1)
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	holdlock(-1)
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
// Each operation holds mu while it uses the plain map: the map's own concurrency checks
// (maps/entry.ts) would otherwise catch the Map's goroutines, as Go's HashTrieMap never lets
// them (its nodes are locked and read atomically).
type Map struct {
	_ noCopy

	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	checkKey(key)
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) Store(key, value any) {
	checkKey(key)
	m.mu.Lock()
	m.store(key, value)
	m.mu.Unlock()
}

func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	checkKey(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	checkKey(key)
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key any) {
	checkKey(key)
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	checkKey(key)
	m.mu.Lock()
	previous, loaded = m.m[key]
	m.store(key, value)
	m.mu.Unlock()
	return
}

// CompareAndSwap: comparing old with a value of the same uncomparable type panics, as
// Go's == on interfaces does (the deferred Unlock leaves the Map usable after a recover).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	checkKey(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	checkKey(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value present in the map; it stops when f returns false.
// It visits the entries present when it starts (each key at most once); f may use the Map.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, values[i]) {
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
    holdlock(d: number): void {
      const g = getSched()?.curG;
      if (g !== undefined && g !== null) g.locks = Math.max(0, g.locks + d);
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


export const syncPackages: StdlibModule[] = [runtimeModule, syncModule, atomicModule, timeModule, contextModule];
