package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The Unicode spelling of a name is in NFC, whether or not it goes through the normaliser. */
class SymbolSpellingTest {
    @Test
    void everyGreekLetterIsItsOwnNormalForm() {
        assertTrue(SymbolSpelling.greekNames().size() > 30);
        for (String name : SymbolSpelling.greekNames()) {
            for (String suffix : new String[] {"", "1", "hat", "hat2"}) {
                String spelled = SymbolSpelling.unicode(name + suffix);
                assertEquals(Normalizer.normalize(spelled, Normalizer.Form.NFC), spelled, name + suffix);
            }
        }
        for (String name : new String[] {"x", "yhat", "W1", "KL", "zhat3", "thetahat"}) {
            String spelled = SymbolSpelling.unicode(name);
            assertEquals(Normalizer.normalize(spelled, Normalizer.Form.NFC), spelled, name);
        }
        assertEquals("ŷ", SymbolSpelling.unicode("yhat"));
        assertEquals("σ2", SymbolSpelling.unicode("sigma2"));
    }
}
