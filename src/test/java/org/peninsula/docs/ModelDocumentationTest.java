package org.peninsula.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Future;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Mechanism;
import org.peninsula.model.Outcome;
import org.peninsula.model.StanceParameter;
import org.peninsula.model.WorldVariable;
import org.peninsula.scenario.ScenarioFile;

/** docs/model.md must name every parameter of the scenario format and every outcome. */
class ModelDocumentationTest {

  @Test
  void everyParameterAndOutcomeIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs", "model.md"));
    List<String> missing = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (StanceParameter s : StanceParameter.values()) {
      names.add("`" + s.key() + "`");
    }
    for (WorldVariable v : WorldVariable.values()) {
      names.add("`world." + v.key() + "`");
    }
    for (Mechanism m : Mechanism.values()) {
      names.add("`mechanisms." + m.key() + "`");
    }
    for (Outcome o : Outcome.values()) {
      names.add("`" + o.key() + "`");
    }
    for (InjectEvent e : InjectEvent.values()) {
      names.add("`" + e.name() + "`");
    }
    for (var c : ScenarioFile.class.getRecordComponents()) {
      names.add("`" + c.getName() + "`");
    }
    for (String n : names) {
      if (!doc.contains(n)) {
        missing.add(n);
      }
    }
    for (Future f : Future.values()) {
      String label = f.label().split(" ")[0];
      if (!doc.toLowerCase().contains(label.toLowerCase())) {
        missing.add(f.name());
      }
    }
    assertTrue(missing.isEmpty(), "not documented in docs/model.md: " + missing);
  }
}
