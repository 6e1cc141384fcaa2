package org.peninsula.game.web;

import java.nio.file.Path;
import org.peninsula.game.ScenarioLibrary;

/** Where the server listens, where it keeps its games and which scenarios it offers. */
public record ServerConfig(String host, int port, Path dataDir, ScenarioLibrary scenarios) {}
