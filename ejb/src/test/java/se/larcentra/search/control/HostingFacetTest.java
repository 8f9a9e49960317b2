package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.junit.jupiter.api.Test;

class HostingFacetTest {

    /** Every centre (a distance course), Torsby's two centres, and one Arvika centre. */
    private static final FacetResult SETS = new FacetResult(OfferingFields.FACET_HOSTING, new String[0], 10, new LabelAndValue[] {
        new LabelAndValue("3:1737,5:1737,9:1784,12:1780", 4),
        new LabelAndValue("3:1737,5:1737", 2),
        new LabelAndValue("9:1784", 3),
    }, 3);

    @Test
    void eachCentreCountsTheDocumentsWhoseSetHoldsIt() {
        assertThat(HostingFacet.counts(SETS, false, 200)).containsExactly(
                java.util.Map.entry("9", 7L), java.util.Map.entry("3", 6L), java.util.Map.entry("5", 6L), java.util.Map.entry("12", 4L));
    }

    @Test
    void aMunicipalityCountsADocumentOnceHoweverManyOfItsCentresHostIt() {
        assertThat(HostingFacet.counts(SETS, true, 200)).containsExactly(
                java.util.Map.entry("1784", 7L), java.util.Map.entry("1737", 6L), java.util.Map.entry("1780", 4L));
    }

    @Test
    void theMostCommonComeFirstUpToTheLimitAndNothingCountsNothing() {
        assertThat(HostingFacet.counts(SETS, false, 2)).containsOnlyKeys("9", "3");
        assertThat(HostingFacet.counts(null, false, 200)).isEmpty();
    }
}
