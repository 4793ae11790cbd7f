package io.xinling.application.trade;

import java.util.List;

/** One page of documents and how many match the filter in all. */
public record TradePage<T>(List<T> items, long total, int limit, int offset) {

    public TradePage {
        items = List.copyOf(items);
    }
}
