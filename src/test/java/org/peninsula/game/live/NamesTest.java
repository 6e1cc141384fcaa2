package org.peninsula.game.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.peninsula.game.GameException;

class NamesTest {

  @Test
  void lookAlikesWidthCaseAndAccentsFoldToOneKey() {
    String hana = Names.key("Hana");
    assertEquals(hana, Names.key("\u0397ana"), "Greek capital eta");
    assertEquals(hana, Names.key("\u041dana"), "Cyrillic capital en");
    assertEquals(hana, Names.key("H\u0430n\u0430"), "Cyrillic small a");
    assertEquals(hana, Names.key("\uff28\uff41\uff4e\uff41"), "full width");
    assertEquals(hana, Names.key("H\u00e1na"), "an accent");
    assertEquals(hana, Names.key("HANA"));
    assertEquals(Names.key("Bo"), Names.key("B0"), "zero for o");
    assertEquals(Names.key("Strasse"), Names.key("Stra\u00dfe"), "sharp s");
    assertNotEquals(hana, Names.key("Hanna"));
    assertEquals("\ud55c\uac15", Names.key("\ud55c\uac15"), "Hangul stays itself");
  }

  @Test
  void namesWithoutALetterOrWithInvisibleCharactersAreRefused() {
    assertEquals(400, assertThrows(GameException.class, () -> Names.clean("...")).status());
    assertEquals(400, assertThrows(GameException.class,
        () -> Names.clean("Ana\u200b")).status());
    assertEquals("Ana B.", Names.clean("  Ana   B. "));
  }
}
