package org.peninsula.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A parameter in a scenario file: a plain number, or an object with either {@code value} or
 * {@code distribution}, and its provenance ({@code source}: the article's short name, {@code
 * claim}: what it says, in our own words).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterSpec(Double value, DistributionSpec distribution, String source,
    String claim) {

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ParameterSpec(@JsonProperty("value") Double value,
      @JsonProperty("distribution") DistributionSpec distribution,
      @JsonProperty("source") String source, @JsonProperty("claim") String claim) {
    this.value = value;
    this.distribution = distribution;
    this.source = source;
    this.claim = claim;
  }

  /** A bare number in the file. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ParameterSpec of(double value) {
    return new ParameterSpec(value, null, null, null);
  }

  public boolean uncertain() {
    return distribution != null;
  }
}
