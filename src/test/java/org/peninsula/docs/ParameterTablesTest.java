package org.peninsula.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Declarations;
import org.peninsula.model.ParameterDeclaration;
import org.peninsula.scenario.ParameterListing;
import org.peninsula.scenario.Scenario;

/**
 * docs/model.md stays true by construction: its parameter tables are the declarations (with the
 * baseline's values), and every declared key the prose names exists and, where the prose gives
 * its value ({@code `key` = 0.3}), has that default. Run with
 * {@code -Dpeninsula.regenerateDocs=true} to rewrite the tables instead of checking them.
 */
class ParameterTablesTest {
  private static final Path DOC = Path.of("docs", "model.md");
  private static final String BEGIN = "<!-- BEGIN GENERATED PARAMETER TABLES -->\n";
  private static final String END = "<!-- END GENERATED PARAMETER TABLES -->";
  private static final Pattern KEY = Pattern.compile(
      "`((?:actors|relations|world|mechanisms|weights|effects)\\.[A-Za-z0-9_.\\-]+)`"
          + "(?: = (-?[0-9.]+))?");

  @Test
  void theTablesAreGeneratedFromTheDeclarations() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "docs/model.md lacks the generated-table markers");
    String tables = ParameterListing.of(Scenario.load(Path.of("scenarios",
        "baseline-2021.yaml"))).markdown();
    String expected = doc.substring(0, begin + BEGIN.length()) + tables + doc.substring(end);
    if (Boolean.getBoolean("peninsula.regenerateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, doc, "docs/model.md's parameter tables are out of date: regenerate"
        + " them with ./mvnw -q test -Dtest=ParameterTablesTest -Dpeninsula.regenerateDocs=true");
  }

  @Test
  void everyKeyTheProseNamesIsDeclaredWithTheValueItStates() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String prose = doc.substring(0, doc.indexOf(BEGIN)) + doc.substring(doc.indexOf(END));
    List<String> wrong = new ArrayList<>();
    Matcher m = KEY.matcher(prose);
    int checked = 0;
    while (m.find()) {
      ParameterDeclaration d = Declarations.byKey(m.group(1));
      if (d == null) {
        wrong.add(m.group(1) + " is not declared");
      } else if (m.group(2) != null) {
        checked++;
        if (Double.parseDouble(m.group(2)) != d.defaultValue()) {
          wrong.add(m.group(1) + " = " + m.group(2) + " but its default is "
              + ParameterDeclaration.number(d.defaultValue()));
        }
      }
    }
    assertTrue(wrong.isEmpty(), "docs/model.md: " + wrong);
    assertTrue(checked > 0, "the prose states at least one value to check");
  }
}
