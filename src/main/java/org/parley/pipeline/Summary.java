package org.parley.pipeline;

import org.parley.model.Failure;

import java.util.List;
import java.util.Map;

/**
 * What one run did. {@code nanos} holds the time spent per stage (ingest, extract,
 * annotate, actors, events, store), for the benchmark.
 */
public record Summary(int read, int stored, int skipped, int failed, int events, long tokens,
                      List<Failure> failures, Map<String, Long> nanos, long elapsedNanos) {
}
