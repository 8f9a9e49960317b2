package se.larcentra.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One page of a list: {@code total} items in all, page {@code page} (from 0) of {@code size} items,
 * and the items themselves.
 */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public record ListEnvelope<T>(long total, int page, int size, List<T> items) {

    public ListEnvelope {
        if (total < 0 || page < 0 || size < 1) {
            throw new IllegalArgumentException("bad envelope: total " + total + ", page " + page + ", size " + size);
        }
        items = List.copyOf(items);
    }
}
