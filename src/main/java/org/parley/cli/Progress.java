package org.parley.cli;

import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Summary;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar of analyze, on stderr: redrawn in place on a terminal, one line per input
 * otherwise. Failures are always printed, one line each, naming the input and the reason.
 */
final class Progress implements Pipeline.Listener {

    private final PrintStream err;
    private final boolean bar;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private int files;
    private int filesDone;
    private Summary last;

    Progress(PrintStream err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public void started(int files) {
        this.files = files;
        draw();
    }

    @Override
    public void fileDone(String file) {
        filesDone++;
        draw();
    }

    @Override
    public void outcome(String input, String result, Summary soFar) {
        last = soFar;
        if (result.startsWith("failed")) {
            clear();
            err.println("parley: " + input + ": " + result.substring("failed: ".length()));
        } else if (bar && !terminal) {
            err.println("  " + input + ": " + result);
        }
        draw();
    }

    void finish() {
        if (bar && terminal) {
            draw();
            err.println();
        }
    }

    private void clear() {
        if (bar && terminal) {
            err.print("\r\033[K");
        }
    }

    private void draw() {
        if (!bar || !terminal) {
            return;
        }
        int width = 30;
        int filled = files == 0 ? width : width * filesDone / files;
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = last == null ? 0 : last.stored() + last.skipped();
        int failed = last == null ? 0 : last.failed();
        // the time left, from the files read so far (a folder of many files; a single big file shows none)
        String eta = filesDone == 0 || filesDone >= files ? "" : String.format(Locale.ROOT, "  ETA %s",
                java.time.Duration.ofSeconds((long) (seconds * (files - filesDone) / filesDone)).toString()
                        .substring(2).toLowerCase(Locale.ROOT));
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d files  %d articles  %d failed  %.2f articles/s%s ",
                "#".repeat(filled), ".".repeat(width - filled), filesDone, files, done, failed,
                seconds > 0 ? done / seconds : 0.0, eta);
        err.flush();
    }
}
