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

  /** A response: status, parsed body (null if not JSON), how long it took, its headers. */
  public record Response(int status, JsonNode body, String text, long nanos,
      java.util.Map<String, java.util.List<String>> headers) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    /** Every Set-Cookie header. */
    public java.util.List<String> cookies() {
      for (var e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase("Set-Cookie")) {
          return e.getValue();
        }
      }
      return java.util.List.of();
    }

    public String error() {
      return body == null || body.get("error") == null ? null : body.get("error").asText();
    }
  }

  private final String base;
  private final java.util.Map<String, String> headers;

  public ApiClient(String base) {
    this(base, java.util.Map.of());
  }

  /** A client that sends {@code headers} with every request (e.g. a test's client address). */
  public ApiClient(String base, java.util.Map<String, String> headers) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.headers = java.util.Map.copyOf(headers);
  }

  /** The same server, other headers. */
  public ApiClient with(java.util.Map<String, String> other) {
    return new ApiClient(base, other);
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
      c.setInstanceFollowRedirects(false);
      c.setReadTimeout(20000);
      c.setRequestMethod(method);
      if (token != null) {
        // One secret for both roles, for brevity in tests: the server reads the teacher only
        // from the cookie and a player only from the header, so each is checked as it would be.
        c.setRequestProperty("Cookie", "peninsula_teacher=" + token);
        c.setRequestProperty("X-Player-Token", token);
      }
      headers.forEach(c::setRequestProperty);
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
      return new Response(status, node, text, nanos, c.getHeaderFields());
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
