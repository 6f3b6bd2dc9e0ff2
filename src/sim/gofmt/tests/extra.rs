//! Hand-written cases.
