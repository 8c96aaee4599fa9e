package tlacheck.eval.temporal;

/**
 * One fairness conjunct of the SPECIFICATION: {@code WF_v(A)} ({@code strong} false) or
 * {@code SF_v(A)}, with {@code enabled} the state predicate {@code ENABLED <<A>>_v} and
 * {@code step} the action {@code <<A>>_v}. A quantified {@code \A t \in T : WF_v(A(t))} gives
 * one condition per t.
 */
public record FairnessCondition(boolean strong, TemporalAtom enabled, TemporalAtom step, String description) {}
