package io.xinling.domain.inventory.ledger;

import io.vavr.Tuple2;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Read-only {@link Map} and {@link Set} views of Vavr's persistent collections: a ledger version adds a
 * document or a cancellation in O(log n), sharing the rest with the version it came from.
 */
final class Persistent {

    private Persistent() {
    }

    static <K, V> PMap<K, V> map(Map<K, V> map) {
        if (map instanceof PMap<K, V> p) {
            return p;
        }
        return new PMap<>(io.vavr.collection.HashMap.ofAll(map));
    }

    static <T> PSet<T> set(Set<T> set) {
        if (set instanceof PSet<T> p) {
            return p;
        }
        return new PSet<>(io.vavr.collection.HashSet.ofAll(set));
    }

    /** An immutable map backed by a Vavr {@code HashMap}. */
    static final class PMap<K, V> extends AbstractMap<K, V> {

        final io.vavr.collection.HashMap<K, V> map;

        PMap(io.vavr.collection.HashMap<K, V> map) {
            this.map = map;
        }

        PMap<K, V> plus(K key, V value) {
            return new PMap<>(map.put(key, value));
        }

        PMap<K, V> minus(K key) {
            return new PMap<>(map.remove(key));
        }

        @Override
        public V get(Object key) {
            @SuppressWarnings("unchecked") K k = (K) key;
            return key == null ? null : map.get(k).getOrNull();
        }

        @Override
        public boolean containsKey(Object key) {
            @SuppressWarnings("unchecked") K k = (K) key;
            return key != null && map.containsKey(k);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<K, V>> iterator() {
                    Iterator<Tuple2<K, V>> it = map.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<K, V> next() {
                            Tuple2<K, V> t = it.next();
                            return new SimpleImmutableEntry<>(t._1, t._2);
                        }
                    };
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }
    }

    /** An immutable set backed by a Vavr {@code HashSet}. */
    static final class PSet<T> extends AbstractSet<T> {

        final io.vavr.collection.HashSet<T> set;

        PSet(io.vavr.collection.HashSet<T> set) {
            this.set = set;
        }

        PSet<T> plus(T item) {
            return new PSet<>(set.add(item));
        }

        @Override
        public boolean contains(Object o) {
            @SuppressWarnings("unchecked") T t = (T) o;
            return o != null && set.contains(t);
        }

        @Override
        public Iterator<T> iterator() {
            return set.iterator();
        }

        @Override
        public int size() {
            return set.size();
        }
    }
}
