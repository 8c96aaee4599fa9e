package tlacheck.mc;

import tlacheck.value.Value;

/**
 * Watches a one-worker search step by step, so that a second consumer of the state graph (the
 * liveness checker's graph of states and steps) needs no search of its own.
 *
 * <p>The calls come in the sequential search's order: every initial state inside the
 * constraints, in enumeration order (duplicates included); then, for each state the search
 * expands, in the order it found them, {@link #expanding} and each of its successors inside the
 * state and action constraints, in enumeration order (duplicates and old states included). The
 * search never changes a state's array once made, so an observer may keep it (to read, on any
 * thread), but must not change it either.
 */
public interface SearchObserver {
  void initial(Value[] state, long fingerprint);

  void expanding(Value[] state);

  void successor(Value[] from, Value[] to, long fingerprint);
}
