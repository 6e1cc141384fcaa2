package org.peninsula.scenario;

/**
 * A scenario file that cannot be used, with where and why: {@code file:line:column: path:
 * message}. The command line prints {@link #getMessage()} and exits with code 2.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  public ScenarioException(String file, int line, int column, String path, String problem) {
    super(format(file, line, column, path, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String file, int line, int column, String path, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem).toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
