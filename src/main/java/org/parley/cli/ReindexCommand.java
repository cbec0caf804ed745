package org.parley.cli;

import org.parley.search.SearchIndex;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "reindex", description = "Rebuilds the search index (a folder beside the database) from the database.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Store store = database.open(); SearchIndex index = database.openIndex()) {
            int n = index.rebuild(store);
            System.err.printf("indexed %d article(s) into %s in %.1f s%n", n, index.folder(), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
