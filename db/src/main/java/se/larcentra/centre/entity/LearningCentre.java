package se.larcentra.centre.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.platform.entity.TrackedEntity;
import se.larcentra.platform.entity.Translations;

/**
 * A learning centre (lärcentrum): a place in a municipality where distance learners study, meet
 * tutors and write exams. Its name is stored per language; its rooms belong to it.
 */
@Entity
@Table(name = "learning_centre")
@NamedQuery(name = "LearningCentre.active",
        query = "SELECT c FROM LearningCentre c JOIN c.municipality m WHERE c.active = TRUE ORDER BY m.name, c.id")
@NamedQuery(name = "LearningCentre.byExternalRef",
        query = "SELECT c FROM LearningCentre c WHERE c.externalRef.source = :source AND c.externalRef.externalId = :externalId")
public class LearningCentre extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "centre_seq", sequenceName = "centre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "centre_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_code", nullable = false)
    private Municipality municipality;

    @ElementCollection
    @CollectionTable(name = "centre_name", joinColumns = @JoinColumn(name = "centre_id"))
    @MapKeyColumn(name = "lang", length = 2)
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Embedded
    private Address address;

    @Embedded
    private GeoPoint location;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @ElementCollection
    @CollectionTable(name = "centre_opening_hours", joinColumns = @JoinColumn(name = "centre_id"))
    private Set<OpeningHours> openingHours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "centre_closed_day", joinColumns = @JoinColumn(name = "centre_id"))
    private Set<ClosedDay> closedDays = new HashSet<>();

    @OneToMany(mappedBy = "centre")
    @OrderBy("id")
    private List<Room> rooms = new ArrayList<>();

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Embedded
    private ExternalRef externalRef;

    protected LearningCentre() {
    }

    public LearningCentre(Municipality municipality, Map<String, String> names, Address address, GeoPoint location) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        rename(names);
        moveTo(address, location);
    }

    public void rename(Map<String, String> newNames) {
        if (newNames == null || newNames.values().stream().allMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("a centre needs a name in at least one language");
        }
        names.clear();
        newNames.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(Translations.requireLanguage(language), name.strip());
            }
        });
    }

    public void moveTo(Address newAddress, GeoPoint newLocation) {
        this.address = Objects.requireNonNull(newAddress, "address");
        this.location = Objects.requireNonNull(newLocation, "location");
    }

    public void setContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    /** Replaces the weekly opening hours; two periods on one day may not overlap. */
    public void setOpeningHours(Collection<OpeningHours> hours) {
        List<OpeningHours> sorted = hours.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("opening hours overlap on " + sorted.get(i).day());
            }
        }
        openingHours.clear();
        openingHours.addAll(sorted);
    }

    /** Closes the centre on a day (all day, or from a time), in place of what was said of that day before. */
    public void close(ClosedDay day) {
        closedDays.removeIf(existing -> existing.day().equals(day.day()));
        closedDays.add(day);
    }

    /** Takes back a closed or shortened day; whether there was one. */
    public boolean reopen(LocalDate day) {
        return closedDays.removeIf(existing -> existing.day().equals(day));
    }

    /** Adds a room to this centre; the caller persists it. */
    public Room addRoom(Map<String, String> roomNames, RoomType type, int capacity, Set<Equipment> equipment) {
        Room room = new Room(this, roomNames, type, capacity, equipment);
        rooms.add(room);
        return room;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public void identifyAs(ExternalRef ref) {
        this.externalRef = ref;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public String name(String language) {
        return Translations.pick(names, language).orElse("");
    }

    public Address getAddress() {
        return address;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours.stream().sorted().toList();
    }

    /** The centre's own closed and shortened days, in date order. */
    public List<ClosedDay> getClosedDays() {
        return closedDays.stream().sorted().toList();
    }

    public List<Room> getRooms() {
        return rooms.stream().sorted(Comparator.comparing(Room::getId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public boolean isActive() {
        return active;
    }

    public Optional<ExternalRef> getExternalRef() {
        return Optional.ofNullable(externalRef);
    }
}
