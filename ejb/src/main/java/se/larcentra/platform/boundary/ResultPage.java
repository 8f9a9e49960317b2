package se.larcentra.platform.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an ordered result: its items, the total count of the whole result, the page number
 * (from 0) and the page size asked for.
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public ResultPage {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
