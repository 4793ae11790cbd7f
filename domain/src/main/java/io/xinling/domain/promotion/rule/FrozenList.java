package io.xinling.domain.promotion.rule;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array its builder hands over, so that the engine's hot paths (a rule's
 * shares, the lines a rule sees) build a list in one allocation instead of an {@code ArrayList} that
 * {@link List#copyOf} then copies twice more. {@link #copyOf} keeps such a list as it is, as
 * {@code List.copyOf} keeps its own. Nulls are the builder's business: it never puts one in. Equal to any
 * list with the same elements in the same order, as every list is.
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    private FrozenList(E[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /**
     * The first {@code size} elements of {@code elements} as an unmodifiable list. The caller gives the
     * array up: it must not write to it afterwards.
     */
    public static <E> List<E> owning(E[] elements, int size) {
        if (size < 0 || size > elements.length) {
            throw new IllegalArgumentException("size " + size + " outside 0.." + elements.length);
        }
        return size == 0 ? empty() : new FrozenList<>(elements, size);
    }

    /**
     * The empty frozen list. Lists of lines and shares stay of this one class even when empty, so that the
     * rules' loops over them call one {@code size}/{@code get} that the JIT inlines, not an interface dispatch
     * over several list classes.
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> empty() {
        return (List<E>) EMPTY;
    }

    private static final FrozenList<?> EMPTY = new FrozenList<>(new Object[0], 0);

    /**
     * The list itself when it cannot change (a frozen, pro-rata, flat shares or immutable JDK list), else an
     * immutable copy.
     */
    public static <E> List<E> copyOf(List<E> list) {
        return list instanceof FrozenList<E> || list instanceof ProRataShares || list instanceof LineShares ? list
                : List.copyOf(list);
    }

    @Override
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
