package se.larcentra.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.web.Http;
import se.larcentra.web.Localized;
import se.larcentra.web.centre.CentreLink;
import se.larcentra.web.format.DateFormats;
import se.larcentra.web.i18n.Labels;
import se.larcentra.web.i18n.LocaleBean;

/**
 * One offering at its stable address {@code /offering/{id}}: the course in the session's language
 * (falling back to the other, marked with {@code lang}), and everything a learner needs to decide.
 * An id that is malformed or unknown is a real 404.
 */
@Named
// View-scoped, not request-scoped: on the postback of the Apply button, the parts of the page that
// are rendered only for an open offering must be known while Faces decodes the form, before the
// view action runs again; a fresh request bean would not know them and the button would be ignored.
@ViewScoped
public class OfferingPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean localeBean;

    @Inject
    Labels labels;

    @Inject
    Clock clock;

    private String id;
    private transient Offering offering;
    private transient Localized title;
    private String descriptionLanguage;
    private transient List<String> descriptionParagraphs = List.of();
    private transient OfferingStatus status;
    private transient List<CentreLink> centres = List.of();

    /** The view action: loads what the address asks for, or shows the 404 page. */
    public String load() {
        offering = Http.parseId(id).flatMap(catalog::findOffering).orElse(null);
        if (offering == null) {
            return Http.notFound();
        }
        String language = localeBean.getLanguage();
        Course course = offering.getCourse();
        String shownIn = course.textLanguage(language);
        CourseText text = course.text(language);
        title = new Localized(text.title(), shownIn);
        descriptionLanguage = shownIn;
        descriptionParagraphs = paragraphs(text.description());
        status = offering.statusAt(clock.instant());
        centres = offering.getHostingCentres().stream().map(c -> CentreLink.of(c, language)).toList();
        return null;
    }

    /** This page's address, for the login page to come back to. */
    public String getLoginReturn() {
        return java.net.URLEncoder.encode(se.larcentra.web.PrettyUrls.offering(offering.getId()), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A description's paragraphs, split at blank lines. */
    static List<String> paragraphs(String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        return Arrays.stream(description.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Offering getOffering() {
        return offering;
    }

    public Course getCourse() {
        return offering.getCourse();
    }

    public Localized getTitle() {
        return title;
    }

    public List<String> getDescriptionParagraphs() {
        return descriptionParagraphs;
    }

    public String getDescriptionLanguage() {
        return descriptionLanguage;
    }

    /** Whether the course's texts are shown in another language than the page's. */
    public boolean isTextInOtherLanguage() {
        return title != null && title.isForeignTo(localeBean.getLanguage());
    }

    public String getTextLanguageName() {
        return labels.language(descriptionLanguage);
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public List<CentreLink> getCentres() {
        return centres;
    }

    public String getCredits() {
        Course course = offering.getCourse();
        return labels.credits(course.getCredits().orElse(null), course.getCreditSystem());
    }

    public String getSessions() {
        int onSite = offering.getMandatoryOnSiteSessions();
        int remote = offering.getMandatoryRemoteSessions();
        return onSite == 0 && remote == 0
                ? labels.text("offering.sessions.none")
                : labels.format("offering.sessions.value", onSite, remote);
    }

    public String getPlaces() {
        return offering.getPlaces().map(labels::number).orElseGet(() -> labels.text("offering.places.unlimited"));
    }

    public String getApplicationWindow() {
        ApplicationWindow window = offering.getApplicationWindow();
        if (window.isContinuous()) {
            return labels.text("offering.application.continuous");
        }
        return labels.format("offering.application.window",
                DateFormats.date(window.firstDay().orElse(null), localeBean.getLocale()),
                DateFormats.date(window.lastDay().orElse(null), localeBean.getLocale()));
    }

    public String getInstructionLanguage() {
        return labels.language(offering.getInstructionLanguage());
    }
}
