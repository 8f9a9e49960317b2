package se.larcentra.search.control;

import static se.larcentra.search.control.OfferingFields.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.centre.entity.LearningCentre;

/** Turns an offering, with its course, provider and hosting centres, into its search document. */
public final class OfferingDocuments {

    /** Bump when the document or analysis changes: an index of another version is rebuilt. */
    public static final int INDEX_VERSION = 4;

    /**
     * Text whose postings keep the offsets of each term, so the highlighter finds matches without
     * analysing the text again (which costs the Hunspell lookups of every word shown). The text
     * itself is in the document's {@link ShownOffering}, not stored.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static final Properties SUBJECT_WORDS = subjectWords();
    private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();

    private OfferingDocuments() {
    }

    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_MUNICIPALITY, true);
        config.setMultiValued(FACET_CENTRE, true);
        return config;
    }

    public static Document document(Offering offering) {
        try {
            return FACETS_CONFIG.build(unfaceted(offering));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document unfaceted(Offering offering) {
        Course course = offering.getCourse();
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(offering.getId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_SORT, offering.getId()));

        CourseText swedish = course.getTexts().get("sv");
        CourseText english = course.getTexts().get("en");
        CourseText fallback = course.text("sv");
        CourseText shownSwedish = swedish != null ? swedish : fallback;
        addText(doc, TITLE_SV, shownSwedish.title(), true);
        addText(doc, DESCRIPTION_SV, shownSwedish.description(), true);
        if (english != null) {
            addText(doc, TITLE_EN, english.title(), true);
            addText(doc, DESCRIPTION_EN, english.description(), true);
        }
        addText(doc, TITLE_PARTS, fallback.title(), false);
        addText(doc, DESCRIPTION_PARTS, fallback.description(), false);
        addText(doc, SUBJECT_TEXT, SUBJECT_WORDS.getProperty(course.getSubject(), "") + " " + course.getSubject().replace('-', ' '), false);
        addText(doc, PROVIDER_TEXT, course.getProvider().getName(), false);
        course.getTexts().values().forEach(text -> addText(doc, SPELL, text.title(), false));
        doc.add(new StringField(CODE, course.getCode().value().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));

        long startDay = offering.getStartDate().toEpochDay();
        doc.add(new LongPoint(START_DAY, startDay));
        doc.add(new NumericDocValuesField(START_DAY, startDay));
        doc.add(new LongPoint(END_DAY, offering.getEndDate().toEpochDay()));
        var window = offering.getApplicationWindow();
        doc.add(new StringField(APPLICATION_CONTINUOUS, Boolean.toString(window.isContinuous()), Field.Store.NO));
        window.firstDay().ifPresent(d -> doc.add(new LongPoint(APPLICATION_OPENS, d.toEpochDay())));
        window.lastDay().ifPresent(d -> doc.add(new LongPoint(APPLICATION_CLOSES, d.toEpochDay())));
        doc.add(new StringField(CANCELLED, Boolean.toString(offering.isCancelled()), Field.Store.NO));

        Set<String> places = new LinkedHashSet<>();
        Set<String> municipalities = new LinkedHashSet<>();
        double[] centrePoints = new double[2 * offering.getHostingCentres().size()];
        int point = 0;
        for (LearningCentre centre : offering.getHostingCentres()) {
            double lat = centre.getLocation().latitude();
            double lon = centre.getLocation().longitude();
            doc.add(new LatLonPoint(LOCATION, lat, lon));
            doc.add(new LatLonDocValuesField(LOCATION_SORT, lat, lon));
            centrePoints[point++] = lat;
            centrePoints[point++] = lon;
            places.addAll(centre.getNames().values());
            places.add(centre.getMunicipality().getName());
            places.add(centre.getAddress().town());
            municipalities.add(centre.getMunicipality().getCode());
            doc.add(new SortedSetDocValuesFacetField(FACET_CENTRE, Long.toString(centre.getId())));
        }
        addText(doc, PLACE_TEXT, String.join(" ", places), false);
        municipalities.forEach(code -> doc.add(new SortedSetDocValuesFacetField(FACET_MUNICIPALITY, code)));

        doc.add(new SortedSetDocValuesFacetField(FACET_PROVIDER_TYPE, course.getProvider().getType().name()));
        doc.add(new SortedSetDocValuesFacetField(FACET_PROVIDER, Long.toString(course.getProvider().getId())));
        doc.add(new SortedSetDocValuesFacetField(FACET_SUBJECT, course.getSubject()));
        doc.add(new SortedSetDocValuesFacetField(FACET_LEVEL, course.getLevel().name()));
        doc.add(new SortedSetDocValuesFacetField(FACET_PACE, paceValue(offering)));
        doc.add(new SortedSetDocValuesFacetField(FACET_MODE, offering.getMode().name()));
        doc.add(new SortedSetDocValuesFacetField(FACET_START_MONTH, offering.getStartDate().toString().substring(0, 7)));
        doc.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, offering.getInstructionLanguage()));

        ShownOffering shown = new ShownOffering(offering.getId(), shownSwedish.title(),
                english == null ? null : blankToNull(english.title()), blankToNull(shownSwedish.description()),
                english == null ? null : blankToNull(english.description()), course.getProvider().getId(),
                course.getProvider().getName(), offering.getStartDate(), offering.getEndDate(), paceValue(offering),
                offering.getMode().name(), offering.getInstructionLanguage(), offering.getPlaces().orElse(null),
                offering.getAdmittedCount(), offering.getWaitlistCount(), centrePoints);
        doc.add(new BinaryDocValuesField(SHOWN, shown.encode()));
        return doc;
    }

    /** A pace as the API and the facets name it: {@code 50} or {@code individual}. */
    public static String paceValue(Offering offering) {
        var percentage = offering.getPace().percentage();
        return percentage.isPresent() ? Integer.toString(percentage.getAsInt()) : "individual";
    }

    /** Adds a text field; {@code highlighted}: with the offsets the snippets need. */
    private static void addText(Document doc, String field, String text, boolean highlighted) {
        if (text != null && !text.isBlank()) {
            doc.add(highlighted ? new Field(field, text, TEXT_WITH_OFFSETS) : new TextField(field, text, Field.Store.NO));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Properties subjectWords() {
        Properties words = new Properties();
        try (InputStream in = OfferingDocuments.class.getResourceAsStream("subject-words.properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
