package org.peninsula.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value sits in a YAML file, by dotted path ("actors.RUS.pressure.value",
 * "injects[2].month"), so that validation errors found after binding can still name the line
 * and column.
 */
final class YamlLocations {
  private final Map<String, int[]> locations = new HashMap<>();
  /** The file each located path is in, when locations of several files are laid together. */
  private final Map<String, String> files = new HashMap<>();
  private String file;

  private YamlLocations() {}

  static YamlLocations index(String text) {
    YamlLocations idx = new YamlLocations();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      Deque<Object> path = new ArrayDeque<>();
      Deque<Integer> arrayIndex = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> {
            if (!path.isEmpty() && path.peekLast() instanceof String) {
              path.removeLast();
            }
            path.addLast(p.currentName());
            idx.put(path, p.currentTokenLocation());
          }
          case START_OBJECT, START_ARRAY -> {
            bumpArray(path, arrayIndex, idx, p.currentTokenLocation());
            if (t == JsonToken.START_ARRAY) {
              arrayIndex.push(-1);
              path.addLast(Integer.valueOf(-1));
            } else {
              path.addLast(OBJECT);
            }
          }
          case END_OBJECT -> {
            if (!path.isEmpty() && path.peekLast() instanceof String) {
              path.removeLast();
            }
            path.removeLast();
          }
          case END_ARRAY -> {
            path.removeLast();
            arrayIndex.pop();
          }
          default -> {
            bumpArray(path, arrayIndex, idx, p.currentTokenLocation());
            idx.put(path, p.currentTokenLocation());
          }
        }
      }
    } catch (IOException e) {
      // Syntax errors are reported by the binder with their own location.
    }
    return idx;
  }

  private static final Object OBJECT = new Object();

  private static void bumpArray(Deque<Object> path, Deque<Integer> arrayIndex, YamlLocations idx,
      JsonLocation loc) {
    if (!path.isEmpty() && path.peekLast() instanceof Integer) {
      int next = arrayIndex.pop() + 1;
      arrayIndex.push(next);
      path.removeLast();
      path.addLast(Integer.valueOf(next));
      idx.put(path, loc);
    }
  }

  private void put(Deque<Object> path, JsonLocation loc) {
    locations.put(render(path), new int[] {loc.getLineNr(), loc.getColumnNr()});
  }

  private static String render(Iterable<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object o : path) {
      if (o instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else if (o instanceof String s) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }

  /** These locations, as being in {@code label}'s file. */
  YamlLocations from(String label) {
    this.file = label;
    return this;
  }

  /** The file of the path's location (see {@link #find}), or {@code fallback} if unknown. */
  String file(String path, String fallback) {
    String p = path;
    while (!p.isEmpty()) {
      if (locations.containsKey(p)) {
        return files.getOrDefault(p, file != null ? file : fallback);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return fallback;
  }

  /** Forgets the path and everything under it (a child file replaced or removed it). */
  void dropUnder(String path) {
    locations.keySet().removeIf(k -> isUnder(k, path));
    files.keySet().removeIf(k -> isUnder(k, path));
  }

  /** Takes {@code other}'s location of {@code path} (and of everything under it if asked). */
  void copy(YamlLocations other, String path, boolean subtree) {
    for (Map.Entry<String, int[]> e : other.locations.entrySet()) {
      if (subtree ? isUnder(e.getKey(), path) : e.getKey().equals(path)) {
        locations.put(e.getKey(), e.getValue());
        files.put(e.getKey(), other.files.getOrDefault(e.getKey(), other.file));
      }
    }
  }

  /** Whether {@code key} is {@code path} or a path inside it. */
  static boolean isUnder(String key, String path) {
    return key.equals(path) || key.startsWith(path) && key.length() > path.length()
        && (key.charAt(path.length()) == '.' || key.charAt(path.length()) == '[');
  }

  /** Line and column of the path, or of its nearest located ancestor; {0, 0} if none. */
  int[] find(String path) {
    String p = path;
    while (!p.isEmpty()) {
      int[] loc = locations.get(p);
      if (loc != null) {
        return loc;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return new int[] {0, 0};
  }
}
