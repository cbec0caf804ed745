package org.parley.eval;

import java.io.PrintStream;
import java.util.Locale;

/** Precision, recall and F1 of one stage on one gold set, with what they were computed from. */
public record Scores(String stage, String gold, int items, double precision, double recall, String note) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static Scores counts(String stage, String gold, int items, int tp, int fp, int fn, String note) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Scores(stage, gold, items, p, r, note);
    }

    public static void header(PrintStream out) {
        out.printf("%-12s %-28s %6s %9s %7s %6s  %s%n", "stage", "gold", "items", "precision", "recall", "F1", "note");
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-12s %-28s %6d %9.3f %7.3f %6.3f  %s%n", stage, gold, items, precision, recall, f1(),
                note == null ? "" : note);
    }
}
