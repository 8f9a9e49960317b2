package se.larcentra.search.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import se.larcentra.centre.entity.GeoPoint;

/**
 * Sorts by the distance from a point to the nearest of a document's points ({@link
 * org.apache.lucene.document.LatLonDocValuesField} values of {@link OfferingFields#LOCATION_SORT}), nearest first; documents
 * without points last.
 *
 * <p>Why not Lucene's {@code LatLonDocValuesField.newDistanceSort}: it decodes every point of every
 * match and computes its distance, and an offering's points are the centres that host it (a
 * distance course: up to all 21). There are only as many distinct points as centres, so each
 * segment keeps its documents' points as small numbers into its list of distinct points ({@link
 * SegmentPoints}, cached per segment); a query computes the distance to each distinct point once and
 * a document's distance is the least of a few array reads.
 */
final class NearestPointSort extends FieldComparatorSource {

    private static final SegmentCache<SegmentPoints> POINTS = new SegmentCache<>(SegmentPoints::build);

    private final GeoPoint from;

    NearestPointSort(GeoPoint from) {
        this.from = from;
    }

    static SortField sortField(GeoPoint from) {
        return new SortField(OfferingFields.LOCATION_SORT, new NearestPointSort(from));
    }

    /** Builds the segment's points ahead of the first query (from the searcher's refresh). */
    static void warm(LeafReader segment) throws IOException {
        POINTS.of(segment);
    }

    @Override
    public FieldComparator<Double> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new Comparator(numHits);
    }

    /**
     * One segment's documents' points: per document the indexes of its points (in {@code points},
     * from {@code start[doc]} to {@code start[doc + 1]}) into the segment's distinct points.
     */
    record SegmentPoints(double[] latitudes, double[] longitudes, int[] start, short[] points) {

        static SegmentPoints build(LeafReader segment) throws IOException {
            SortedNumericDocValues values = DocValues.getSortedNumeric(segment, OfferingFields.LOCATION_SORT);
            int maxDoc = segment.maxDoc();
            int[] start = new int[maxDoc + 1];
            Map<Long, Short> index = new HashMap<>();
            short[] points = new short[Math.max(16, maxDoc)];
            int size = 0;
            int previousDoc = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                Arrays.fill(start, previousDoc + 1, doc + 1, size);
                int count = values.docValueCount();
                if (size + count > points.length) {
                    points = Arrays.copyOf(points, Math.max(size + count, points.length * 2));
                }
                for (int i = 0; i < count; i++) {
                    long encoded = values.nextValue();
                    Short known = index.get(encoded);
                    if (known == null) {
                        if (index.size() == Short.MAX_VALUE) {
                            throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct centre points");
                        }
                        known = (short) index.size();
                        index.put(encoded, known);
                    }
                    points[size++] = known;
                }
                start[doc + 1] = size;
                previousDoc = doc + 1;
            }
            Arrays.fill(start, previousDoc + 1, maxDoc + 1, size);
            double[] latitudes = new double[index.size()];
            double[] longitudes = new double[index.size()];
            index.forEach((encoded, i) -> {
                latitudes[i] = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
                longitudes[i] = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
            });
            return new SegmentPoints(latitudes, longitudes, start, Arrays.copyOf(points, size));
        }
    }

    private final class Comparator extends FieldComparator<Double> {

        private final double[] slots;
        private double bottom;
        private double top;

        Comparator(int numHits) {
            slots = new double[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Double.compare(slots[slot1], slots[slot2]);
        }

        @Override
        public void setTopValue(Double value) {
            top = value;
        }

        @Override
        public Double value(int slot) {
            return slots[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            SegmentPoints segment = POINTS.of(context.reader());
            double[] distances = new double[segment.latitudes().length];
            for (int i = 0; i < distances.length; i++) {
                distances[i] = from.distanceKm(new GeoPoint(segment.latitudes()[i], segment.longitudes()[i]));
            }
            return new LeafFieldComparator() {
                private double distance(int doc) {
                    double nearest = Double.POSITIVE_INFINITY;
                    for (int i = segment.start()[doc], end = segment.start()[doc + 1]; i < end; i++) {
                        nearest = Math.min(nearest, distances[segment.points()[i]]);
                    }
                    return nearest;
                }

                @Override
                public void setBottom(int slot) {
                    bottom = slots[slot];
                }

                @Override
                public int compareBottom(int doc) {
                    return Double.compare(bottom, distance(doc));
                }

                @Override
                public int compareTop(int doc) {
                    return Double.compare(top, distance(doc));
                }

                @Override
                public void copy(int slot, int doc) {
                    slots[slot] = distance(doc);
                }

                @Override
                public void setScorer(Scorable scorer) {
                    // distances need no scores
                }
            };
        }
    }
}
