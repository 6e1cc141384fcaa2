package org.peninsula.experiment;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peninsula.model.Actor;
import org.peninsula.model.Mechanism;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.SeedKey;
import org.peninsula.model.StanceParameter;
import org.peninsula.scenario.RunSource;
import org.peninsula.scenario.ScenarioDraw;

/** Small run sources built from the model's defaults, for tests that do not need a scenario. */
public final class TestSources {
  private TestSources() {}

  /** Defaults, with Russia's pressure and the rationality drawn uniformly per run. */
  public static RunSource uncertain(String name, int horizon) {
    return new RunSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int horizonMonths() {
        return horizon;
      }

      @Override
      public List<String> uncertainPaths() {
        return List.of("actors.RUS.pressure", "mechanisms.rationality");
      }

      @Override
      public ScenarioDraw draw(long runSeed) {
        MersenneTwisterFast r = new MersenneTwisterFast(SeedKey.of(runSeed, SeedKey.PARAMETERS));
        double pressure = 0.2 + 0.4 * r.nextDouble();
        double rationality = 3 + 4 * r.nextDouble();
        ModelParameters p = ModelParameters.builder().setHorizonMonths(horizon)
            .setStance(Actor.RUS, StanceParameter.PRESSURE, pressure)
            .setMechanism(Mechanism.RATIONALITY, rationality).build();
        Map<String, Double> drawn = new LinkedHashMap<>();
        drawn.put("actors.RUS.pressure", pressure);
        drawn.put("mechanisms.rationality", rationality);
        return new ScenarioDraw(p, drawn);
      }
    };
  }

  /** Fixed defaults, nothing drawn. */
  public static RunSource fixed(String name, ModelParameters p) {
    return new RunSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int horizonMonths() {
        return p.horizonMonths();
      }

      @Override
      public List<String> uncertainPaths() {
        return List.of();
      }

      @Override
      public ScenarioDraw draw(long runSeed) {
        return new ScenarioDraw(p, Map.of());
      }
    };
  }

  /** Like {@link #uncertain} but every run whose index-derived seed is divisible by 7 throws. */
  public static RunSource failing(String name, int horizon, long master, int every) {
    RunSource inner = uncertain(name, horizon);
    return new RunSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int horizonMonths() {
        return horizon;
      }

      @Override
      public List<String> uncertainPaths() {
        return inner.uncertainPaths();
      }

      @Override
      public ScenarioDraw draw(long runSeed) {
        for (int i = 0; i < 10_000; i += every) {
          if (RunSeeds.of(master, i) == runSeed) {
            throw new IllegalStateException("planned failure of run " + i + ", with a \"quote\", comma");
          }
        }
        return inner.draw(runSeed);
      }
    };
  }
}
