package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;

/**
 * {@code serve --tls}: HTTPS with a self-signed certificate made on first start and kept in the
 * data folder (the same one after a restart), and the teacher's cookie marked Secure.
 */
class TlsServerTest {
  @TempDir Path data;

  /** Trusts any certificate: this test checks that the server speaks TLS, not who it is. */
  private static HttpClient trustingClient() throws Exception {
    TrustManager[] all = {new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String auth) { }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String auth) { }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }};
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, all, new SecureRandom());
    return HttpClient.newBuilder().sslContext(ssl).build();
  }

  @Test
  void theServerSpeaksHttpsWithItsOwnCertificateAndSecureCookies() throws Exception {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, data,
        new ScenarioLibrary(Path.of("scenarios"), ScenarioFiles.READER)).withTls(true);
    HttpClient client = trustingClient();
    byte[] certificate;
    try (GameServer server = GameServer.start(config)) {
      assertTrue(server.localUrl().startsWith("https://"), server.localUrl());
      HttpResponse<String> info = client.send(HttpRequest.newBuilder(
          URI.create(server.localUrl() + "/api/server/info")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, info.statusCode());
      assertTrue(info.body().contains("\"tls\":true"), info.body());
      assertTrue(server.studentUrls().get(0).startsWith("https://"));
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(
          URI.create(server.teacherLoginUrl())).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(303, login.statusCode());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.contains("; Secure"), cookie);
      certificate = Files.readAllBytes(data.resolve(Tls.KEYSTORE));
    }
    try (GameServer again = GameServer.start(config)) {
      assertEquals(200, client.send(HttpRequest.newBuilder(
          URI.create(again.localUrl() + "/api/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
      assertTrue(java.util.Arrays.equals(certificate,
          Files.readAllBytes(data.resolve(Tls.KEYSTORE))), "the certificate is kept");
    }
  }
}
