package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.testing.CliRun;

/**
 * {@code symgrad check --input md} of homework that writes restricted reductions,
 * {@code \prod_{k\neq j}} and {@code \sum_{k \ne i}} (issue 9): a right product rule is proven, a
 * wrong one is false with the right side in the restricted form, and a restricted sum is proven equal
 * to the full sum without its term.
 */
class RestrictedDocumentCheckTest {
    private static final String DOCUMENT = """
            # Product rule over an index

            $$L = \\prod_k x_k$$
            $$\\frac{\\partial L}{\\partial x_j} = \\prod_{k\\neq j} x_k$$

            A wrong one, missing the 2:
            $$\\frac{\\partial}{\\partial x_j} \\prod_{k} x_k^2 = x_j \\prod_{k \\ne j} x_k^2$$
            $$\\sum_{k \\neq i} y_k p_i = p_i \\sum_k y_k - y_i p_i$$
            """;

    @Test
    void aDocumentWithRestrictedProductsAndSumsIsChecked(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("homework.txt"), DOCUMENT);
        CliRun r = CliRun.symgrad("check", "--input", "md", file.toString(), "-f", "unicode");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("✓ line 4"), r.out());
        assertTrue(r.out().contains("✗ line 7"), r.out());
        assertTrue(r.out().contains("expected 2x_j(∏_{k≠j} x_k²)"), r.out());
        assertTrue(r.out().contains("✓ line 8"), r.out());
        assertTrue(r.out().contains("2 proven, 0 numerically equal, 1 false, 0 undecided, 0 skipped"), r.out());
    }
}
