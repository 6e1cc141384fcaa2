package org.peninsula.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Where {@link HtmlReport#writeTo} put the report and the separate figure files. */
public record WrittenReport(Path html, List<Path> pngFiles, List<Path> svgFiles) {

  public WrittenReport {
    Objects.requireNonNull(html, "html");
    pngFiles = List.copyOf(pngFiles);
    svgFiles = List.copyOf(svgFiles);
  }
}
