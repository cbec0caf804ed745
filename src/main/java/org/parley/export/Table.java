package org.parley.export;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table for terminals: columns sized to their content, long cells cut. */
public final class Table {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private final int maxWidth;

    public Table(int maxWidth, String... headers) {
        this.headers = List.of(headers);
        this.maxWidth = maxWidth;
    }

    public Table row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "-" : cells[i].toString().replaceAll("\\s+", " ");
            row[i] = s.length() > maxWidth ? s.substring(0, maxWidth - 1) + "…" : s;
        }
        rows.add(row);
        return this;
    }

    public void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        line(out, headers.toArray(String[]::new), widths);
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        rows.forEach(r -> line(out, r, widths));
    }

    private static void line(PrintStream out, String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : "  ");
            sb.append(i == cells.length - 1 ? cells[i] : String.format("%-" + widths[i] + "s", cells[i]));
        }
        out.println(sb.toString().stripTrailing());
    }
}
