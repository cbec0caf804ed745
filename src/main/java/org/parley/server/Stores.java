package org.parley.server;

import org.parley.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Database connections for concurrent requests: a fixed pool of stores for reading (each its own
 * connection, so readers run side by side) and one store for writing posted articles.
 */
final class Stores implements AutoCloseable {

    private final BlockingQueue<Store> readers;
    private final List<Store> all = new ArrayList<>();
    private final Store writer;

    Stores(String database, int size) {
        writer = Store.open(database); // opened first: it applies the migrations
        all.add(writer);
        readers = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Store s = Store.open(database);
            all.add(s);
            readers.add(s);
        }
    }

    /** Runs {@code work} with a reading store, waiting for one to be free. */
    <T> T read(Function<Store, T> work) {
        Store s;
        try {
            s = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
        try {
            return work.apply(s);
        } finally {
            readers.add(s);
        }
    }

    /** The one store that writes. */
    Store writer() {
        return writer;
    }

    @Override
    public void close() {
        all.forEach(Store::close);
    }
}
