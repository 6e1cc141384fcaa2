package org.peninsula.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code extends:} in scenario files: a file names the file it builds on (a path relative to
 * itself) and states only what differs. Resolved before validation, so the merged scenario is
 * checked as one file, and every error still names the file and line of the value at fault.
 *
 * <p>Rules: mappings merge key by key, recursively; a value the child gives replaces the
 * parent's. Three exceptions keep a merge from producing something neither file says: a
 * parameter's own mapping (one with {@code value:} or {@code distribution:}) is replaced whole, so
 * a value never sits beside an inherited distribution and a claim never outlives the number it
 * supports; lists (injects, policies, sweep parameters) are replaced whole; and {@code name} and
 * {@code description} are never inherited (a variant that forgets its name is named after its
 * file, not after its parent). A key set to null ({@code sweep: ~}) removes the inherited value.
 * A parent may itself extend another file; a cycle is an error.
 */
public final class ScenarioInheritance {
  static final String EXTENDS = "extends";
  private static final Set<String> NOT_INHERITED = Set.of("name", "description");
  private static final ObjectMapper YAML = new ObjectMapper(
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final ObjectMapper YAML_OUT = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

  private ScenarioInheritance() {}

  /**
   * A file with its ancestors merged.
   *
   * @param text the merged scenario as one self-contained YAML document (no {@code extends})
   * @param sha256 hash of the file's bytes and of every file it extends (a change to any of them
   *     changes it)
   * @param chain the file, its parent, the parent's parent, ... as labels
   * @param provenance for every value of the merged scenario (a parameter's mapping, a list, a
   *     scalar), keyed by path ("actors.USA.pressure", "world.tension", "injects",
   *     "horizonMonths"), the file it came from, in the merged file's order
   */
  record Resolved(String text, String sha256, List<String> chain,
      Map<String, String> provenance, YamlLocations locations) {}

  /**
   * Resolves {@code file} (whose text is given) if it has {@code extends:}; null if it has none
   * or is not a mapping (the loader then reads it as before, and reports its own errors).
   *
   * @param label the file as errors name it
   */
  static Resolved resolve(Path file, String label, String text) throws ScenarioException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
    if (!(root instanceof ObjectNode) || !root.has(EXTENDS)) {
      return null;
    }
    Layer l = layer(file.toAbsolutePath().normalize(), label, text, (ObjectNode) root,
        new ArrayList<>());
    String merged;
    try {
      merged = YAML_OUT.writeValueAsString(l.tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Resolved(merged, hex(l.digest), List.copyOf(l.chain),
        Collections.unmodifiableMap(provenanceInOrder(l.tree, l.origins)), l.where);
  }

  /**
   * Which file each value of the scenario in {@code file} comes from (see {@link Resolved}); for
   * a file without {@code extends:}, every value comes from the file itself.
   */
  public static Map<String, String> provenance(Path file) throws ScenarioException {
    String text = read(file, file.toString(), null, null);
    Resolved r = resolve(file, file.toString(), text);
    if (r != null) {
      return r.provenance();
    }
    Map<String, String> out = new LinkedHashMap<>();
    try {
      JsonNode root = YAML.readTree(text);
      if (root instanceof ObjectNode o) {
        leaves(o, "", p -> out.put(p, file.toString()), true);
      }
    } catch (JsonProcessingException e) {
      throw new ScenarioException(file.toString(), line(e), column(e), "", "YAML syntax error: "
          + e.getOriginalMessage().split("\n")[0]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The scenario in {@code file} as one self-contained text: the file itself, or for a file with
   * {@code extends:} the merged scenario (for games, which store a scenario's text).
   */
  public static String selfContainedText(Path file) throws ScenarioException {
    String text = read(file, file.toString(), null, null);
    Resolved r = resolve(file, file.toString(), text);
    return r == null ? text : r.text();
  }

  // ---- resolution ----------------------------------------------------------------------

  /** A file merged with its ancestors: the tree, where each value sits, where it came from. */
  private static final class Layer {
    ObjectNode tree;
    YamlLocations where;
    Map<String, String> origins;
    List<String> chain;
    MessageDigest digest;
  }

  private static Layer layer(Path file, String label, String text, ObjectNode tree,
      List<Path> visiting) throws ScenarioException {
    visiting.add(file);
    YamlLocations own = YamlLocations.index(text).from(label);
    JsonNode ext = tree.get(EXTENDS);
    Layer parent = null;
    if (ext != null) {
      int[] at = own.find(EXTENDS);
      if (!ext.isTextual() || ext.asText().isBlank()) {
        throw new ScenarioException(label, at[0], at[1], EXTENDS, "expected the file this one"
            + " builds on, relative to this file (extends: baseline-2021.yaml)");
      }
      Path parentFile = file.resolveSibling(ext.asText()).normalize();
      Path labelParent = Path.of(label).getParent();
      String parentLabel = (labelParent == null ? Path.of(ext.asText())
          : labelParent.resolve(ext.asText())).normalize().toString();
      if (visiting.contains(parentFile)) {
        List<String> names = new ArrayList<>();
        for (Path p : visiting.subList(visiting.indexOf(parentFile), visiting.size())) {
          names.add(p.getFileName().toString());
        }
        names.add(parentFile.getFileName().toString());
        throw new ScenarioException(label, at[0], at[1], EXTENDS, "cycle: "
            + String.join(" extends ", names));
      }
      String parentText = read(parentFile, label, at, ext.asText() + "' (no such file: "
          + parentLabel + ")");
      JsonNode parentRoot;
      try {
        parentRoot = YAML.readTree(parentText);
      } catch (JsonProcessingException e) {
        throw new ScenarioException(parentLabel, line(e), column(e), "", "YAML syntax error: "
            + e.getOriginalMessage().split("\n")[0]);
      }
      if (!(parentRoot instanceof ObjectNode p)) {
        throw new ScenarioException(parentLabel, 1, 1, "", "the file extended by " + label
            + " is not a scenario (expected key: value lines)");
      }
      parent = layer(parentFile, parentLabel, parentText, p, visiting);
    }
    Layer l = new Layer();
    l.chain = new ArrayList<>();
    l.chain.add(label);
    l.digest = sha256();
    l.digest.update(text.getBytes(StandardCharsets.UTF_8));
    if (parent == null) {
      l.tree = tree.deepCopy();
      l.tree.remove(EXTENDS);
      l.where = own;
      l.origins = new LinkedHashMap<>();
      leaves(l.tree, "", p -> l.origins.put(p, label), true);
      return l;
    }
    l.chain.addAll(parent.chain);
    // the parent's hash, not its text, so the chain's order and boundaries count
    l.digest.update((byte) 0);
    l.digest.update(parent.digest.digest());
    l.tree = parent.tree;
    l.where = parent.where;
    l.origins = parent.origins;
    for (String key : NOT_INHERITED) {
      l.tree.remove(key);
      dropUnder(l.origins, key);
      l.where.dropUnder(key);
    }
    merge(l, l.tree, tree, "", label, own, true);
    return l;
  }

  /** Lays {@code child} over {@code into} (the parent's merged tree), recording origins. */
  private static void merge(Layer l, ObjectNode into, ObjectNode child, String prefix,
      String label, YamlLocations own, boolean top) {
    for (Iterator<Map.Entry<String, JsonNode>> it = child.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (top && key.equals(EXTENDS)) {
        continue;
      }
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      JsonNode v = e.getValue();
      JsonNode old = into.get(key);
      if (v.isNull()) {
        into.remove(key);
        dropUnder(l.origins, path);
        l.where.dropUnder(path);
        continue;
      }
      if (v instanceof ObjectNode vo && old instanceof ObjectNode oo && !isEntry(vo)
          && !isEntry(oo)) {
        l.where.copy(own, path, false);
        merge(l, oo, vo, path, label, own, false);
        continue;
      }
      into.set(key, v.deepCopy());
      dropUnder(l.origins, path);
      l.where.dropUnder(path);
      l.where.copy(own, path, true);
      leaves(v, path, p -> l.origins.put(p, label), false);
    }
  }

  /** A parameter's own mapping (value or distribution with source and claim): never merged. */
  private static boolean isEntry(JsonNode n) {
    return n.isObject() && (n.has("value") || n.has("distribution"));
  }

  /** Calls {@code out} with the path of every value: scalars, lists, parameter mappings. */
  private static void leaves(JsonNode n, String path, java.util.function.Consumer<String> out,
      boolean top) {
    if (n.isObject() && !isEntry(n) && (top || n.size() > 0)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (top && e.getKey().equals(EXTENDS)) {
          continue;
        }
        leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out, false);
      }
    } else {
      out.accept(path);
    }
  }

  private static Map<String, String> provenanceInOrder(ObjectNode tree,
      Map<String, String> origins) {
    Map<String, String> out = new LinkedHashMap<>();
    leaves(tree, "", p -> out.put(p, origins.get(p)), true);
    return out;
  }

  private static void dropUnder(Map<String, String> m, String path) {
    m.keySet().removeIf(k -> YamlLocations.isUnder(k, path));
  }

  /** The text of {@code file}; a missing or unreadable parent is an error at {@code extends}. */
  private static String read(Path file, String label, int[] at, String asWritten)
      throws ScenarioException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      if (at == null) {
        throw new ScenarioException(label, 0, 0, "", "cannot read the file ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      }
      String[] parts = asWritten.split("' ", 2);
      throw new ScenarioException(label, at[0], at[1], EXTENDS, "cannot read '"
          + (e instanceof java.nio.file.NoSuchFileException ? asWritten
              : parts[0] + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
  }

  private static int line(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null ? 0 : loc.getLineNr();
  }

  private static int column(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null ? 0 : loc.getColumnNr();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }
}
