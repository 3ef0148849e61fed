package org.symgrad.simplify;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Keys and values already in {@code order}, held in arrays, seen as a sorted map, so that
 * {@code new TreeMap<>(view)} copies them in linear time instead of inserting one by one (a monomial's atoms,
 * a polynomial's terms). The ranges ({@link #subMap}, {@link #headMap}, {@link #tailMap}) are a copy's.
 */
final class SortedArraysView<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    private final int size;
    private final IntFunction<K> key;
    private final IntFunction<V> value;
    private final Comparator<? super K> order;

    SortedArraysView(int size, IntFunction<K> key, IntFunction<V> value, Comparator<? super K> order) {
        this.size = size;
        this.key = key;
        this.value = value;
        this.order = order;
    }

    @Override
    public Comparator<? super K> comparator() {
        return order;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>(key.apply(i), value.apply(i));
                        i++;
                        return e;
                    }
                };
            }
        };
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return new TreeMap<>(this).subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return new TreeMap<>(this).headMap(toKey);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return new TreeMap<>(this).tailMap(fromKey);
    }

    @Override
    public K firstKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return key.apply(0);
    }

    @Override
    public K lastKey() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return key.apply(size - 1);
    }
}
