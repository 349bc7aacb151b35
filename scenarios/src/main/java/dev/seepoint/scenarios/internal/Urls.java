package dev.seepoint.scenarios.internal;

import java.net.URI;

/** Resolves pages named in suites against a base address. */
public final class Urls {

    private Urls() {
    }

    /** {@code page} when absolute, else {@code page} resolved against {@code base}. */
    public static String resolve(String base, String page) {
        if (page == null || page.isEmpty()) {
            return base == null ? "" : base;
        }
        if (page.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return page;
        }
        if (base == null || base.isEmpty()) {
            throw new IllegalArgumentException("the page '" + page + "' is relative, but the suite has no base address: "
                    + "give a full URL, 'serve: FOLDER' in the suite, or --base-url");
        }
        return URI.create(base).resolve(page).toString();
    }
}
