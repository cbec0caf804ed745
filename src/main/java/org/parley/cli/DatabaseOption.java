package org.parley.cli;

import org.parley.search.SearchIndex;
import org.parley.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --db option every command shares. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "parley.db",
            description = "SQLite database file (default: ${DEFAULT-VALUE} in the current folder).")
    Path db;

    Store open() {
        return Store.open(db);
    }

    /** The search index kept beside the database. */
    SearchIndex openIndex() {
        return SearchIndex.open(SearchIndex.beside(db));
    }
}
