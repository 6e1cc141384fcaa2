package org.peninsula.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ElectionCalendar;
import org.peninsula.model.Inject;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Declarations;
import org.peninsula.model.Mechanism;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.ParameterDeclaration;
import org.peninsula.model.PolicyRule;
import org.peninsula.model.Shock;
import org.peninsula.model.StanceParameter;
import org.peninsula.model.WorldVariable;

/**
 * Reads and validates scenario files. Every problem is reported as one {@link
 * ScenarioException} naming the file, line, column and field path.
 */
public final class ScenarioLoader {
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Set<String> DISTRIBUTIONS = Set.of("uniform", "triangular", "beta",
      "normal");
  private static final ObjectMapper YAML = new ObjectMapper(
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ScenarioLoader() {}

  public static Scenario load(Path file) throws ScenarioException {
    String label = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScenarioException(label, 0, 0, "", "cannot read the file ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    ScenarioInheritance.Resolved merged = ScenarioInheritance.resolve(file, label, text);
    if (merged != null) {
      Scenario s = parse(merged.text(), label, stem, merged.sha256(), merged.locations());
      s.inherited(merged.chain(), merged.provenance());
      s.text(merged.text());
      return s;
    }
    Scenario s = parse(text, label, stem, sha256(bytes));
    s.text(text);
    return s;
  }

  /** Parses scenario text; {@code label} names it in errors. */
  public static Scenario parse(String text, String label) throws ScenarioException {
    Scenario s = parse(text, label,
        label.replaceFirst("^.*/", "").replaceFirst("\\.ya?ml$", ""),
        sha256(text.getBytes(StandardCharsets.UTF_8)));
    s.text(text);
    return s;
  }

  private static Scenario parse(String text, String label, String stem, String hash)
      throws ScenarioException {
    return parse(text, label, stem, hash, YamlLocations.index(text));
  }

  private static Scenario parse(String text, String label, String stem, String hash,
      YamlLocations where) throws ScenarioException {
    ScenarioFile spec = bind(text, label, where);
    if (spec == null) {
      throw new ScenarioException(label, 1, 1, "", "the file is empty");
    }
    return new Validator(label, where).validate(spec, stem, hash);
  }

  private static ScenarioFile bind(String text, String label, YamlLocations where)
      throws ScenarioException {
    try {
      return YAML.readValue(text, ScenarioFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw located(label, where, e, "unknown field '" + e.getPropertyName() + "'"
          + knownFields(e.getKnownPropertyIds()));
    } catch (InvalidFormatException e) {
      throw located(label, where, e, "'" + e.getValue() + "' is not "
          + typeName(e.getTargetType()));
    } catch (MismatchedInputException e) {
      throw located(label, where, e, "expected " + typeName(e.getTargetType()) + " here");
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonProcessingException syntax) {
        throw syntaxError(label, syntax);
      }
      throw located(label, where, e, firstLines(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw syntaxError(label, e);
    }
  }

  private static ScenarioException syntaxError(String label, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return new ScenarioException(label, loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr(), "", "YAML syntax error: "
        + firstLines(e.getOriginalMessage()));
  }

  /** The parser's own words without its echo of the offending source lines. */
  private static String firstLines(String message) {
    List<String> kept = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        kept.add(line.trim());
      }
    }
    return String.join("; ", kept);
  }

  private static String knownFields(java.util.Collection<Object> known) {
    if (known == null || known.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (Object o : known) {
      names.add(String.valueOf(o));
    }
    java.util.Collections.sort(names);
    return " (expected one of: " + String.join(", ", names) + ")";
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == Double.class || type == double.class || type == ParameterSpec.class) {
      return "a number";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping (key: value lines)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return type.getSimpleName();
  }

  private static ScenarioException located(String label, YamlLocations where,
      JsonMappingException e, String msg) {
    String path = path(e.getPath());
    int[] at = where.find(path);
    if (at[0] == 0 && e.getLocation() != null) {
      at = new int[] {e.getLocation().getLineNr(), e.getLocation().getColumnNr()};
    }
    return new ScenarioException(where.file(path, label), at[0], at[1], path, msg);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every parameter path a scenario can set: one per declaration, in declaration order. */
  public static List<ParameterPath> allPaths() {
    List<ParameterPath> all = new ArrayList<>();
    for (ParameterDeclaration d : Declarations.all()) {
      all.add(new ParameterPath(d));
    }
    return all;
  }

  /** Month index of "YYYY-MM" relative to a start "YYYY-MM". */
  static int monthsBetween(int startYear, int startMonth, int year, int month) {
    return ElectionCalendar.monthsFrom(startYear, startMonth, year, month);
  }

  /** Checks meaning and ranges, with the location of each offending value. */
  private static final class Validator {
    private final String label;
    private final YamlLocations where;

    Validator(String label, YamlLocations where) {
      this.label = label;
      this.where = where;
    }

    ScenarioException error(String path, String message) {
      int[] loc = where.find(path);
      return new ScenarioException(where.file(path, label), loc[0], loc[1], path, message);
    }

    Scenario validate(ScenarioFile f, String stem, String hash) throws ScenarioException {
      ModelParameters.Builder p = ModelParameters.builder();
      List<Scenario.Uncertain> uncertain = new ArrayList<>();
      String name = f.name() == null || f.name().isBlank() ? stem : f.name().trim();
      int[] start = {ModelParameters.DEFAULT_START_YEAR, ModelParameters.DEFAULT_START_MONTH};
      if (f.start() != null) {
        start = yearMonth(f.start(), "start");
      }
      p.setStart(start[0], start[1]);
      int horizon = f.horizonMonths() == null ? ModelParameters.DEFAULT_HORIZON_MONTHS
          : f.horizonMonths();
      if (horizon < 1 || horizon > 1200) {
        throw error("horizonMonths", horizon + " is outside [1, 1200]");
      }
      p.setHorizonMonths(horizon);
      int runs = f.runs() == null ? 1000 : f.runs();
      if (runs < 1) {
        throw error("runs", runs + " must be at least 1");
      }
      long seed = f.seed() == null ? 20210325L : f.seed();

      actors(f, p, uncertain);
      relations(f, p, uncertain);
      table("world", f.world(), p, uncertain, key -> {
        WorldVariable v = WorldVariable.byKey(key);
        return v == null ? null : new ParameterPath(v.declaration());
      }, WorldVariable.values().length);
      table("mechanisms", f.mechanisms(), p, uncertain, key -> {
        Mechanism m = Mechanism.byKey(key);
        return m == null ? null : new ParameterPath(m.declaration());
      }, Mechanism.values().length);
      parameters(f, p, uncertain);
      p.setElections(elections(f, start));
      p.setInjects(injects(f, start, horizon));
      p.setPolicies(policies(f, horizon));
      sweep(f);
      return new Scenario(name, f.description() == null ? "" : f.description().trim(), label,
          hash, f, p.build(), uncertain, runs, seed).withPosterior(
              PosteriorHook.load(f, label, this::error));
    }

    int[] yearMonth(String text, String path) throws ScenarioException {
      Matcher m = YEAR_MONTH.matcher(text.trim());
      if (!m.matches()) {
        throw error(path, "'" + text + "' is not a month in the form YYYY-MM");
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw error(path, "'" + text + "' has no month " + month);
      }
      return new int[] {year, month};
    }

    void actors(ScenarioFile f, ModelParameters.Builder p, List<Scenario.Uncertain> uncertain)
        throws ScenarioException {
      if (f.actors() == null) {
        throw error("actors", "missing section: every scenario sets the five countries'"
            + " stances (USA, CHN, RUS, ROK, DPRK)");
      }
      for (String key : f.actors().keySet()) {
        if (actor(key) == null) {
          throw error("actors." + key, "unknown country '" + key
              + "' (expected USA, CHN, RUS, ROK or DPRK)");
        }
      }
      for (Actor a : Actor.values()) {
        Map<String, ParameterSpec> stances = f.actors().get(a.name());
        if (stances == null) {
          throw error("actors", "missing country " + a.name() + " (" + a.displayName() + ")");
        }
        for (Map.Entry<String, ParameterSpec> e : stances.entrySet()) {
          String path = "actors." + a.name() + "." + e.getKey();
          StanceParameter s = StanceParameter.byKey(e.getKey());
          if (s == null) {
            throw error(path, "unknown stance parameter '" + e.getKey() + "'");
          }
          if (!s.appliesTo(a)) {
            throw error(path, s.dprkOnly() ? "'" + e.getKey() + "' applies to the DPRK only"
                : "the DPRK has no '" + e.getKey() + "' (it is the target of the sanctions)");
          }
          apply(path, e.getValue(),
              ParameterPath.of(Declarations.stanceKey(a, s)), p, uncertain);
        }
        for (StanceParameter s : StanceParameter.values()) {
          if (s.appliesTo(a) && !stances.containsKey(s.key())) {
            throw error("actors." + a.name(), "missing stance parameter '" + s.key() + "'");
          }
        }
      }
    }

    void relations(ScenarioFile f, ModelParameters.Builder p, List<Scenario.Uncertain> uncertain)
        throws ScenarioException {
      if (f.relations() == null) {
        throw error("relations", "missing section: relations between every pair of countries");
      }
      boolean[][] seen = new boolean[Actor.COUNT][Actor.COUNT];
      for (Map.Entry<String, ParameterSpec> e : f.relations().entrySet()) {
        String path = "relations." + e.getKey();
        String[] pair = e.getKey().split("-");
        Actor a = pair.length == 2 ? actor(pair[0]) : null;
        Actor b = pair.length == 2 ? actor(pair[1]) : null;
        if (a == null || b == null || a == b) {
          throw error(path, "'" + e.getKey() + "' is not a pair of two countries like USA-ROK");
        }
        if (seen[a.ordinal()][b.ordinal()]) {
          throw error(path, "the pair " + a + "-" + b + " is given twice");
        }
        seen[a.ordinal()][b.ordinal()] = true;
        seen[b.ordinal()][a.ordinal()] = true;
        apply(path, e.getValue(), ParameterPath.of(Declarations.relationKey(a, b)), p,
            uncertain);
      }
      for (Actor a : Actor.values()) {
        for (Actor b : Actor.values()) {
          if (a.ordinal() < b.ordinal() && !seen[a.ordinal()][b.ordinal()]) {
            throw error("relations", "missing relation " + a + "-" + b);
          }
        }
      }
    }

    /**
     * The {@code parameters:} section: any declared key, with a value or a distribution. A key
     * also set by a section shorthand ({@code world:}, {@code mechanisms:}, ...) is an error.
     */
    void parameters(ScenarioFile f, ModelParameters.Builder p,
        List<Scenario.Uncertain> uncertain) throws ScenarioException {
      if (f.parameters() == null) {
        return;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Scenario.Uncertain u : uncertain) {
        seen.add(u.path().path());
      }
      for (Map.Entry<String, ParameterSpec> e : f.parameters().entrySet()) {
        String path = "parameters." + e.getKey();
        ParameterPath target = ParameterPath.parse(e.getKey());
        if (target == null) {
          throw error(path, "unknown parameter '" + e.getKey() + "' (`peninsula params` lists"
              + " the " + Declarations.count() + " declared keys)");
        }
        if (setBySection(f, target.path()) || !seen.add(target.path())) {
          throw error(path, "'" + target.path() + "' is also set in its own section");
        }
        apply(path, e.getValue(), target, p, uncertain);
      }
    }

    void table(String section, Map<String, ParameterSpec> entries, ModelParameters.Builder p,
        List<Scenario.Uncertain> uncertain,
        java.util.function.Function<String, ParameterPath> resolve, int known)
        throws ScenarioException {
      if (entries == null) {
        return;
      }
      for (Map.Entry<String, ParameterSpec> e : entries.entrySet()) {
        String path = section + "." + e.getKey();
        ParameterPath target = resolve.apply(e.getKey());
        if (target == null) {
          throw error(path, "unknown " + (section.equals("world") ? "world variable" : "mechanism")
              + " '" + e.getKey() + "' (see docs/model.md for the " + known + " known names)");
        }
        apply(path, e.getValue(), target, p, uncertain);
      }
    }

    void apply(String path, ParameterSpec spec, ParameterPath target, ModelParameters.Builder p,
        List<Scenario.Uncertain> uncertain) throws ScenarioException {
      if (spec == null) {
        throw error(path, "missing value");
      }
      double lo = target.min();
      double hi = target.max();
      if (spec.value() != null && spec.distribution() != null) {
        throw error(path, "give either 'value' or 'distribution', not both");
      }
      if (spec.value() == null && spec.distribution() == null) {
        throw error(path, "needs a 'value' or a 'distribution'");
      }
      if (spec.value() != null) {
        double v = spec.value();
        String at = where.find(path + ".value")[0] > 0 ? path + ".value" : path;
        if (Double.isNaN(v) || v < lo || v > hi) {
          throw error(at, fmt(v) + " is outside [" + fmt(lo) + ", " + fmt(hi) + "]");
        }
        target.set(p, v);
        return;
      }
      DistributionSpec d = spec.distribution();
      String dp = path + ".distribution";
      if (d.type() == null || !DISTRIBUTIONS.contains(d.type())) {
        throw error(dp + (d.type() == null ? "" : ".type"), "distribution type must be one of"
            + " uniform, triangular, beta, normal");
      }
      double min = Distributions.lower(d, lo);
      double max = Distributions.upper(d, hi);
      if (min < lo || max > hi) {
        throw error(dp, "range [" + fmt(min) + ", " + fmt(max) + "] is outside the parameter's"
            + " range [" + fmt(lo) + ", " + fmt(hi) + "]");
      }
      if (!(min < max)) {
        throw error(dp, "min must be below max");
      }
      switch (d.type()) {
        case "uniform" -> {
          requireBounds(d, dp);
          forbid(d.mode(), d.alpha(), d.beta(), d.mean(), d.sd(), dp, "uniform takes min, max");
        }
        case "triangular" -> {
          requireBounds(d, dp);
          if (d.mode() == null || d.mode() < min || d.mode() > max) {
            throw error(dp + ".mode", "triangular needs a mode within [min, max]");
          }
          forbid(null, d.alpha(), d.beta(), d.mean(), d.sd(), dp,
              "triangular takes min, mode, max");
        }
        case "beta" -> {
          if (d.alpha() == null || d.alpha() <= 0 || d.beta() == null || d.beta() <= 0) {
            throw error(dp, "beta needs alpha > 0 and beta > 0");
          }
          forbid(d.mode(), null, null, d.mean(), d.sd(), dp, "beta takes alpha, beta, min, max");
        }
        default -> {
          if (d.mean() == null || d.sd() == null || d.sd() <= 0) {
            throw error(dp, "normal needs a mean and an sd > 0");
          }
          forbid(d.mode(), d.alpha(), d.beta(), null, null, dp, "normal takes mean, sd, min, max");
        }
      }
      // The file's base value is the distribution's middle, used when a run is not drawn.
      target.set(p, 0.5 * (min + max));
      uncertain.add(new Scenario.Uncertain(target, d));
    }

    void requireBounds(DistributionSpec d, String dp) throws ScenarioException {
      if (d.min() == null || d.max() == null) {
        throw error(dp, d.type() + " needs min and max");
      }
    }

    void forbid(Double a, Double b, Double c, Double d, Double e, String dp, String what)
        throws ScenarioException {
      if (a != null || b != null || c != null || d != null || e != null) {
        throw error(dp, "unexpected field: " + what);
      }
    }

    ElectionCalendar elections(ScenarioFile f, int[] start) throws ScenarioException {
      ElectionCalendar standard = ElectionCalendar.standard(start[0], start[1]);
      int rokFirst = standard.rokFirst();
      int rokEvery = standard.rokInterval();
      int usFirst = standard.usFirst();
      int usEvery = standard.usInterval();
      if (f.elections() != null) {
        for (Map.Entry<String, ScenarioFile.ElectionSpec> e : f.elections().entrySet()) {
          String path = "elections." + e.getKey();
          Actor who = actor(e.getKey());
          if (who != Actor.ROK && who != Actor.USA) {
            throw error(path, "elections are modelled for ROK and USA only");
          }
          ScenarioFile.ElectionSpec es = e.getValue();
          if (es == null || es.first() == null) {
            throw error(path, "needs 'first' (YYYY-MM)");
          }
          int[] ym = yearMonth(es.first(), path + ".first");
          int first = monthsBetween(start[0], start[1], ym[0], ym[1]);
          int every = es.everyMonths() == null
              ? (who == Actor.ROK ? standard.rokInterval() : standard.usInterval())
              : es.everyMonths();
          if (every < 0) {
            throw error(path + ".everyMonths", every + " must not be negative");
          }
          if (who == Actor.ROK) {
            rokFirst = first;
            rokEvery = every;
          } else {
            usFirst = first;
            usEvery = every;
          }
        }
      }
      return new ElectionCalendar(rokFirst, rokEvery, usFirst, usEvery);
    }

    List<Inject> injects(ScenarioFile f, int[] start, int horizon) throws ScenarioException {
      List<Inject> out = new ArrayList<>();
      if (f.injects() == null) {
        return out;
      }
      for (int i = 0; i < f.injects().size(); i++) {
        String path = "injects[" + i + "]";
        ScenarioFile.InjectSpec s = f.injects().get(i);
        if (s == null) {
          throw error(path, "empty inject");
        }
        int month;
        if (s.month() != null && s.date() != null) {
          throw error(path, "give either 'month' or 'date', not both");
        } else if (s.month() != null) {
          month = s.month();
        } else if (s.date() != null) {
          int[] ym = yearMonth(s.date(), path + ".date");
          month = monthsBetween(start[0], start[1], ym[0], ym[1]);
        } else {
          throw error(path, "needs a 'month' (from 0) or a 'date' (YYYY-MM)");
        }
        if (month < 0 || month >= horizon) {
          throw error(path + (s.month() != null ? ".month" : ".date"),
              "month " + month + " is outside the run [0, " + (horizon - 1) + "]");
        }
        if (s.shock() != null || "SHOCK".equals(s.event())) {
          if (s.event() != null && !"SHOCK".equals(s.event())) {
            throw error(path + ".event", "a shock is its own event; give 'shock' alone or with"
                + " event: SHOCK");
          }
          ScenarioFile.ShockSpec sh = s.shock();
          if (sh == null || sh.key() == null) {
            throw error(path + ".shock.key", "needs a key (e.g. world.tension, relations.USA-DPRK)");
          }
          if (sh.delta() == null) {
            throw error(path + ".shock.delta", "needs a delta (the change, e.g. 0.2)");
          }
          try {
            out.add(new Inject(month, InjectEvent.SHOCK, s.note(), Shock.of(sh.key(), sh.delta())));
          } catch (IllegalArgumentException e) {
            throw error(path + ".shock.key", e.getMessage());
          }
          continue;
        }
        InjectEvent event = null;
        if (s.event() != null) {
          for (InjectEvent e : InjectEvent.values()) {
            if (e.name().equals(s.event())) {
              event = e;
            }
          }
        }
        if (event == null) {
          throw error(path + ".event", "unknown event '" + s.event() + "' (expected one of "
              + java.util.Arrays.toString(InjectEvent.values()) + ")");
        }
        out.add(new Inject(month, event, s.note()));
      }
      return out;
    }

    List<PolicyRule> policies(ScenarioFile f, int horizon) throws ScenarioException {
      List<PolicyRule> out = new ArrayList<>();
      if (f.policies() == null) {
        return out;
      }
      for (int i = 0; i < f.policies().size(); i++) {
        String path = "policies[" + i + "]";
        ScenarioFile.PolicySpec s = f.policies().get(i);
        Actor a = s == null ? null : actor(s.actor());
        if (a == null) {
          throw error(path + ".actor", "needs a country (USA, CHN, RUS, ROK or DPRK)");
        }
        Action action = s.action() == null ? null : Action.byName(a, s.action());
        if (action == null) {
          List<String> names = new ArrayList<>();
          for (Action x : Action.repertoire(a)) {
            names.add(x.name());
          }
          throw error(path + ".action", "'" + s.action() + "' is not a move of " + a
              + " (expected one of " + names + ")");
        }
        int from = s.from() == null ? 0 : s.from();
        int to = s.to() == null ? horizon - 1 : s.to();
        if (from < 0 || to < from) {
          throw error(path, "months must satisfy 0 <= from <= to");
        }
        out.add(new PolicyRule(a, from, to, action));
      }
      return out;
    }

    void sweep(ScenarioFile f) throws ScenarioException {
      if (f.sweep() == null || f.sweep().parameters() == null) {
        return;
      }
      for (int i = 0; i < f.sweep().parameters().size(); i++) {
        String path = "sweep.parameters[" + i + "]";
        ScenarioFile.SweepParameter sp = f.sweep().parameters().get(i);
        ParameterPath target = sp == null || sp.path() == null ? null
            : ParameterPath.parse(sp.path());
        if (target == null) {
          throw error(path + ".path", "'" + (sp == null ? null : sp.path())
              + "' names no parameter (e.g. actors.RUS.sanctionsTolerance, mechanisms.clashEscalation)");
        }
        double min = sp.min() == null ? target.min() : sp.min();
        double max = sp.max() == null ? target.max() : sp.max();
        if (min < target.min() || max > target.max() || !(min < max)) {
          throw error(path, "range [" + fmt(min) + ", " + fmt(max) + "] must lie within ["
              + fmt(target.min()) + ", " + fmt(target.max()) + "] with min < max");
        }
      }
    }
  }

  /** Whether a section shorthand (actors, relations, world, mechanisms) sets this key. */
  static boolean setBySection(ScenarioFile f, String key) {
    String[] parts = key.split("\\.");
    switch (parts[0]) {
      case "actors" -> {
        Map<String, ParameterSpec> a = f.actors() == null ? null : f.actors().get(parts[1]);
        return a != null && a.containsKey(parts[2]);
      }
      case "relations" -> {
        if (f.relations() == null) {
          return false;
        }
        String[] pair = parts[1].split("-");
        return f.relations().containsKey(parts[1])
            || f.relations().containsKey(pair[1] + "-" + pair[0]);
      }
      case "world" -> {
        return f.world() != null && f.world().containsKey(parts[1]);
      }
      case "mechanisms" -> {
        return f.mechanisms() != null && f.mechanisms().containsKey(parts[1]);
      }
      default -> {
        return false;
      }
    }
  }

  static Actor actor(String name) {
    if (name == null) {
      return null;
    }
    for (Actor a : Actor.values()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v);
  }
}
