package io.xinling.application.inventory;

import java.util.List;

/** One page of a listing: the items at {@code offset}, at most {@code limit}, and how many match in all. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
