//! Unit tests of the library's edge cases, called straight on a machine.
