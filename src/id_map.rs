//! Maps and sets keyed by small dense integer ids: syntax node ids, variable
//! ids, function keys, goroutine and channel indexes.
//!
//! Each map is a vector with a slot per id from the smallest id stored so far,
//! so the engine's many id-keyed tables share one small implementation instead
//! of a B-tree per key and value type (each costs kilobytes of wasm). Lookups
//! are an index; iteration, where it is used, is in id order as with a
//! `BTreeMap`. The vector starts at the first id inserted and grows downwards
//! when a smaller one comes, so a table whose ids cluster in a range far from
//! 0 (one function's variables) only holds that range. Ids spread thinly over a
//! huge range (heap cells) belong in a `BTreeMap`.

use std::marker::PhantomData;

/// An integer id usable as an `IdMap` key.
pub trait DenseId: Copy {
    fn index(self) -> usize;
    fn from_index(i: usize) -> Self;
}

impl DenseId for u32 {
    fn index(self) -> usize {
        self as usize
    }
    fn from_index(i: usize) -> Self {
        i as u32
    }
}

impl DenseId for usize {
    fn index(self) -> usize {
        self
    }
    fn from_index(i: usize) -> Self {
        i
    }
}

/// A map from ids to values, iterated in id order.
#[derive(Clone, Debug)]
pub struct IdMap<V, K = u32> {
    /// The id of `slots[0]`.
    base: usize,
    slots: Vec<Option<V>>,
    /// How many slots hold a value.
    len: usize,
    key: PhantomData<K>,
}

impl<V, K> Default for IdMap<V, K> {
    fn default() -> Self {
        IdMap { base: 0, slots: Vec::new(), len: 0, key: PhantomData }
    }
}

impl<V, K: DenseId> IdMap<V, K> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: &K) -> Option<&V> {
        self.slots.get(id.index().wrapping_sub(self.base))?.as_ref()
    }

    pub fn get_mut(&mut self, id: &K) -> Option<&mut V> {
        self.slots.get_mut(id.index().wrapping_sub(self.base))?.as_mut()
    }

    pub fn contains_key(&self, id: &K) -> bool {
        self.get(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot of `id`, made first if the vector does not reach it yet.
    fn slot(&mut self, id: K) -> &mut Option<V> {
        let i = id.index();
        if self.slots.is_empty() {
            self.base = i;
        } else if i < self.base {
            // Grow downwards, at least doubling, so ids that keep coming in
            // falling order cost amortised constant time.
            let new_base = i.min(self.base.saturating_sub(self.slots.len()));
            let extra = self.base - new_base;
            self.slots.splice(0..0, std::iter::repeat_with(|| None).take(extra));
            self.base = new_base;
        }
        let at = i - self.base;
        if at >= self.slots.len() {
            self.slots.resize_with(at + 1, || None);
        }
        &mut self.slots[at]
    }

    /// Sets the value of `id`, returning the old one.
    pub fn insert(&mut self, id: K, v: V) -> Option<V> {
        let old = self.slot(id).replace(v);
        if old.is_none() {
            self.len += 1;
        }
        old
    }

    /// The value of `id`, set to `V::default()` first if there is none.
    pub fn get_or_default(&mut self, id: K) -> &mut V
    where
        V: Default,
    {
        let slot = self.slot(id);
        if slot.is_none() {
            *slot = Some(V::default());
            self.len += 1;
        }
        self.slot(id).as_mut().expect("the slot was just filled")
    }

    /// The ids and values in id order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> + '_ {
        let base = self.base;
        self.slots.iter().enumerate().filter_map(move |(i, v)| Some((K::from_index(base + i), v.as_ref()?)))
    }
}

/// A set of ids.
#[derive(Clone, Debug, Default)]
pub struct IdSet(Vec<bool>);

impl IdSet {
    pub fn contains(&self, id: &u32) -> bool {
        self.0.get(*id as usize).copied().unwrap_or(false)
    }

    /// Adds `id`, returning whether it was new.
    pub fn insert(&mut self, id: u32) -> bool {
        let i = id as usize;
        if i >= self.0.len() {
            self.0.resize(i + 1, false);
        }
        !std::mem::replace(&mut self.0[i], true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btree_map() {
        let mut state = 11u64;
        for round in 0..50 {
            let mut want: BTreeMap<u32, u64> = BTreeMap::new();
            let mut got: IdMap<u64> = IdMap::new();
            let spread = 1 + round * 7;
            for step in 0..200u64 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let id = 1000 + (state >> 33) as u32 % spread;
                match step % 3 {
                    0 => assert_eq!(got.insert(id, step), want.insert(id, step)),
                    1 => {
                        *got.get_or_default(id) += 1;
                        *want.entry(id).or_default() += 1;
                    }
                    _ => assert_eq!(got.get(&id), want.get(&id)),
                }
                assert_eq!(got.len(), want.len());
                assert_eq!(got.contains_key(&(id + 1)), want.contains_key(&(id + 1)));
            }
            let pairs: Vec<(u32, &u64)> = got.iter().collect();
            let expected: Vec<(u32, &u64)> = want.iter().map(|(k, v)| (*k, v)).collect();
            assert_eq!(pairs, expected);
        }
    }

    #[test]
    fn ids_below_the_first_slot_are_absent() {
        let mut m: IdMap<&str, usize> = IdMap::new();
        m.insert(40, "a");
        assert_eq!(m.get(&3), None);
        assert_eq!(m.get(&usize::MAX), None);
        m.insert(38, "b");
        assert_eq!(m.iter().collect::<Vec<_>>(), vec![(38, &"b"), (40, &"a")]);
    }
}
