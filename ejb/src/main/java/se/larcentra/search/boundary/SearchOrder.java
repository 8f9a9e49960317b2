package se.larcentra.search.boundary;

/** How search results are ordered; ties are broken by start date, then id. */
public enum SearchOrder {
    RELEVANCE, START, DISTANCE
}
