package org.symgrad.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written kebab-case check of a rule's name against the regular expression it stands for. */
class RuleNameTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void namesReadAsTheRegularExpressionReadsThem() {
        for (String s : List.of("", "-", "a", "a-b", "a--b", "-a", "a-", "chain-rule", "exp-of-log2", "Chain-rule", "a_b", "9")) {
            assertEquals(KEBAB.matcher(s).matches(), Rule.isKebabCase(s), () -> "'" + s + "'");
        }
        Random random = new Random(34);
        String alphabet = "az09--A_ ";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(KEBAB.matcher(s).matches(), Rule.isKebabCase(s), () -> "'" + s + "'");
        }
    }
}
