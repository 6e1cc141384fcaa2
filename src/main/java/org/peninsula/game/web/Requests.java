package org.peninsula.game.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.peninsula.game.GameException;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;

/** Reading requests: JSON bodies and names of countries and events, strictly. */
final class Requests {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private Requests() {}

  static <T> T body(Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw GameException.badRequest("this request needs a JSON body");
    }
    try {
      T value = JSON.readValue(text, type);
      if (value == null) {
        throw GameException.badRequest("this request needs a JSON object, not null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw GameException.badRequest("unknown field '" + e.getPropertyName() + "'; expected "
          + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      throw GameException.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** A country by its code (USA, CHN, RUS, ROK, DPRK); null stays null. */
  static Actor actor(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Actor.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GameException.badRequest("'" + clip(value) + "' is not a country; use one of "
          + Arrays.toString(Actor.values()));
    }
  }

  static Actor requiredActor(String value) {
    Actor a = actor(value);
    if (a == null) {
      throw GameException.badRequest("a country is required");
    }
    return a;
  }

  static InjectEvent event(String value) {
    try {
      InjectEvent e = InjectEvent.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
      if (e == InjectEvent.SHOCK) {
        throw new IllegalArgumentException("a shock needs a key and a delta");
      }
      return e;
    } catch (IllegalArgumentException e) {
      throw GameException.badRequest("'" + clip(String.valueOf(value))
          + "' is not an inject; use one of " + Arrays.toString(InjectEvent.values()));
    }
  }

  static String clip(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
