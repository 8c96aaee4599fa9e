package tlacheck.run;

import tlacheck.eval.EvalThreads;
import tlacheck.mc.CheckOptions;
import tlacheck.mc.Model;
import tlacheck.spec.CompiledSpec;

/**
 * For tests that drive the engine on a compiled spec directly (to look at one stage the pipeline
 * hides): the pipeline's adapter and the options it searches with.
 */
public final class SpecModels {
  private SpecModels() {}

  public static Model of(CompiledSpec spec) {
    return new SpecModel(spec);
  }

  /** The options the pipeline searches with: deep-stack workers, the spec's errors told apart. */
  public static CheckOptions options(boolean checkDeadlock, boolean allProperties, int workers) {
    return CheckOptions.of(checkDeadlock, allProperties, workers)
        .withThreads(task -> EvalThreads.thread(task, "tlacheck-worker"))
        .withErrors(Pipeline::modelError);
  }
}
