package se.larcentra.catalog.entity;

/** The system a course's credits are counted in. */
public enum CreditSystem {
    /** högskolepoäng: 60 hp is a year of full-time study. */
    HP,
    /** yrkeshögskolepoäng: 200 per year of full-time study. */
    YH,
    /** gymnasiepoäng: upper-secondary credits, as in Komvux. */
    GY,
    /** folkhögskolepoäng, study weeks at a folk high school. */
    FHS,
    /** no credits (e.g. a short course). */
    NONE
}
