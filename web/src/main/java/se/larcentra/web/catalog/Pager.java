package se.larcentra.web.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a pager shows: the first and last pages, a window around the current one, and
 * gaps (0) where numbers are left out, e.g. {@code 1 0 4 5 6 7 8 0 20}.
 */
public final class Pager {

    public static final int GAP = 0;

    private Pager() {
    }

    public static List<Integer> numbers(int current, int pageCount, int window) {
        List<Integer> numbers = new ArrayList<>();
        if (pageCount <= 1) {
            return numbers;
        }
        int from = Math.max(1, current - window);
        int to = Math.min(pageCount, current + window);
        if (from > 1) {
            numbers.add(1);
            if (from > 2) {
                numbers.add(GAP);
            }
        }
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        if (to < pageCount) {
            if (to < pageCount - 1) {
                numbers.add(GAP);
            }
            numbers.add(pageCount);
        }
        return numbers;
    }
}
