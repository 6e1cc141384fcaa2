package org.peninsula.scenario;

import org.peninsula.model.Declarations;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.ParameterDeclaration;

/**
 * A parameter named by its declared key ({@code actors.RUS.sanctionsTolerance},
 * {@code relations.CHN-RUS}, {@code world.tension}, {@code mechanisms.clashEscalation},
 * {@code weights.RUS.OPPOSE_SANCTIONS.opposition}, {@code effects.USA.OFFER_TALKS.relation.DPRK},
 * ...). Scenario files, draws, sweeps and sensitivity designs all set parameters through it, so
 * the declarations in {@link Declarations} are the only names.
 */
public record ParameterPath(ParameterDeclaration declaration) {

  /** The key, as written in scenario files. */
  public String path() {
    return declaration.key();
  }

  public double min() {
    return declaration.min();
  }

  public double max() {
    return declaration.max();
  }

  public void set(ModelParameters.Builder p, double value) {
    p.set(declaration, value);
  }

  public double get(ModelParameters p) {
    return p.value(declaration);
  }

  /** Parses a path; throws {@link IllegalArgumentException} when it names nothing. */
  public static ParameterPath of(String path) {
    ParameterPath p = path == null ? null : parse(path);
    if (p == null) {
      throw new IllegalArgumentException("'" + path + "' names no parameter (e.g."
          + " actors.RUS.sanctionsTolerance, mechanisms.clashEscalation,"
          + " weights.RUS.OPPOSE_SANCTIONS.opposition; `peninsula params` lists them all)");
    }
    return p;
  }

  /**
   * Parses a path; returns null when it names nothing. A relation may name its pair in either
   * order ({@code relations.RUS-CHN} is {@code relations.CHN-RUS}).
   */
  public static ParameterPath parse(String path) {
    ParameterDeclaration d = Declarations.byKey(path);
    if (d == null && path.startsWith("relations.")) {
      String[] pair = path.substring("relations.".length()).split("-");
      if (pair.length == 2) {
        d = Declarations.byKey("relations." + pair[1] + "-" + pair[0]);
      }
    }
    return d == null ? null : new ParameterPath(d);
  }
}
