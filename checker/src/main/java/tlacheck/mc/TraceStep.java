package tlacheck.mc;

import tlacheck.value.Value;

/** One state of a counterexample, with the action that led to it (null for an initial state). */
public record TraceStep(ActionLabel action, Value[] state) {}
