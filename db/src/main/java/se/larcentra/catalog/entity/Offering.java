package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * One run of a course (kurstillfälle): its dates, pace and mode, the centres where its mandatory
 * sessions and exams can be taken, its places and when learners may apply.
 *
 * <p>Its status is not stored but follows from the dates and the clock (an offering starts running on
 * its start date whatever anybody remembers to do), except for cancellation, which is a decision.
 */
@Entity
@Table(name = "offering")
@NamedQuery(name = "Offering.count", query = "SELECT COUNT(o) FROM Offering o")
@NamedQuery(name = "Offering.byIds", query = "SELECT o FROM Offering o JOIN FETCH o.course c JOIN FETCH c.provider WHERE o.id IN :ids")
@NamedQuery(name = "Offering.byExternalRef",
        query = "SELECT o FROM Offering o WHERE o.externalRef.source = :source AND o.externalRef.externalId = :externalId")
public class Offering extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "offering_seq", sequenceName = "offering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Embedded
    private Pace pace;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_mode", nullable = false, length = 10)
    private StudyMode mode;

    @Column(name = "mandatory_onsite_sessions", nullable = false)
    private int mandatoryOnSiteSessions;

    @Column(name = "mandatory_remote_sessions", nullable = false)
    private int mandatoryRemoteSessions;

    @ManyToMany
    @JoinTable(name = "offering_centre",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "centre_id"))
    private Set<LearningCentre> hostingCentres = new HashSet<>();

    /** Places (seats); {@code null} when the offering takes everybody who applies. */
    @Column(name = "places")
    private Integer places;

    @Embedded
    private ApplicationWindow applicationWindow;

    @Embedded
    private Fee fee;

    /** ISO 639-1 code of the language the course is taught in. */
    @Column(name = "instruction_language", nullable = false, length = 2)
    private String instructionLanguage;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    /** Whether a teacher or coordinator decides on each application (it then holds no seat until admitted). */
    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    /**
     * Seats taken and learners waiting. Written only by the enrolment component, with SQL under the
     * offering row's lock (so never by JPA: an edit of the offering cannot overwrite them) and
     * guarded by a check constraint that admitted never exceeds places.
     */
    @Column(name = "admitted_count", insertable = false, updatable = false)
    private int admittedCount;

    @Column(name = "waitlist_count", insertable = false, updatable = false)
    private int waitlistCount;

    @Embedded
    private ExternalRef externalRef;

    protected Offering() {
    }

    public Offering(Course course, LocalDate startDate, LocalDate endDate, Pace pace, StudyMode mode,
            ApplicationWindow applicationWindow) {
        this.course = Objects.requireNonNull(course, "course");
        reschedule(startDate, endDate);
        this.pace = Objects.requireNonNull(pace, "pace");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.applicationWindow = Objects.requireNonNull(applicationWindow, "application window");
        this.fee = Fee.free();
        this.instructionLanguage = "sv";
    }

    public void reschedule(LocalDate newStart, LocalDate newEnd) {
        Objects.requireNonNull(newStart, "start date");
        Objects.requireNonNull(newEnd, "end date");
        if (newEnd.isBefore(newStart)) {
            throw new IllegalArgumentException("an offering ends on or after its start: " + newStart + "–" + newEnd);
        }
        this.startDate = newStart;
        this.endDate = newEnd;
    }

    public void changePace(Pace newPace) {
        this.pace = Objects.requireNonNull(newPace, "pace");
    }

    /** How it is studied, and how many mandatory sessions it has on site and remotely. */
    public void changeMode(StudyMode newMode, int onSiteSessions, int remoteSessions) {
        if (onSiteSessions < 0 || remoteSessions < 0) {
            throw new IllegalArgumentException("session counts are zero or more");
        }
        this.mode = Objects.requireNonNull(newMode, "mode");
        this.mandatoryOnSiteSessions = onSiteSessions;
        this.mandatoryRemoteSessions = remoteSessions;
    }

    public void hostAt(Collection<LearningCentre> centres) {
        hostingCentres.clear();
        hostingCentres.addAll(centres);
    }

    /** Limits the offering to {@code count} places; {@code null} for no limit. */
    public void offerPlaces(Integer count) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException("places are zero or more: " + count);
        }
        this.places = count;
    }

    public void changeApplicationWindow(ApplicationWindow window) {
        this.applicationWindow = Objects.requireNonNull(window, "application window");
    }

    public void charge(Fee newFee) {
        this.fee = Objects.requireNonNull(newFee, "fee");
    }

    public void teachIn(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("an ISO 639-1 language code: " + language);
        }
        this.instructionLanguage = language;
    }

    public void cancel() {
        this.cancelled = true;
    }

    public void requireApproval(boolean required) {
        this.requiresApproval = required;
    }

    public void identifyAs(ExternalRef ref) {
        this.externalRef = ref;
    }

    /** The status on the day {@code moment} falls on in Sweden. */
    public OfferingStatus statusAt(Instant moment) {
        if (cancelled) {
            return OfferingStatus.CANCELLED;
        }
        LocalDate today = moment.atZone(ApplicationWindow.SWEDEN).toLocalDate();
        if (today.isAfter(endDate)) {
            return OfferingStatus.FINISHED;
        }
        if (!today.isBefore(startDate)) {
            return OfferingStatus.RUNNING;
        }
        if (applicationWindow.isOpenAt(moment)) {
            return OfferingStatus.OPEN_FOR_APPLICATION;
        }
        return OfferingStatus.PLANNED;
    }

    public boolean isOpenForApplicationAt(Instant moment) {
        return statusAt(moment) == OfferingStatus.OPEN_FOR_APPLICATION;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Pace getPace() {
        return pace;
    }

    public StudyMode getMode() {
        return mode;
    }

    public int getMandatoryOnSiteSessions() {
        return mandatoryOnSiteSessions;
    }

    public int getMandatoryRemoteSessions() {
        return mandatoryRemoteSessions;
    }

    public List<LearningCentre> getHostingCentres() {
        return hostingCentres.stream()
                .sorted(Comparator.comparing(LearningCentre::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Optional<Integer> getPlaces() {
        return Optional.ofNullable(places);
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    /** Admitted learners, as last read from the database. */
    public int getAdmittedCount() {
        return admittedCount;
    }

    public int getWaitlistCount() {
        return waitlistCount;
    }

    /** Places not taken; empty when the offering has no limit. */
    public Optional<Integer> getSeatsLeft() {
        return getPlaces().map(p -> Math.max(0, p - admittedCount));
    }

    public ApplicationWindow getApplicationWindow() {
        return applicationWindow;
    }

    public Fee getFee() {
        return fee;
    }

    public String getInstructionLanguage() {
        return instructionLanguage;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Optional<ExternalRef> getExternalRef() {
        return Optional.ofNullable(externalRef);
    }
}
