package org.parley.cli;

import org.parley.search.SearchIndex;
import org.parley.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --db and --index options every command shares. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "DB", defaultValue = "parley.db",
            description = {"SQLite database file (default: ${DEFAULT-VALUE} in the current folder), or a PostgreSQL",
                    "database: postgresql://user:password@host:5432/name."})
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = {"Search index folder (default: beside the SQLite file, DB.index; for PostgreSQL,",
                    "NAME.index in the current folder)."})
    Path index;

    Store open() {
        return Store.open(db);
    }

    Path indexFolder() {
        if (index != null) {
            return index;
        }
        if (Store.isServer(db)) {
            String name = db.replaceAll("\\?.*$", "").replaceAll("^.*/", "");
            return Path.of((name.isEmpty() ? "parley" : name) + ".index");
        }
        return SearchIndex.beside(Path.of(db));
    }

    /** The search index kept beside the database. */
    SearchIndex openIndex() {
        return SearchIndex.open(indexFolder());
    }
}
