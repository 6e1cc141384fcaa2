package org.peninsula.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peninsula.model.Actor;
import org.peninsula.model.Inject;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.StanceParameter;
import org.peninsula.scenario.ParameterSpec;
import org.peninsula.scenario.Scenario;
import org.peninsula.scenario.ScenarioDraw;
import org.peninsula.scenario.ScenarioException;
import org.peninsula.scenario.ScenarioLoader;

/**
 * Scenario files (YAML) as games read them: from the text a game stored, through the project's
 * own loader, so a game's parameters are exactly those of the scenario's runs
 * ({@code Scenario.draw(seed)}). A bad file is a {@link GameException} with the loader's
 * located message (file:line:column: path: problem).
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /** The reader of scenario file texts. */
  public static final ScenarioReader READER = (fileName, text) -> {
    try {
      return of(ScenarioLoader.parse(text, fileName));
    } catch (ScenarioException e) {
      throw GameException.badRequest(e.getMessage());
    }
  };

  /** A loaded scenario as a game's scenario. */
  public static GameScenario of(Scenario s) {
    List<InjectEvent> menu = new ArrayList<>();
    for (Inject i : s.baseParameters().injects()) {
      // a shock carries its key and delta, which a teacher's one-click inject cannot give
      if (!menu.contains(i.event()) && i.event() != InjectEvent.SHOCK) {
        menu.add(i.event());
      }
    }
    List<InjectEvent> injects = List.copyOf(menu);
    return new GameScenario() {
      @Override public String name() {
        return s.name();
      }

      @Override public long seed() {
        return s.seed();
      }

      @Override public int horizonMonths() {
        return s.horizonMonths();
      }

      @Override public ModelParameters parameters(long runSeed) {
        return s.draw(runSeed).parameters();
      }

      @Override public ScenarioDraw draw(long runSeed) {
        return s.draw(runSeed);
      }

      @Override public List<String> uncertainPaths() {
        return s.uncertainPaths();
      }

      @Override public List<InjectEvent> injectMenu() {
        return injects;
      }

      @Override public String claim(Actor actor, StanceParameter parameter) {
        Map<String, Map<String, ParameterSpec>> actors = s.spec().actors();
        Map<String, ParameterSpec> specs = actors == null ? null : actors.get(actor.name());
        ParameterSpec spec = specs == null ? null : specs.get(parameter.key());
        if (spec == null || spec.claim() == null || spec.claim().isBlank()) {
          return null;
        }
        return spec.claim() + (spec.source() == null ? "" : " [" + spec.source() + "]");
      }
    };
  }
}
