//! Why a goroutine is where it is, as data: the page renders a reason in the
//! chosen language, and its English form is the stable `data-reason` value.

use crate::sim::{GState, Machine, WaitReason};

/// A goroutine's reason for its state, with the names and numbers it quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Blocked sending on an unbuffered channel.
    SendNoReceiver {
        ch: String,
    },
    /// Blocked sending on a full buffered channel.
    SendFull {
        ch: String,
        len: usize,
        cap: usize,
    },
    /// Blocked receiving from an unbuffered channel.
    RecvNoSender {
        ch: String,
    },
    /// Blocked receiving from an empty buffered channel.
    RecvEmpty {
        ch: String,
    },
    SendNil,
    RecvNil,
    /// Waiting to lock a mutex, with the goroutine holding it.
    Lock {
        name: String,
        holder: Option<u64>,
    },
    WriteLock {
        name: String,
    },
    ReadLock {
        name: String,
    },
    /// Waiting for a WaitGroup's counter (now `count`) to reach zero.
    WaitGroup {
        name: String,
        count: i64,
    },
    /// Sleeping until a virtual time, in Go's `Duration` form.
    SleepUntil {
        time: String,
    },
    Sleep,
    OnceDo,
    CondWait,
    Select,
    SelectForever,
    Blocked,
    Running,
    Runnable,
    Sleeping,
    Done,
    Panicked,
}

impl Reason {
    /// The English sentence: the `data-reason` value tests rely on.
    pub fn english(&self) -> String {
        match self {
            Reason::SendNoReceiver { ch } => format!("waiting to send to {ch}: no receiver is ready"),
            Reason::SendFull { ch, len, cap } => {
                format!("waiting to send to {ch}: the buffer is full ({len}/{cap})")
            }
            Reason::RecvNoSender { ch } => format!("waiting to receive from {ch}: no sender is ready"),
            Reason::RecvEmpty { ch } => format!("waiting to receive from {ch}: the buffer is empty"),
            Reason::SendNil => "sending on a nil channel: blocks forever".to_string(),
            Reason::RecvNil => "receiving from a nil channel: blocks forever".to_string(),
            Reason::Lock { name, holder: Some(g) } => format!("waiting to lock {name}: G{g} holds it"),
            Reason::Lock { name, holder: None } => format!("waiting to lock {name}"),
            Reason::WriteLock { name } => format!("waiting to write-lock {name}: readers or a writer hold it"),
            Reason::ReadLock { name } => format!("waiting to read-lock {name}: a writer holds or wants it"),
            Reason::WaitGroup { name, count } => format!("waiting for {name} to reach zero (now {count})"),
            Reason::SleepUntil { time } => format!("sleeping until {time} on the virtual clock"),
            Reason::Sleep => "sleeping on the virtual clock".to_string(),
            Reason::OnceDo => "waiting for another goroutine to finish once.Do".to_string(),
            Reason::CondWait => "waiting on a sync.Cond for a Signal".to_string(),
            Reason::Select => "waiting in select: no case is ready".to_string(),
            Reason::SelectForever => "select {} blocks forever".to_string(),
            Reason::Blocked => "blocked".to_string(),
            Reason::Running => "running".to_string(),
            Reason::Runnable => "ready to run, waiting for its turn".to_string(),
            Reason::Sleeping => "sleeping".to_string(),
            Reason::Done => "finished".to_string(),
            Reason::Panicked => "panicked".to_string(),
        }
    }
}

/// Why goroutine `g` is in `state`, read from the machine.
pub fn reason(m: &Machine, g: u32, state: GState, wait: Option<WaitReason>) -> Reason {
    let chan_name = |c: u32| m.chans[c as usize].name.clone();
    match (state, wait) {
        (GState::Blocked, Some(WaitReason::ChanSend(c))) => {
            let ch = &m.chans[c as usize];
            if ch.cap == 0 {
                Reason::SendNoReceiver { ch: chan_name(c) }
            } else {
                Reason::SendFull { ch: chan_name(c), len: ch.buf.len(), cap: ch.cap }
            }
        }
        (GState::Blocked, Some(WaitReason::ChanRecv(c))) => {
            if m.chans[c as usize].cap == 0 {
                Reason::RecvNoSender { ch: chan_name(c) }
            } else {
                Reason::RecvEmpty { ch: chan_name(c) }
            }
        }
        (GState::Blocked, Some(WaitReason::ChanSendNil)) => Reason::SendNil,
        (GState::Blocked, Some(WaitReason::ChanRecvNil)) => Reason::RecvNil,
        (GState::Blocked, Some(WaitReason::MutexLock(id))) => Reason::Lock {
            name: super::scene::mutex_name(m, id),
            holder: m.mutexes[id as usize].owner.map(|o| m.goroutines[o as usize].goid),
        },
        (GState::Blocked, Some(WaitReason::RwLock(id))) => Reason::WriteLock { name: super::scene::rw_name(m, id) },
        (GState::Blocked, Some(WaitReason::RwRLock(id))) => Reason::ReadLock { name: super::scene::rw_name(m, id) },
        (GState::Blocked, Some(WaitReason::WaitGroupWait(id))) => {
            Reason::WaitGroup { name: super::scene::wg_name(m, id), count: m.waitgroups[id as usize].counter }
        }
        (_, Some(WaitReason::Sleep)) => match m.timers.wake_time_of(g) {
            Some(t) => Reason::SleepUntil { time: crate::sim::duration::format_duration(t as i64) },
            None => Reason::Sleep,
        },
        (GState::Blocked, Some(WaitReason::OnceDo(_))) => Reason::OnceDo,
        (GState::Blocked, Some(WaitReason::CondWait(_))) => Reason::CondWait,
        (GState::Blocked, Some(WaitReason::Select)) => Reason::Select,
        (GState::Blocked, Some(WaitReason::SelectNoCases)) => Reason::SelectForever,
        (GState::Blocked, None) => Reason::Blocked,
        (GState::Running, _) => Reason::Running,
        (GState::Runnable, _) => Reason::Runnable,
        (GState::Sleeping, _) => Reason::Sleeping,
        (GState::Done, _) => Reason::Done,
        (GState::Panicked, _) => Reason::Panicked,
    }
}
