package org.peninsula.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.peninsula.experiment.EnsembleListener;

/**
 * Shows a batch's progress: a progress bar with rate and ETA when the console is a terminal,
 * otherwise a plain line every {@link #PLAIN_INTERVAL_NANOS} (so logs and CI output stay short).
 */
final class ProgressReporter implements EnsembleListener, AutoCloseable {
  static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final String task;
  private ProgressBar bar;
  private long startNanos;
  private long lastLine;
  private long firstDone;

  ProgressReporter(PrintWriter err, String task) {
    this(err, task, System.console() != null && !"dumb".equals(System.getenv("TERM")));
  }

  ProgressReporter(PrintWriter err, String task, boolean terminal) {
    this.err = err;
    this.task = task;
    this.terminal = terminal;
  }

  @Override
  public void started(long total, long alreadyDone) {
    startNanos = System.nanoTime();
    lastLine = startNanos;
    firstDone = alreadyDone;
    if (terminal) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setUnit(" runs", 1)
          .showSpeed().startsFrom(alreadyDone, Duration.ZERO)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
  }

  @Override
  public void progress(long done, long total, long failed) {
    if (bar != null) {
      bar.stepTo(done);
      if (failed > 0) {
        bar.setExtraMessage(failed + " failed");
      }
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= PLAIN_INTERVAL_NANOS && done < total) {
      lastLine = now;
      double secs = (now - startNanos) / 1e9;
      double rate = (done - firstDone) / secs;
      long etaSecs = rate > 0 ? Math.round((total - done) / rate) : -1;
      err.printf(Locale.ROOT, "%s: %d/%d runs (%.1f%%), %.0f runs/s, ETA %s%s%n", task, done, total,
          100.0 * done / total, rate, etaSecs < 0 ? "?" : Duration.ofSeconds(etaSecs).toString()
              .substring(2).toLowerCase(Locale.ROOT), failed > 0 ? ", " + failed + " failed" : "");
      err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
