package org.peninsula.game.web;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.peninsula.game.live.Tokens;
import org.peninsula.game.store.OwnerOnly;

/**
 * {@code serve --tls}: HTTPS with a self-signed certificate made on first start by the running
 * JDK's own {@code keytool} (in {@code java.home/bin}, also in a jlink or jpackage image) and
 * kept in the data folder ({@code tls.p12}, its password in {@code tls.pass}, both readable by
 * the owner only), valid ten years for every address of this machine. Browsers warn once about
 * a certificate no authority signed; after that the traffic is encrypted.
 */
final class Tls {
  static final String KEYSTORE = "tls.p12";
  static final String PASSWORD = "tls.pass";

  private Tls() {}

  static void configure(JavalinConfig c, Path dataDir, String host, int port) {
    Path store = dataDir.resolve(KEYSTORE);
    String password = keystore(dataDir, store);
    c.jetty.addConnector((server, http) -> {
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStorePath(store.toAbsolutePath().toString());
      ssl.setKeyStoreType("PKCS12");
      ssl.setKeyStorePassword(password);
      HttpConfiguration https = new HttpConfiguration(http);
      // The certificate names IP addresses; students type those, not a host name.
      https.addCustomizer(new SecureRequestCustomizer(false));
      ServerConnector connector = new ServerConnector(server,
          new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
      connector.setHost(host);
      connector.setPort(port);
      return connector;
    });
  }

  /** The keystore's password, making the keystore first if there is none. */
  static String keystore(Path dataDir, Path store) {
    Path passFile = dataDir.resolve(PASSWORD);
    try {
      if (Files.exists(store) && Files.exists(passFile)) {
        return Files.readString(passFile).strip();
      }
      String password = Tokens.newToken();
      Files.writeString(passFile, password + "\n");
      OwnerOnly.file(passFile);
      Files.deleteIfExists(store);
      List<String> san = new ArrayList<>(List.of("dns:localhost", "ip:127.0.0.1"));
      for (String a : ServerAddresses.of("0.0.0.0")) {
        if (!a.equals("127.0.0.1")) {
          san.add("ip:" + a);
        }
      }
      Path keytool = Path.of(System.getProperty("java.home"), "bin",
          System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
      Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "peninsula",
          "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
          "-dname", "CN=Peninsula classroom server", "-ext", "SAN=" + String.join(",", san),
          "-keystore", store.toAbsolutePath().toString(), "-storetype", "PKCS12",
          "-storepass", password).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(store)) {
        throw new IllegalStateException("keytool could not make the certificate: "
            + out.strip());
      }
      OwnerOnly.file(store);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the TLS certificate in " + dataDir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the TLS certificate", e);
    }
  }
}
