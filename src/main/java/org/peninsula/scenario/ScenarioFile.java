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
    SweepSpec sweep) {

  /** A country's election cycle: first election month ("2022-03") and years between. */
  public record ElectionSpec(String first, Integer everyMonths) {}

  /** A scripted event: at {@code month} (index from the start) or {@code date} ("2022-05"). */
  public record InjectSpec(Integer month, String date, String event, String note) {}

  /** A scripted policy: {@code actor} plays {@code action} from month {@code from} to {@code to}. */
  public record PolicySpec(String actor, String action, Integer from, Integer to, String note) {}

  /** A sweep or sensitivity study over parameters named by path. */
  public record SweepSpec(List<SweepParameter> parameters, String design, Integer samples,
      Integer levels, Integer trajectories, Integer replications, List<String> outcomes,
      Long seed) {}

  /** One swept parameter: its path ("actors.RUS.sanctionsTolerance") and range. */
  public record SweepParameter(String path, Double min, Double max) {}
}
