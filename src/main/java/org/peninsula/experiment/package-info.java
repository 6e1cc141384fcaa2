/**
 * Ensembles: many runs of a scenario, in parallel, reproducibly, with streamed statistics.
 *
 * <ul>
 *   <li>{@link org.peninsula.experiment.Ensemble#run} runs an ensemble in memory and returns an
 *       {@link org.peninsula.experiment.EnsembleSummary} (probabilities of each future with
 *       Wilson intervals, outcome distributions, monthly bands); an overload hands every run to a
 *       {@link org.peninsula.experiment.RunConsumer} in run order.</li>
 *   <li>{@link org.peninsula.experiment.Ensemble#continueFrom} plays continuations of a
 *       {@code Peninsula.snapshot()}: the odds of each future from the current month.</li>
 *   <li>{@link org.peninsula.experiment.EnsembleBatch} runs a batch on disk (manifest.json,
 *       runs.csv, summary.json) with checkpoints, resumable after Ctrl-C or kill -9.</li>
 *   <li>{@link org.peninsula.experiment.RunSeeds} derives run seeds from a master seed.</li>
 *   <li>{@link org.peninsula.experiment.Bench} measures the cost of a run.</li>
 * </ul>
 *
 * <p>Results never depend on the thread count: runs are committed and fed to the statistics in
 * run-index order. See docs/experiments.md.
 */
package org.peninsula.experiment;
