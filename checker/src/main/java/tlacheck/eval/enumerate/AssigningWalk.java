package tlacheck.eval.enumerate;

import java.util.Arrays;
import java.util.List;
import tlacheck.eval.ActionNodes;
import tlacheck.eval.Context;
import tlacheck.eval.Env;
import tlacheck.eval.Node;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The state a walk builds and its assignments: {@code x' = e} assigns x' if it has no value yet
 * and otherwise tests it, {@code UNCHANGED} keeps values, and every assignment is undone on
 * backtracking (the trail), so that one array serves a whole enumeration. What comes after an
 * assignment is the walk's continuation ({@link #proceed}).
 */
abstract class AssigningWalk {
  /** The continuation: conjuncts still to process, innermost first. */
  record Pending(Node node, Env env, Pending rest) {}

  final Context ctx;
  /** The state being built: the next state, or in Init the initial state. */
  Value[] target;
  /** The slots assigned so far, in order, so that backtracking can undo them. */
  private int[] trail = new int[16];
  int trailSize;

  AssigningWalk(Context ctx) {
    this.ctx = ctx;
  }

  /** Goes on with the rest of the formula, or emits the state when nothing is left. */
  abstract void proceed(Pending rest);

  final void assignOrTest(int slot, Value value, Node where, Pending rest) {
    Value current = target[slot];
    if (current == null) {
      int mark = trailSize;
      assign(slot, value);
      proceed(rest);
      undo(mark);
      return;
    }
    boolean equal;
    try {
      equal = Values.tlaEquals(current, value);
    } catch (ValueException e) {
      throw where.at(e);
    }
    if (equal) {
      proceed(rest);
    }
  }

  /** {@code UNCHANGED e} for e not made only of variables: its parts in turn (see {@link ParameterAssignment#unchangedParts}). */
  final void unchangedParts(List<ParameterAssignment.UnchangedPart> parts, int index, Pending rest) {
    if (index == parts.size()) {
      proceed(rest);
      return;
    }
    ParameterAssignment.UnchangedPart part = parts.get(index);
    if (part.slot() < 0) {
      if (ActionNodes.unchangedHolds(part.expression(), ctx, part.env())) {
        unchangedParts(parts, index + 1, rest);
      }
      return;
    }
    int slot = part.slot();
    Value value = ctx.current[slot];
    Value current = target[slot];
    if (current == null) {
      int mark = trailSize;
      assign(slot, value);
      unchangedParts(parts, index + 1, rest);
      undo(mark);
    } else if (current.equals(value)) {
      unchangedParts(parts, index + 1, rest);
    }
  }

  /** {@code UNCHANGED v}: each variable in v keeps its value. */
  final void unchangedFrom(int[] slots, int index, Pending rest) {
    if (index == slots.length) {
      proceed(rest);
      return;
    }
    int slot = slots[index];
    Value value = ctx.current[slot];
    Value current = target[slot];
    if (current == null) {
      int mark = trailSize;
      assign(slot, value);
      unchangedFrom(slots, index + 1, rest);
      undo(mark);
    } else if (current.equals(value)) {
      unchangedFrom(slots, index + 1, rest);
    }
  }

  final void assign(int slot, Value value) {
    target[slot] = value;
    if (trailSize == trail.length) {
      trail = Arrays.copyOf(trail, trailSize * 2);
    }
    trail[trailSize++] = slot;
  }

  final void undo(int mark) {
    while (trailSize > mark) {
      target[trail[--trailSize]] = null;
    }
  }
}
