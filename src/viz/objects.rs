//! The object column beyond locks and wait groups: `sync.Once`, `sync.Cond`,
//! atomic values and timers with their fire times on the virtual clock.

use super::scene::{SyncObj, SyncView, SYNC_X};
use crate::ir::SyncKind;
use crate::sim::timer::TimerAction;
use crate::sim::value::Value;
use crate::sim::Machine;

/// An empty view of one kind, filled in by the callers below.
pub(crate) fn blank(kind: SyncObj, index: u32, name: String) -> SyncView {
    SyncView {
        kind,
        index,
        name,
        owner: None,
        readers: Vec::new(),
        count: 0,
        waiters: Vec::new(),
        value: String::new(),
        fire: None,
        period: None,
        done: false,
        x: SYNC_X,
        y: 0.0,
    }
}

/// Every Once, Cond, atomic and timer, in a stable order (by kind, then by
/// creation).
pub fn other_objects(m: &Machine) -> Vec<SyncView> {
    let goid = |g: &u32| m.goroutines[*g as usize].goid;
    let time = |t: u64| crate::sim::duration::format_duration(t as i64);
    let mut views = Vec::new();
    for (i, o) in m.onces.iter().enumerate() {
        let name = m.object_name(SyncKind::Once, i as u32).map_or_else(|| format!("once#{}", i + 1), str::to_string);
        let mut v = blank(SyncObj::Once, i as u32, name);
        v.done = o.done;
        v.owner = o.running.as_ref().map(goid);
        v.waiters = o.waiters.iter().map(goid).collect();
        views.push(v);
    }
    for (i, c) in m.conds.iter().enumerate() {
        let name = m.object_name(SyncKind::Cond, i as u32).map_or_else(|| format!("cond#{}", i + 1), str::to_string);
        let mut v = blank(SyncObj::Cond, i as u32, name);
        v.waiters = c.waiters.iter().map(goid).collect();
        if let Some(mx) = m.mutexes.get(c.mutex as usize) {
            v.value = super::scene::mutex_name(m, c.mutex);
            v.owner = mx.owner.as_ref().map(goid);
        }
        views.push(v);
    }
    let mut atomics = 0;
    for (i, a) in m.atomics.iter().enumerate() {
        // The same arena holds sync.Map and strings.Builder state: only
        // numbers and booleans are atomics.
        if !matches!(a, Value::Int(_) | Value::Bool(_) | Value::Float(_)) {
            continue;
        }
        atomics += 1;
        let name =
            m.object_name(SyncKind::AtomicInt, i as u32).map_or_else(|| format!("atomic#{atomics}"), str::to_string);
        let mut v = blank(SyncObj::Atomic, i as u32, name);
        v.value = a.to_display();
        views.push(v);
    }
    let pending: Vec<(u64, TimerAction)> = m.timers.pending().collect();
    for (i, t) in m.timer_objs.iter().enumerate() {
        let name = match &t.ch {
            Some(c) => m.chans.get(*c as usize).map(|c| c.name.clone()).unwrap_or_default(),
            None => String::new(),
        };
        let name = if name.is_empty() { format!("timer#{}", i + 1) } else { name };
        let mut v = blank(SyncObj::Timer, i as u32, name);
        v.fire = pending.iter().find(|(_, a)| *a == TimerAction::Fire(i as u32)).map(|(t, _)| time(*t));
        v.period = (t.period > 0).then(|| time(t.period));
        v.done = t.func.is_some();
        views.push(v);
    }
    // `time.After` and `time.Tick` channels have no timer object: one view
    // per pending send.
    for (t, a) in &pending {
        if let TimerAction::SendTime { ch, period } = a {
            let name = m.chans.get(*ch as usize).map(|c| c.name.clone()).unwrap_or_default();
            let mut v = blank(SyncObj::Timer, u32::MAX - *ch, if name.is_empty() { "time.After".into() } else { name });
            v.fire = Some(time(*t));
            v.period = (*period > 0).then(|| time(*period));
            views.push(v);
        }
    }
    views
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    fn views_over_run(src: &str) -> Vec<SyncView> {
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        (0..=rec.len()).flat_map(|s| other_objects(&rec.machine_at(s))).collect()
    }

    #[test]
    fn once_atomic_and_a_timer_appear_with_their_data() {
        let src = r#"package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var once sync.Once
	var n atomic.Int64
	once.Do(func() { n.Add(2) })
	t := time.NewTimer(3 * time.Second)
	<-t.C
	fmt.Println(n.Load())
}
"#;
        let views = views_over_run(src);
        assert!(views.iter().any(|v| v.kind == SyncObj::Once && v.done));
        assert!(views.iter().any(|v| v.kind == SyncObj::Atomic && v.value == "2"));
        assert!(views.iter().any(|v| v.kind == SyncObj::Timer && v.fire.as_deref() == Some("3s")), "{views:?}");
    }

    #[test]
    fn objects_are_named_by_their_variables() {
        let src = r#"package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var once sync.Once
	var n atomic.Int64
	var mu sync.Mutex
	ready := sync.NewCond(&mu)
	ctx, cancel := context.WithCancel(context.Background())
	t := time.NewTimer(time.Second)
	timeout := time.After(2 * time.Second)
	once.Do(func() { n.Add(1) })
	ready.Broadcast()
	cancel()
	<-ctx.Done()
	<-t.C
	<-timeout
	fmt.Println(n.Load())
}
"#;
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let end = rec.machine_at(rec.len());
        let names: Vec<String> = other_objects(&end).into_iter().map(|v| v.name).collect();
        assert!(names.contains(&"once".to_string()), "{names:?}");
        assert!(names.contains(&"n".to_string()), "{names:?}");
        assert!(names.contains(&"ready".to_string()), "{names:?}");
        let chans: Vec<&str> = end.chans.iter().map(|c| c.name.as_str()).collect();
        for name in ["ctx.Done()", "t.C", "timeout"] {
            assert!(chans.contains(&name), "{name}: {chans:?}");
        }
    }

    #[test]
    fn objects_in_struct_fields_are_named_by_their_selectors() {
        let src = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.Mutex
	once sync.Once
	m    map[string]int
}

type Counter struct {
	sync.RWMutex
	n int
}

type Batcher struct {
	notFull *sync.Cond
}

func main() {
	c := &Cache{m: map[string]int{}}
	var k Counter
	var wg sync.WaitGroup
	b := &Batcher{}
	b.notFull = sync.NewCond(&c.mu)
	b.notFull.Signal()
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.once.Do(func() { fmt.Println("init") })
			c.mu.Lock()
			c.m["a"]++
			c.mu.Unlock()
			k.Lock()
			k.n++
			k.Unlock()
		}()
	}
	wg.Wait()
	select {
	case <-time.After(1500 * time.Millisecond):
		fmt.Println(c.m["a"], k.n)
	}
}
"#;
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let end = rec.machine_at(rec.len());
        assert_eq!(end.mutexes.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["c.mu"]);
        assert_eq!(end.rwmutexes.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["k"]);
        assert_eq!(end.waitgroups.iter().map(|w| w.name.as_str()).collect::<Vec<_>>(), ["wg"]);
        let names: Vec<String> = other_objects(&end).into_iter().map(|v| v.name).collect();
        assert!(names.contains(&"c.once".to_string()), "{names:?}");
        assert!(names.contains(&"b.notFull".to_string()), "{names:?}");
        let chans: Vec<&str> = end.chans.iter().map(|c| c.name.as_str()).collect();
        assert!(chans.contains(&"time.After(1.5s)"), "{chans:?}");
    }
}
