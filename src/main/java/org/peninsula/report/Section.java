package org.peninsula.report;

import java.util.List;

/** A headed part of a report; the first section may have no heading (introductory text). */
record Section(String heading, List<Block> blocks) {

  Section {
    blocks = List.copyOf(blocks);
  }

  boolean hasHeading() {
    return heading != null && !heading.isBlank();
  }
}
