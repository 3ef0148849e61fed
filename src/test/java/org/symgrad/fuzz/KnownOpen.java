package org.symgrad.fuzz;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Failures an open item of issue 14 already covers, each recognised by its mechanism. A finding is
 * known-open only when an item names that mechanism; everything else is a new failure. When an item
 * is fixed, remove its entry: the fuzzer then counts such cases as the failures they would be.
 */
enum KnownOpen {
    ; // none open: 14.1 (rewrite loops) and 14.2 (0^u, write-backs dividing by 0) are fixed, their findings pass

    private final String item;
    private final String description;
    private final Predicate<Finding> covers;

    KnownOpen(String item, String description, Predicate<Finding> covers) {
        this.item = item;
        this.description = description;
        this.covers = covers;
    }

    String item() {
        return item;
    }

    String description() {
        return description;
    }

    static Optional<KnownOpen> covering(Finding f) {
        for (KnownOpen k : values()) {
            if (k.covers.test(f)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
