package org.peninsula.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import org.peninsula.scenario.DistributionSpec;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.Scenario;

/**
 * Priors for calibrated keys: the scenario's own distribution where it gives one (the
 * modeller's reading of the sources), otherwise uniform on the parameter's declared range (the
 * scenario's fixed value is a point, not a belief about the uncertainty).
 */
public final class ScenarioPriors {
  private ScenarioPriors() {}

  public static List<Prior> of(Scenario scenario, List<String> keys) {
    List<Prior> out = new ArrayList<>();
    for (String key : keys) {
      double[] range = PinnedSource.range(key);
      DistributionSpec spec = null;
      for (Scenario.Uncertain u : scenario.uncertain()) {
        if (u.path().path().equals(key)) {
          spec = u.distribution();
        }
      }
      out.add(spec == null ? new Prior.Uniform(range[0], range[1]) : from(spec, range));
    }
    return out;
  }

  /** A prior from a scenario distribution, bounded by its own min/max or the range. */
  public static Prior from(DistributionSpec d, double[] range) {
    double lo = d.min() != null ? d.min() : range[0];
    double hi = d.max() != null ? d.max() : range[1];
    return switch (d.type()) {
      case "uniform" -> new Prior.Uniform(lo, hi);
      case "triangular" -> new Prior.Triangular(lo, d.mode(), hi);
      case "beta" -> new Prior.ScaledBeta(d.alpha(), d.beta(), lo, hi);
      case "normal" -> new Prior.TruncatedNormal(d.mean(), d.sd(), lo, hi);
      default -> throw new IllegalArgumentException("unknown distribution " + d.type());
    };
  }

  /** Describes a prior in a line, for reports. */
  public static String describe(Prior p) {
    if (p instanceof Prior.Triangular t) {
      return fmt("triangular(%s, %s, %s)", t.lower(), t.mode(), t.upper());
    }
    if (p instanceof Prior.ScaledBeta b) {
      return fmt("beta(%s, %s) on [%s, %s]", b.alpha(), b.beta(), b.lower(), b.upper());
    }
    if (p instanceof Prior.TruncatedNormal n) {
      return fmt("normal(%s, %s) on [%s, %s]", n.mean(), n.sd(), n.lower(), n.upper());
    }
    return fmt("uniform(%s, %s)", p.lower(), p.upper());
  }

  private static String fmt(String pattern, double... v) {
    Object[] s = new Object[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = String.format(java.util.Locale.ROOT, "%.3g", v[i]);
    }
    return String.format(java.util.Locale.ROOT, pattern, s);
  }
}
