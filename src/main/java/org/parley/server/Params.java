package org.parley.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.parley.export.Json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Query parameters read and checked: a bad one is a 400 that names it and says what it should be. */
final class Params {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** A page of a list: 1-based page number and its size. */
    record Paging(int page, int size) {
        int offset() {
            return (page - 1) * size;
        }

        /** The envelope of every list: total, page, size, and (added by the caller) items. */
        ObjectNode wrap(long total) {
            return Json.MAPPER.createObjectNode().put("total", total).put("page", page).put("size", size);
        }
    }

    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    boolean flag(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        return switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestResponse(name + " must be true or false");
        };
    }

    Paging paging() {
        int page = integer("page", 1);
        int size = integer("size", DEFAULT_PAGE_SIZE);
        if (page < 1) {
            throw new BadRequestResponse("page must be 1 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestResponse("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestResponse("page is too far");
        }
        return new Paging(page, size);
    }

    private int integer(String name, int otherwise) {
        String v = text(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not \"" + v + "\"");
        }
    }

    /** since and until as ISO days; until before since is an error. */
    String[] dayRange() {
        String since = day("since");
        String until = day("until");
        if (since != null && until != null && since.compareTo(until) > 0) {
            throw new BadRequestResponse("since (" + since + ") is after until (" + until + ")");
        }
        return new String[]{since, until};
    }

    private String day(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be an ISO day such as 2018-08-14, not \"" + v + "\"");
        }
    }

    /** One of the allowed values, or {@code otherwise} when absent. */
    String choice(String name, String otherwise, String... allowed) {
        String v = text(name);
        if (v == null) {
            return otherwise;
        }
        if (!Arrays.asList(allowed).contains(v)) {
            throw new BadRequestResponse(name + " must be one of " + String.join(", ", allowed) + ", not \"" + v + "\"");
        }
        return v;
    }

    String actorCode(String name) {
        String v = text(name);
        return v == null ? null : checkActor(name, v);
    }

    /** A CAMEO actor code: a three-letter country or organisation code, then sectors of three letters. */
    static String checkActor(String name, String code) {
        if (!code.matches("[A-Z]{3}([A-Z0-9]{3})*")) {
            throw new BadRequestResponse(name + " must be a CAMEO actor code such as USA, RUSGOV or CHNMIL, not \"" + code + "\"");
        }
        return code;
    }

    /** The event code filter: {@code code} (a prefix), else {@code root} (two digits). */
    String eventCode() {
        String code = code("code");
        String root = code("root");
        if (root != null && root.length() != 2) {
            throw new BadRequestResponse("root must be a two-digit CAMEO root code (01 to 20)");
        }
        return code != null ? code : root;
    }

    String status() {
        return choice("status", null, "occurred", "announced", "planned", "negated", "hypothetical");
    }

    /** A CAMEO event code or its prefix: two to four digits. */
    private String code(String name) {
        String v = text(name);
        if (v != null && !v.matches("\\d{2,4}")) {
            throw new BadRequestResponse(name + " must be a CAMEO event code such as 04 or 042, not \"" + v + "\"");
        }
        return v;
    }

    Integer quadClass() {
        String v = text("quad");
        if (v == null) {
            return null;
        }
        if (!v.matches("[1-4]")) {
            throw new BadRequestResponse("quad must be a QuadClass from 1 to 4, not \"" + v + "\"");
        }
        return Integer.parseInt(v);
    }

    static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestResponse("an article id is a positive whole number, not \"" + text + "\"");
    }
}
