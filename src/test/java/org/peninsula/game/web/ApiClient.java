package org.peninsula.game.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the game's API, for tests. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, parsed body (null if not JSON) and how long it took. */
  public record Response(int status, JsonNode body, String text, long nanos) {
    public String error() {
      return body == null || body.get("error") == null ? null : body.get("error").asText();
    }
  }

  private final String base;
  private final HttpClient http;

  public ApiClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  public String base() {
    return base;
  }

  /** Sends {@code body} (an object serialised to JSON, or a String sent as is). */
  public Response call(String method, String path, String token, Object body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(20));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      String payload = body == null ? null : body instanceof String s ? s
          : JSON.writeValueAsString(body);
      b.method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(payload));
      if (payload != null) {
        b.header("Content-Type", "application/json");
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - t0;
      JsonNode node = null;
      try {
        node = r.body().isEmpty() ? null : JSON.readTree(r.body());
      } catch (IOException e) {
        node = null;
      }
      return new Response(r.statusCode(), node, r.body(), nanos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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
