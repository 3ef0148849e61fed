package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sorted-arrays view reads as the TreeMap of the same entries, whole and in its ranges. */
class SortedArraysViewTest {
    private static final String[] KEYS = {"e", "c", "a"};
    private static final int[] VALUES = {5, 3, 1};

    @Test
    void theViewIsTheSortedMapOfItsEntries() {
        SortedMap<String, Integer> view = new SortedArraysView<>(3, i -> KEYS[i], i -> VALUES[i], Comparator.reverseOrder());
        TreeMap<String, Integer> expected = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 3; i++) {
            expected.put(KEYS[i], VALUES[i]);
        }
        assertEquals(expected, new TreeMap<>(view));
        assertEquals(expected, view);
        assertEquals("e", view.firstKey());
        assertEquals("a", view.lastKey());
        assertEquals(expected.headMap("c"), view.headMap("c"));
        assertEquals(expected.tailMap("c"), view.tailMap("c"));
        assertEquals(expected.subMap("e", "a"), view.subMap("e", "a"));
        SortedMap<String, Integer> empty = new SortedArraysView<>(0, i -> KEYS[i], i -> VALUES[i], Comparator.reverseOrder());
        assertThrows(NoSuchElementException.class, empty::firstKey);
        assertThrows(NoSuchElementException.class, empty::lastKey);
    }
}
