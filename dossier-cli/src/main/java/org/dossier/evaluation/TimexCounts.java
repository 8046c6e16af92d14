package org.dossier.evaluation;

/**
 * Counts over a corpus of span-annotated expressions, and the figures made from them.
 *
 * <ul>
 *   <li><b>strict</b>: P = exact-span matches / system, R = exact-span matches / gold.</li>
 *   <li><b>relaxed</b> (lenient): P = overlap matches / system, R = overlap matches / gold
 *       (one-to-one, see {@link TimexAlignment}).</li>
 *   <li><b>attribute accuracy</b> (value, type): correct attribute / relaxed matches. A gold expression
 *       annotated without a value (TIMEX2 allows it) has no value to check: its matches leave the value
 *       accuracy's count out, and an exact span on it counts as strict+value correct.</li>
 *   <li><b>attribute F1</b>, as the TempEval-3 scorer computes it: P = accuracy x relaxed P,
 *       R = accuracy x relaxed R, F1 of those (= accuracy x relaxed F1); with one-to-one matching this is
 *       P = correct attribute / system, R = correct attribute / gold.</li>
 *   <li><b>strict + value</b>: P = (exact span and correct value) / system, R = the same / gold.</li>
 * </ul>
 * P is 0 without system expressions and R is 0 without gold ones (the TempEval-3 scorer's convention).
 */
public final class TimexCounts {
  int gold;
  int system;
  int strict;
  int relaxed;
  int valueChecked;
  int valueCorrect;
  int typeCorrect;
  int strictValueCorrect;

  /** Precision, recall and F1. */
  public record Prf(double p, double r, double f) {
    public static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public static Prf counts(int correct, int system, int gold) {
      return of(share(correct, system), share(correct, gold));
    }
  }

  public void add(TimexCounts o) {
    gold += o.gold;
    system += o.system;
    strict += o.strict;
    relaxed += o.relaxed;
    valueChecked += o.valueChecked;
    valueCorrect += o.valueCorrect;
    typeCorrect += o.typeCorrect;
    strictValueCorrect += o.strictValueCorrect;
  }

  public int gold() {
    return gold;
  }

  public int system() {
    return system;
  }

  public int strictMatches() {
    return strict;
  }

  public int relaxedMatches() {
    return relaxed;
  }

  /** Relaxed matches whose gold expression has a value. */
  public int valueChecked() {
    return valueChecked;
  }

  public int valueCorrect() {
    return valueCorrect;
  }

  public int typeCorrect() {
    return typeCorrect;
  }

  public int strictValueCorrect() {
    return strictValueCorrect;
  }

  public Prf strict() {
    return Prf.counts(strict, system, gold);
  }

  public Prf relaxed() {
    return Prf.counts(relaxed, system, gold);
  }

  public double valueAccuracy() {
    return share(valueCorrect, valueChecked);
  }

  public double typeAccuracy() {
    return share(typeCorrect, relaxed);
  }

  /** TempEval-3 value F1: value accuracy times relaxed P and R. */
  public Prf value() {
    Prf rel = relaxed();
    return Prf.of(valueAccuracy() * rel.p(), valueAccuracy() * rel.r());
  }

  /** TempEval-3 type F1: type accuracy times relaxed P and R. */
  public Prf type() {
    Prf rel = relaxed();
    return Prf.of(typeAccuracy() * rel.p(), typeAccuracy() * rel.r());
  }

  /** Exact span and correct value. */
  public Prf strictValue() {
    return Prf.counts(strictValueCorrect, system, gold);
  }

  static double share(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
