package se.larcentra.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows of an offering (titles, descriptions for the snippet, provider, dates, places,
 * the hosting centres' coordinates for the distance), kept in one binary doc value per document
 * ({@link OfferingFields#SHOWN}) instead of stored fields.
 *
 * <p>Why: stored fields are compressed in blocks of many documents, so reading the twenty documents
 * of a page decompressed some twenty blocks (a seventh of a search's time at 100 000 offerings).
 * Binary doc values are kept uncompressed and read at their address. The price is disk and page
 * cache (about a kilobyte per offering).
 *
 * @param centrePoints latitude, longitude, latitude, longitude… of the hosting centres
 */
public record ShownOffering(long id, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
        long providerId, String providerName, LocalDate startDate, LocalDate endDate, String pace, String mode,
        String instructionLanguage, Integer places, int admitted, int waitlist, double[] centrePoints) {

    /** The description for a text field of the index, for the highlighter. */
    String text(String field) {
        return switch (field) {
            case OfferingFields.DESCRIPTION_SV -> descriptionSv;
            case OfferingFields.DESCRIPTION_EN -> descriptionEn;
            case OfferingFields.TITLE_SV -> titleSv;
            case OfferingFields.TITLE_EN -> titleEn;
            default -> null;
        };
    }

    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            // Titles first: the suggester reads only them.
            writeOptional(out, titleSv);
            writeOptional(out, titleEn);
            out.writeVLong(id);
            writeOptional(out, descriptionSv);
            writeOptional(out, descriptionEn);
            out.writeVLong(providerId);
            out.writeString(providerName);
            out.writeZLong(startDate.toEpochDay());
            out.writeZLong(endDate.toEpochDay());
            out.writeString(pace);
            out.writeString(mode);
            out.writeString(instructionLanguage);
            out.writeZInt(places == null ? -1 : places);
            out.writeVInt(admitted);
            out.writeVInt(waitlist);
            out.writeVInt(centrePoints.length);
            for (double coordinate : centrePoints) {
                out.writeLong(Double.doubleToLongBits(coordinate));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    static ShownOffering decode(BytesRef bytes) {
        try {
            return decode(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static ShownOffering decode(ByteArrayDataInput in) throws IOException {
        String titleSv = readOptional(in);
        String titleEn = readOptional(in);
        long id = in.readVLong();
        String descriptionSv = readOptional(in);
        String descriptionEn = readOptional(in);
        long providerId = in.readVLong();
        String providerName = in.readString();
        LocalDate start = LocalDate.ofEpochDay(in.readZLong());
        LocalDate end = LocalDate.ofEpochDay(in.readZLong());
        String pace = in.readString();
        String mode = in.readString();
        String instructionLanguage = in.readString();
        int places = in.readZInt();
        int admitted = in.readVInt();
        int waitlist = in.readVInt();
        double[] points = new double[in.readVInt()];
        for (int i = 0; i < points.length; i++) {
            points[i] = Double.longBitsToDouble(in.readLong());
        }
        return new ShownOffering(id, titleSv, titleEn, descriptionSv, descriptionEn, providerId, providerName, start, end,
                pace, mode, instructionLanguage, places < 0 ? null : places, admitted, waitlist, points);
    }

    /** The Swedish and the English title (either may be null), without decoding the rest. */
    static String[] decodeTitles(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            return new String[] {readOptional(in), readOptional(in)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shown offerings of the given documents (top-level ids), read in document order, segment by segment. */
    static Map<Integer, ShownOffering> read(IndexReader reader, int[] docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, ShownOffering> shown = new HashMap<>();
        int current = -1;
        BinaryDocValues values = null;
        for (int doc : sorted) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != current) {
                current = leaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(OfferingFields.SHOWN);
            }
            if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
                shown.put(doc, decode(values.binaryValue()));
            }
        }
        return shown;
    }

    private static void writeOptional(ByteBuffersDataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readOptional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
