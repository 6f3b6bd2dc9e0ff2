//! Maps and sets keyed by a syntax node's id, which the parser hands out
//! densely from 0: a vector slot per id, so the checker's fifteen findings
//! tables share one small implementation instead of one B-tree each.

/// A map from node ids to values, iterated (if ever) in id order like a `BTreeMap`.
#[derive(Debug)]
pub struct IdMap<V>(Vec<Option<V>>);

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V> IdMap<V> {
    pub fn get(&self, id: &u32) -> Option<&V> {
        self.0.get(*id as usize)?.as_ref()
    }

    pub fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    /// Sets the value of `id`, returning the old one.
    pub fn insert(&mut self, id: u32, v: V) -> Option<V> {
        let i = id as usize;
        if i >= self.0.len() {
            self.0.resize_with(i + 1, || None);
        }
        self.0[i].replace(v)
    }
}

/// A set of node ids.
#[derive(Debug, Default)]
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
