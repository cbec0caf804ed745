package org.parley.model;

/** An input that could not be turned into an article, with the reason in plain words. */
public record Failure(String input, String reason) {
    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
