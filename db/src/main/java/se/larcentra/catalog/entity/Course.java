package se.larcentra.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.platform.entity.TrackedEntity;
import se.larcentra.platform.entity.Translations;

/**
 * What is taught: a provider's course with its code, title and description per language, subject,
 * level and credits. Each run of it is an {@link Offering}.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.byExternalRef",
        query = "SELECT c FROM Course c WHERE c.externalRef.source = :source AND c.externalRef.externalId = :externalId")
public class Course extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Embedded
    private CourseCode code;

    @ElementCollection
    @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "lang", length = 2)
    private Map<String, CourseText> texts = new HashMap<>();

    /** A subject key such as {@code mathematics}; its label comes from the UI's bundles. */
    @Column(name = "subject", nullable = false, length = 60)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_level", nullable = false, length = 30)
    private StudyLevel level;

    @Column(name = "credits", precision = 6, scale = 1)
    private BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_system", nullable = false, length = 10)
    private CreditSystem creditSystem = CreditSystem.NONE;

    @Embedded
    private ExternalRef externalRef;

    protected Course() {
    }

    public Course(Provider provider, CourseCode code, Map<String, CourseText> texts, String subject, StudyLevel level) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.code = Objects.requireNonNull(code, "code");
        describe(texts);
        classify(subject, level);
    }

    /** Replaces the title and description in every language; at least one language is required. */
    public void describe(Map<String, CourseText> newTexts) {
        if (newTexts == null || newTexts.isEmpty()) {
            throw new IllegalArgumentException("a course needs a title in at least one language");
        }
        texts.clear();
        newTexts.forEach((language, text) -> texts.put(Translations.requireLanguage(language),
                Objects.requireNonNull(text, "text")));
    }

    public void classify(String newSubject, StudyLevel newLevel) {
        if (newSubject == null || !newSubject.matches("[a-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("a subject key is lower case letters, digits and dashes: " + newSubject);
        }
        this.subject = newSubject;
        this.level = Objects.requireNonNull(newLevel, "level");
    }

    /** Credits in a system; {@code null} credits with {@link CreditSystem#NONE}. */
    public void award(BigDecimal newCredits, CreditSystem system) {
        Objects.requireNonNull(system, "credit system");
        if (system == CreditSystem.NONE) {
            this.credits = null;
        } else if (newCredits == null || newCredits.signum() <= 0) {
            throw new IllegalArgumentException("credits must be positive: " + newCredits);
        } else {
            this.credits = newCredits;
        }
        this.creditSystem = system;
    }

    public void identifyAs(ExternalRef ref) {
        this.externalRef = ref;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public CourseCode getCode() {
        return code;
    }

    public Map<String, CourseText> getTexts() {
        return Map.copyOf(texts);
    }

    /** The text in {@code language}, falling back to Swedish, then English. */
    public CourseText text(String language) {
        return Translations.pick(texts, language).orElseThrow();
    }

    /** The language of the text shown for {@code language} (differs when falling back). */
    public String textLanguage(String language) {
        return Translations.languageFor(texts, language).orElseThrow();
    }

    public String title(String language) {
        return text(language).title();
    }

    public String getSubject() {
        return subject;
    }

    public StudyLevel getLevel() {
        return level;
    }

    public Optional<BigDecimal> getCredits() {
        return Optional.ofNullable(credits);
    }

    public CreditSystem getCreditSystem() {
        return creditSystem;
    }

    public Optional<ExternalRef> getExternalRef() {
        return Optional.ofNullable(externalRef);
    }
}
