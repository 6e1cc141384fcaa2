package org.peninsula.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;
import org.peninsula.game.web.GameServer;
import org.peninsula.game.web.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code peninsula serve}: the classroom game's web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the classroom crisis game: a web server for the teacher and students.")
public final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080",
      description = "TCP port (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0",
      description = "Address to listen on; 127.0.0.1 keeps the game on this machine."
          + " Default: ${DEFAULT-VALUE} (the classroom network).")
  String host;

  @Option(names = "--data", defaultValue = "games",
      description = "Directory of the games database. Default: ./${DEFAULT-VALUE}/")
  Path data;

  // The app image sets peninsula.scenarios to the scenarios it carries; from source, ./scenarios.
  @Option(names = "--scenarios", defaultValue = "${sys:peninsula.scenarios:-scenarios}",
      description = "Directory of scenario files offered to the teacher. Default: ${DEFAULT-VALUE}")
  Path scenarios;

  @Option(names = "--tls",
      description = "Serve HTTPS with a self-signed certificate made on first start and kept in"
          + " the data directory (browsers warn once about it).")
  boolean tls;

  @Option(names = "--max-players", defaultValue = "40",
      description = "Players one game takes at most. Default: ${DEFAULT-VALUE}.")
  int maxPlayers;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("serve: --port must be between 0 and 65535, not " + port);
      return 2;
    }
    if (maxPlayers < 1 || maxPlayers > 1000) {
      err.println("serve: --max-players must be between 1 and 1000, not " + maxPlayers);
      return 2;
    }
    GameServer server;
    try {
      server = GameServer.start(new ServerConfig(host, port, data,
          new ScenarioLibrary(scenarios, ScenarioFiles.READER)).withTls(tls)
          .withMaxParticipants(maxPlayers));
    } catch (RuntimeException e) {
      err.println("serve: cannot start the server on " + host + ":" + port + ": "
          + e.getMessage() + (e.getCause() == null ? "" : " (" + rootMessage(e) + ")"));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "serve-shutdown"));
    out.println("Peninsula classroom game");
    out.println("  Teacher's console: " + server.teacherLoginUrl());
    out.println("    (a one-time link: it logs this browser in and works once, for 10 minutes;"
        + " press Enter here for a new one)");
    for (String url : server.studentUrls()) {
      out.println("  Students join at:  " + url);
    }
    out.println("  Games are kept in: " + data.toAbsolutePath().normalize());
    if (!server.tls()) {
      out.println("  Warning: " + GameServer.CLEAR_TEXT_WARNING + ".");
    }
    if (!server.games().unrestorable().isEmpty()) {
      err.println("serve: warning: these games could not be restored and are left out: "
          + String.join(", ", server.games().unrestorable()));
    }
    out.println("Open the teacher's link yourself, on this computer or one you trust."
        + " Ctrl-C stops the server; games resume where they were when it starts again.");
    out.flush();
    Thread links = new Thread(() -> newLinksOnEnter(server, out), "serve-links");
    links.setDaemon(true);
    links.start();
    stopped.await();
    return 0;
  }

  /** Every line typed on the console prints a fresh one-time teacher link. */
  private static void newLinksOnEnter(GameServer server, PrintWriter out) {
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
        System.in, java.nio.charset.StandardCharsets.UTF_8));
    try {
      while (in.readLine() != null) {
        out.println("  Teacher's console: " + server.teacherLoginUrl());
        out.flush();
      }
    } catch (java.io.IOException e) {
      // no console: the link printed at start-up and the console's own button remain
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
