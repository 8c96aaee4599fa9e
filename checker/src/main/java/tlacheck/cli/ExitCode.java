package tlacheck.cli;

/** Process exit codes, numerically equal to TLC's so that scripts written for TLC keep working. */
public enum ExitCode {
  SUCCESS(0),
  ASSUMPTION(10),
  DEADLOCK(11),
  INVARIANT(12),
  PROPERTY(13),
  ASSERT(14),
  EVALUATION(75),
  /** The model checks a formula of the wrong level (an invariant that is not a state predicate). */
  MODEL_LEVEL(76),
  SPEC_PARSE(150),
  CONFIG_PARSE(151),
  STATE_SPACE_TOO_LARGE(152),
  SYSTEM(153),
  INTERNAL(255);

  public final int code;

  ExitCode(int code) {
    this.code = code;
  }
}
