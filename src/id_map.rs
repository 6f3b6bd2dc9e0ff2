//! Maps and sets keyed by small dense integer ids: syntax node ids, variable
//! ids, function keys, goroutine and channel indexes.
//!
//! Each map is a vector with a slot per id from the smallest id stored so far,
//! holding the index of the id's value in a dense vector of values, so the
//! engine's many id-keyed tables share one small implementation instead of a
//! B-tree per key and value type (each costs kilobytes of wasm); the slot code
//! does not depend on the values' type, so it is in the wasm once. Lookups
//! are two indexes; iteration, where it is used, is in id order as with a
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

/// Where each id's value is: a vector with a slot per id from the smallest
/// id stored so far, holding the value's index in `IdMap::values` (`NONE`
/// for no value). It knows nothing of the values' type, so the growing code
/// exists once in the wasm rather than once per map type.
#[derive(Clone, Debug, Default)]
struct Slots {
    /// The id of `index[0]`.
    base: usize,
    index: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Slots {
    /// The index of `id`'s value, if it has one.
    fn find(&self, id: usize) -> Option<usize> {
        match self.index.get(id.wrapping_sub(self.base)) {
            Some(&i) if i != NONE => Some(i as usize),
            _ => None,
        }
    }

    /// The index of `id`'s value, or `Err(next)` after recording that the
    /// value `next` is `id`'s, when it had none.
    fn find_or_add(&mut self, id: usize, next: usize) -> Result<usize, usize> {
        if self.index.is_empty() {
            self.base = id;
        } else if id < self.base {
            // Grow downwards, at least doubling, so ids that keep coming in
            // falling order cost amortised constant time.
            let new_base = id.min(self.base.saturating_sub(self.index.len()));
            let extra = self.base - new_base;
            self.index.splice(0..0, std::iter::repeat(NONE).take(extra));
            self.base = new_base;
        }
        let at = id - self.base;
        if at >= self.index.len() {
            self.index.resize(at + 1, NONE);
        }
        match self.index[at] {
            NONE => {
                self.index[at] = next as u32;
                Err(next)
            }
            i => Ok(i as usize),
        }
    }

    /// The ids that have values, in id order, with their values' indexes.
    fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let base = self.base;
        self.index.iter().enumerate().filter(|(_, &i)| i != NONE).map(move |(k, &i)| (base + k, i as usize))
    }
}

/// A map from ids to values, iterated in id order.
#[derive(Clone, Debug)]
pub struct IdMap<V, K = u32> {
    slots: Slots,
    /// The values in the order they were first set.
    values: Vec<V>,
    key: PhantomData<K>,
}

impl<V, K> Default for IdMap<V, K> {
    fn default() -> Self {
        IdMap { slots: Slots::default(), values: Vec::new(), key: PhantomData }
    }
}

impl<V, K: DenseId> IdMap<V, K> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: &K) -> Option<&V> {
        self.slots.find(id.index()).map(|i| &self.values[i])
    }

    pub fn get_mut(&mut self, id: &K) -> Option<&mut V> {
        self.slots.find(id.index()).map(|i| &mut self.values[i])
    }

    pub fn contains_key(&self, id: &K) -> bool {
        self.slots.find(id.index()).is_some()
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Sets the value of `id`, returning the old one.
    pub fn insert(&mut self, id: K, v: V) -> Option<V> {
        match self.slots.find_or_add(id.index(), self.values.len()) {
            Ok(i) => Some(std::mem::replace(&mut self.values[i], v)),
            Err(_) => {
                self.values.push(v);
                None
            }
        }
    }

    /// The value of `id`, set to `V::default()` first if there is none.
    pub fn get_or_default(&mut self, id: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.slots.find_or_add(id.index(), self.values.len()) {
            Ok(i) => i,
            Err(i) => {
                self.values.push(V::default());
                i
            }
        };
        &mut self.values[i]
    }

    /// The ids and values in id order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> + '_ {
        self.slots.iter().map(move |(id, i)| (K::from_index(id), &self.values[i]))
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
