package io.xinling.domain.inventory.ledger;

import io.vavr.Tuple2;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
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

    /**
     * The entries of one or more maps, a key's value from the last map that holds it (as {@code putAll} of each in
     * turn): the largest map, with the entries of the others merged into it.
     */
    static <K, V> PMap<K, V> mapUnion(List<PMap<K, V>> maps) {
        int largest = 0;
        for (int i = 1; i < maps.size(); i++) {
            if (maps.get(i).size() > maps.get(largest).size()) {
                largest = i;
            }
        }
        io.vavr.collection.HashMap<K, V> all = maps.get(largest).map;
        for (int i = largest - 1; i >= 0; i--) {
            all = all.merge(maps.get(i).map); // the value already there came from a later map: it stays
        }
        for (int i = largest + 1; i < maps.size(); i++) {
            all = all.merge(maps.get(i).map, (earlier, later) -> later);
        }
        return new PMap<>(all);
    }

    /** The items of one or more sets: the largest, with the items of the others added to it. */
    static <T> PSet<T> setUnion(List<PSet<T>> sets) {
        PSet<T> largest = sets.stream().max(java.util.Comparator.comparingInt(PSet::size)).orElseThrow();
        io.vavr.collection.HashSet<T> all = largest.set;
        for (PSet<T> s : sets) {
            if (s != largest) {
                all = all.addAll(s.set);
            }
        }
        return new PSet<>(all);
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
