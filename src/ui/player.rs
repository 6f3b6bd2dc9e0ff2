//! Playing and recording ahead: the timers that drive the session forward.
//! Up to 60 steps per second a timer ticks once per step; at the maximum
//! speed each animation frame moves a batch of steps, as fast as the page
//! draws.

use super::state::{Action, Session, MAX_SPEED, SPEEDS};
use gloo_timers::callback::{Interval, Timeout};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The frame callback, shared between the loop and the callback itself.
type SharedClosure = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// A loop of `requestAnimationFrame` callbacks that dispatches `Action::Frame`
/// until dropped.
struct FrameLoop {
    alive: Rc<Cell<bool>>,
    id: Rc<Cell<i32>>,
    closure: SharedClosure,
}

fn request(closure: &Closure<dyn FnMut()>) -> i32 {
    web_sys::window().and_then(|w| w.request_animation_frame(closure.as_ref().unchecked_ref()).ok()).unwrap_or(0)
}

impl FrameLoop {
    fn start(d: UseReducerDispatcher<Session>) -> FrameLoop {
        let alive = Rc::new(Cell::new(true));
        let id = Rc::new(Cell::new(0));
        let closure: SharedClosure = Rc::new(RefCell::new(None));
        let (a, i, c) = (alive.clone(), id.clone(), closure.clone());
        *closure.borrow_mut() = Some(Closure::new(move || {
            if !a.get() {
                return;
            }
            // The next frame is requested first, so dropping the loop while
            // the dispatch renders can cancel it.
            if let Some(f) = c.borrow().as_ref() {
                i.set(request(f));
            }
            d.dispatch(Action::Frame);
        }));
        if let Some(f) = closure.borrow().as_ref() {
            id.set(request(f));
        }
        FrameLoop { alive, id, closure }
    }
}

impl Drop for FrameLoop {
    fn drop(&mut self) {
        self.alive.set(false);
        if let Some(w) = web_sys::window() {
            let _ = w.cancel_animation_frame(self.id.get());
        }
        // The closure may be running right now; it is freed a moment later.
        let closure = self.closure.clone();
        Timeout::new(0, move || drop(closure.borrow_mut().take())).forget();
    }
}

/// Runs the play timer while playing and records ahead in slices that yield
/// to the browser in between.
#[hook]
pub fn use_player(s: &UseReducerHandle<Session>) {
    {
        let d = s.dispatcher();
        use_effect_with((s.playing, s.speed), move |(playing, speed)| {
            let per_second = SPEEDS[*speed].max(1);
            // Held only to be dropped, which stops it.
            let player: Option<Box<dyn std::any::Any>> = playing.then(|| -> Box<dyn std::any::Any> {
                if per_second >= MAX_SPEED {
                    Box::new(FrameLoop::start(d))
                } else {
                    Box::new(Interval::new(1000 / per_second, move || d.dispatch(Action::Tick(1))))
                }
            });
            move || drop(player)
        });
    }
    {
        let d = s.dispatcher();
        let wants_more = s.wants_more();
        use_effect_with(s.version, move |_| {
            let timer = wants_more.then(|| Timeout::new(0, move || d.dispatch(Action::ComputeMore)));
            move || drop(timer)
        });
    }
}
