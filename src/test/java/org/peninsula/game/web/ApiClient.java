package org.peninsula.game.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A small JSON client for the game's API, for tests (keep-alive connections, blocking). */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, parsed body (null if not JSON) and how long it took. */
  public record Response(int status, JsonNode body, String text, long nanos) {
    public String error() {
      return body == null || body.get("error") == null ? null : body.get("error").asText();
    }
  }

  private final String base;

  public ApiClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String base() {
    return base;
  }

  /** Sends {@code body} (an object serialised to JSON, or a String sent as is). */
  public Response call(String method, String path, String token, Object body) {
    try {
      byte[] payload = body == null ? null : (body instanceof String s ? s
          : JSON.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL()
          .openConnection();
      c.setConnectTimeout(5000);
      c.setReadTimeout(20000);
      c.setRequestMethod(method);
      if (token != null) {
        c.setRequestProperty("Authorization", "Bearer " + token);
      }
      if (payload != null) {
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setFixedLengthStreamingMode(payload.length);
        try (OutputStream out = c.getOutputStream()) {
          out.write(payload);
        }
      }
      int status = c.getResponseCode();
      String text;
      try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
        text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      long nanos = System.nanoTime() - t0;
      JsonNode node;
      try {
        node = text.isEmpty() ? null : JSON.readTree(text);
      } catch (IOException e) {
        node = null;
      }
      return new Response(status, node, text, nanos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Like {@link #call} but fails unless the answer is 2xx; returns the body. */
  public JsonNode ok(String method, String path, String token, Object body) {
    Response r = call(method, path, token, body);
    if (r.status() / 100 != 2) {
      throw new AssertionError(method + " " + path + " -> " + r.status() + " " + r.text());
    }
    return r.body();
  }

  public JsonNode get(String path, String token) {
    return ok("GET", path, token, null);
  }

  public JsonNode post(String path, String token, Object body) {
    return ok("POST", path, token, body == null ? java.util.Map.of() : body);
  }
}
