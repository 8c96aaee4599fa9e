package tlacheck.eval.stdlib;

import tlacheck.eval.Node;
import tlacheck.value.BoolValue;
import tlacheck.value.FunctionValue;
import tlacheck.value.StringValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;
import tlacheck.value.Values;

/**
 * The CommunityModules' module Statistics: {@code ChiSquare(expected, actual, alpha)}, Pearson's
 * chi-square goodness-of-fit test, which the module leaves to TLC's Java implementation (the
 * Apache Commons Math test, as its documentation describes it). It is TRUE when the observed
 * counts {@code actual} may follow the frequencies {@code expected} at significance level
 * {@code alpha} (a string such as "0.05", in (0, 0.5]): the p-value is not below alpha. The
 * counts are the functions' values in the order of their domains; expected counts are rescaled
 * to the observed total when the totals differ.
 */
final class Statistics {
  private Statistics() {}

  static void define(OperatorTable statistics) {
    ModuleExtends.extend(statistics, "Naturals");
    statistics.nary("ChiSquare", 3, v -> BoolValue.of(!rejects(v[0], v[1], v[2])), Node.CONSTANT);
  }

  private static boolean rejects(Value expectedCounts, Value actualCounts, Value significance) {
    double[] expected = counts(expectedCounts);
    double[] observed = counts(actualCounts);
    double alpha = alpha(significance);
    if (expected.length < 2 || expected.length != observed.length) {
      throw new ValueException("ChiSquare needs two or more expected and observed counts, as many of each; got "
          + expected.length + " and " + observed.length);
    }
    double sumExpected = 0;
    double sumObserved = 0;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] <= 0 || observed[i] < 0) {
        throw new ValueException("ChiSquare: expected counts must be positive and observed counts not negative");
      }
      sumExpected += expected[i];
      sumObserved += observed[i];
    }
    double ratio = Math.abs(sumExpected - sumObserved) > 10E-6 ? sumObserved / sumExpected : 1;
    double statistic = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = ratio * expected[i];
      double deviation = observed[i] - e;
      statistic += deviation * deviation / e;
    }
    double pValue = 1 - regularizedGammaP((expected.length - 1) / 2.0, statistic / 2);
    return pValue < alpha;
  }

  private static double[] counts(Value v) {
    FunctionValue f = Values.asFunction(v, "ChiSquare");
    double[] counts = new double[f.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = OperatorTable.integer(f.valueAt(i), "ChiSquare");
    }
    return counts;
  }

  private static double alpha(Value v) {
    double alpha;
    try {
      alpha = Double.parseDouble(v instanceof StringValue s ? s.value() : v.toString());
    } catch (NumberFormatException e) {
      throw new ValueException("ChiSquare: the significance level must be a number written as a string, not " + v);
    }
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new ValueException("out of bounds significance level " + alpha + ", must be between 0 and 0.5");
    }
    return alpha;
  }

  /** P(a, x), the regularized lower incomplete gamma function: a series below a + 1, else a continued fraction. */
  static double regularizedGammaP(double a, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x < a + 1) {
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n < 100_000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
        term *= x / (a + n);
        sum += term;
      }
      return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }
    // Lentz's method for the continued fraction of Q(a, x).
    double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 100_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < tiny ? tiny : d;
      c = b + an / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return 1 - Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7};

  /** ln Gamma(a) for a > 0 (Lanczos' approximation, g = 7). */
  static double logGamma(double a) {
    if (a < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - logGamma(1 - a);
    }
    double z = a - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
