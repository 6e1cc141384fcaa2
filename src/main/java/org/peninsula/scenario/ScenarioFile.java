package org.peninsula.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The scenario file as written, before validation. Field names are the YAML keys. {@code
 * parameters} sets any declared parameter by its full key ({@code
 * weights.RUS.OPPOSE_SANCTIONS.opposition: 0}); the other sections are shorthands for the
 * {@code actors.}, {@code relations.}, {@code world.} and {@code mechanisms.} keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioFile(
    String name,
    String description,
    String start,
    Integer horizonMonths,
    Integer runs,
    Long seed,
    Map<String, Map<String, ParameterSpec>> actors,
    Map<String, ParameterSpec> relations,
    Map<String, ParameterSpec> world,
    Map<String, ParameterSpec> mechanisms,
    Map<String, ParameterSpec> parameters,
    Map<String, ElectionSpec> elections,
    List<InjectSpec> injects,
    List<PolicySpec> policies,
    SweepSpec sweep,
    PosteriorSpec posterior) {

  /** A posterior sample to draw keys from (see {@link PosteriorSample}). */
  public record PosteriorSpec(String file, List<String> keys) {}

  /**
   * How the file sets the declared parameter {@code key}: from the {@code parameters:} section or
   * from its section shorthand; null when the file leaves it at its default.
   */
  public ParameterSpec specOf(String key) {
    if (parameters != null && parameters.containsKey(key)) {
      return parameters.get(key);
    }
    String[] parts = key.split("\\.");
    if (parts.length == 3 && parts[0].equals("actors")) {
      Map<String, ParameterSpec> a = actors == null ? null : actors.get(parts[1]);
      return a == null ? null : a.get(parts[2]);
    }
    if (parts.length != 2) {
      return null;
    }
    return switch (parts[0]) {
      case "relations" -> {
        if (relations == null) {
          yield null;
        }
        String[] pair = parts[1].split("-");
        ParameterSpec r = relations.get(parts[1]);
        yield r != null || pair.length != 2 ? r : relations.get(pair[1] + "-" + pair[0]);
      }
      case "world" -> world == null ? null : world.get(parts[1]);
      case "mechanisms" -> mechanisms == null ? null : mechanisms.get(parts[1]);
      default -> null;
    };
  }

  /** A country's election cycle: first election month ("2022-03") and years between. */
  public record ElectionSpec(String first, Integer everyMonths) {}

  /** A scripted event: at {@code month} (index from the start) or {@code date} ("2022-05"). */
  public record InjectSpec(Integer month, String date, String event, String note,
      ShockSpec shock) {}

  /** A jolt to a world variable or relation: {@code {key: world.tension, delta: 0.2}}. */
  public record ShockSpec(String key, Double delta) {}

  /** A scripted policy: {@code actor} plays {@code action} from month {@code from} to {@code to}. */
  public record PolicySpec(String actor, String action, Integer from, Integer to, String note) {}

  /** A sweep or sensitivity study over parameters named by path. */
  public record SweepSpec(List<SweepParameter> parameters, String design, Integer samples,
      Integer levels, Integer trajectories, Integer replications, List<String> outcomes,
      Long seed) {}

  /** One swept parameter: its path ("actors.RUS.sanctionsTolerance") and range. */
  public record SweepParameter(String path, Double min, Double max) {}
}
