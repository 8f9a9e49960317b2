package se.larcentra.catalog.boundary;

/** How a list of offerings is ordered; ties are always broken by id, so paging is stable. */
public enum OfferingOrder {
    START_DATE_ASC, START_DATE_DESC, TITLE_ASC, TITLE_DESC
}
