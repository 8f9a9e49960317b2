package se.larcentra.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The facet values of one index segment, held in memory in two shapes: per value, the documents
 * that have it (a bit set for a common value, a sorted array of document numbers for a rare one); and
 * for the dimensions where a document has at most one value (all but centre and municipality), one
 * row per document with its value in each. A filter is the union of its values' sets. Counting goes
 * through the rows of the hits (a few bytes each, one cache line per hit) when the hits are few, and
 * intersects each value's set with the hits when they are many or the dimension is multi-valued.
 *
 * <p>Why not Lucene's own facet counting: it decodes every value of every hit from the doc values
 * (a distance course hosted at all 21 centres has some 40), and drill-sideways counts all dimensions
 * again for each filtered one; here a filtered dimension is counted on its own.
 *
 * <p>A segment never changes once written, so its sets are built once (tens of milliseconds for
 * 100 000 documents) and shared by every searcher that holds the segment, until it is merged away.
 */
public final class SegmentFacetSets {

    /** Values held by fewer than this share of the documents are kept as arrays rather than bit sets. */
    private static final int SPARSE_DIVISOR = 64;

    private static final SegmentCache<SegmentFacetSets> CACHE = new SegmentCache<>(SegmentFacetSets::build);

    final int maxDoc;
    /** Per value position (positions follow the labels' order, so a dimension's are consecutive). */
    final String[] dims;
    final String[] values;
    /** Per value position: its documents, a FixedBitSet or a sorted int[]. */
    private final Object[] docs;
    /** dimension → its value positions {@code [from, to)}. */
    private final Map<String, int[]> ranges;
    /** dimension → value → position. */
    private final Map<String, Map<String, Integer>> positions;
    /** The single-valued dimensions' first positions; row {@code doc} holds 1 + (position − first), or 0. */
    private final int[] rowDimFrom;
    private final int[] rowDimTo;
    private final char[] rows;

    private SegmentFacetSets(int maxDoc, String[] dims, String[] values, Object[] docs, Map<String, int[]> ranges,
            int[] rowDimFrom, int[] rowDimTo, char[] rows) {
        this.maxDoc = maxDoc;
        this.dims = dims;
        this.values = values;
        this.docs = docs;
        this.ranges = ranges;
        this.rowDimFrom = rowDimFrom;
        this.rowDimTo = rowDimTo;
        this.rows = rows;
        this.positions = new HashMap<>();
        for (int i = 0; i < dims.length; i++) {
            positions.computeIfAbsent(dims[i], d -> new HashMap<>()).put(values[i], i);
        }
    }

    /** The sets of a segment, built on first use and cached for as long as the segment is open. */
    static SegmentFacetSets of(LeafReader segment) throws IOException {
        return CACHE.of(segment);
    }

    /** Reads the segment's facet doc values into sets and rows (uncached: see {@link #of}). */
    public static SegmentFacetSets build(LeafReader segment) throws IOException {
        SortedSetDocValues ordinals = DocValues.getSortedSet(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int valueCount = Math.toIntExact(ordinals.getValueCount());
        int maxDoc = segment.maxDoc();
        String[] dims = new String[valueCount];
        String[] values = new String[valueCount];
        Map<String, int[]> ranges = new HashMap<>();
        for (int ord = 0; ord < valueCount; ord++) {
            String[] path = FacetsConfig.stringToPath(ordinals.lookupOrd(ord).utf8ToString());
            dims[ord] = path[0];
            values[ord] = path.length > 1 ? path[1] : "";
            int position = ord;
            ranges.merge(dims[ord], new int[] {ord, ord + 1}, (range, next) -> new int[] {range[0], position + 1});
        }
        List<String> dimNames = new ArrayList<>(ranges.keySet());
        dimNames.sort(Comparator.comparingInt(name -> ranges.get(name)[0]));
        int[] dimOfValue = new int[valueCount];
        for (int d = 0; d < dimNames.size(); d++) {
            int[] range = ranges.get(dimNames.get(d));
            Arrays.fill(dimOfValue, range[0], range[1], d);
        }

        int[][] docsByValue = new int[valueCount][];
        int[] sizes = new int[valueCount];
        // Per document, its value in each dimension + 1 (0: none, -1: several, so not a row dimension).
        int[][] valueByDim = new int[dimNames.size()][maxDoc];
        for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
            for (int i = 0, n = ordinals.docValueCount(); i < n; i++) {
                int ord = (int) ordinals.nextOrd();
                int[] ofValue = docsByValue[ord];
                if (ofValue == null) {
                    ofValue = docsByValue[ord] = new int[16];
                } else if (sizes[ord] == ofValue.length) {
                    ofValue = docsByValue[ord] = Arrays.copyOf(ofValue, ofValue.length * 2);
                }
                ofValue[sizes[ord]++] = doc;
                int[] ofDim = valueByDim[dimOfValue[ord]];
                ofDim[doc] = ofDim[doc] == 0 ? ord + 1 : -1;
            }
        }
        Object[] sets = new Object[valueCount];
        for (int ord = 0; ord < valueCount; ord++) {
            int[] ofValue = docsByValue[ord] == null ? new int[0] : docsByValue[ord];
            if (sizes[ord] * SPARSE_DIVISOR < maxDoc) {
                sets[ord] = Arrays.copyOf(ofValue, sizes[ord]);
            } else {
                FixedBitSet bits = new FixedBitSet(maxDoc);
                for (int i = 0; i < sizes[ord]; i++) {
                    bits.set(ofValue[i]);
                }
                sets[ord] = bits;
            }
            docsByValue[ord] = null;
        }

        List<Integer> rowDims = new ArrayList<>();
        for (int d = 0; d < dimNames.size(); d++) {
            int[] range = ranges.get(dimNames.get(d));
            if (range[1] - range[0] < Character.MAX_VALUE && Arrays.stream(valueByDim[d]).allMatch(v -> v >= 0)) {
                rowDims.add(d);
            }
        }
        int width = rowDims.size();
        int[] rowDimFrom = new int[width];
        int[] rowDimTo = new int[width];
        char[] rows = new char[maxDoc * width];
        for (int k = 0; k < width; k++) {
            int d = rowDims.get(k);
            int[] range = ranges.get(dimNames.get(d));
            rowDimFrom[k] = range[0];
            rowDimTo[k] = range[1];
            int[] ofDim = valueByDim[d];
            for (int doc = 0; doc < maxDoc; doc++) {
                rows[doc * width + k] = (char) (ofDim[doc] == 0 ? 0 : ofDim[doc] - range[0]);
            }
        }
        return new SegmentFacetSets(maxDoc, dims, values, sets, ranges, rowDimFrom, rowDimTo, rows);
    }

    /** The position of a value, or -1 when no document of the segment has it. */
    int position(String dim, String value) {
        Integer position = positions.getOrDefault(dim, Map.of()).get(value);
        return position == null ? -1 : position;
    }

    /** The positions {@code [from, to)} of a dimension's values, or null when the segment has none. */
    int[] range(String dim) {
        return ranges.get(dim);
    }

    /** Adds the documents that have the value at {@code position} to {@code target}. */
    void addTo(int position, FixedBitSet target) {
        if (docs[position] instanceof FixedBitSet bits) {
            target.or(bits);
        } else {
            for (int doc : (int[]) docs[position]) {
                target.set(doc);
            }
        }
    }

    /**
     * Adds to {@code counts} (indexed by position) how many documents of {@code among} have each value
     * of {@code dim}, or of every dimension when {@code dim} is null.
     */
    void count(FixedBitSet among, String dim, long[] counts) {
        int[] only = dim == null ? null : ranges.get(dim);
        if (dim != null && only == null) {
            return; // no document of the segment has a value in it
        }
        boolean[] byRow = new boolean[rowDimFrom.length];
        int rowValues = 0;
        int rowDims = 0;
        for (int k = 0; k < byRow.length; k++) {
            if (only == null || only[0] == rowDimFrom[k]) {
                byRow[k] = true;
                rowValues += rowDimTo[k] - rowDimFrom[k];
                rowDims++;
            }
        }
        // Rows cost a (cache-missing) look per hit; sets cost a pass over each value's bits.
        if ((long) among.cardinality() * rowDims * 4 > (long) rowValues * (maxDoc / 64 + 1)) {
            Arrays.fill(byRow, false);
            rowDims = 0;
        }
        int width = rowDimFrom.length;
        if (rowDims > 0) {
            for (int doc = among.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < maxDoc ? among.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int row = doc * width;
                for (int k = 0; k < width; k++) {
                    int value = rows[row + k];
                    if (value != 0 && byRow[k]) {
                        counts[rowDimFrom[k] + value - 1]++;
                    }
                }
            }
        }
        int from = only == null ? 0 : only[0];
        int to = only == null ? dims.length : only[1];
        int k = 0;
        for (int position = from; position < to; position++) {
            while (k < width && rowDimTo[k] <= position) {
                k++;
            }
            boolean counted = k < width && rowDimFrom[k] <= position && byRow[k];
            if (!counted) {
                counts[position] += count(position, among);
            }
        }
    }

    /** How many documents of {@code among} have the value at {@code position}. */
    private long count(int position, FixedBitSet among) {
        if (docs[position] instanceof FixedBitSet bits) {
            return FixedBitSet.intersectionCount(bits, among);
        }
        long count = 0;
        for (int doc : (int[]) docs[position]) {
            if (among.get(doc)) {
                count++;
            }
        }
        return count;
    }

    /** Heap taken by the sets and rows, for the benchmark's memory figures. */
    public long ramBytesUsed() {
        long bytes = RamUsageEstimator.sizeOf(rows);
        for (Object set : docs) {
            bytes += set instanceof FixedBitSet bits ? bits.ramBytesUsed() : RamUsageEstimator.sizeOf((int[]) set);
        }
        return bytes;
    }
}
