package se.larcentra.centre.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.larcentra.platform.entity.TrackedEntity;
import se.larcentra.platform.entity.Translations;

/** A bookable room of a learning centre. */
@Entity
@Table(name = "room")
public class Room extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id", nullable = false)
    private LearningCentre centre;

    @ElementCollection
    @CollectionTable(name = "room_name", joinColumns = @JoinColumn(name = "room_id"))
    @MapKeyColumn(name = "lang", length = 2)
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false, length = 30)
    private RoomType type;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @ElementCollection
    @CollectionTable(name = "room_equipment", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "equipment", nullable = false, length = 30)
    private Set<Equipment> equipment = new HashSet<>();

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Room() {
    }

    Room(LearningCentre centre, Map<String, String> names, RoomType type, int capacity, Set<Equipment> equipment) {
        this.centre = Objects.requireNonNull(centre, "centre");
        change(names, type, capacity, equipment);
    }

    public void change(Map<String, String> newNames, RoomType newType, int newCapacity, Set<Equipment> newEquipment) {
        if (newNames == null || newNames.isEmpty()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        if (newCapacity < 1) {
            throw new IllegalArgumentException("a room seats at least one person: " + newCapacity);
        }
        names.clear();
        newNames.forEach((language, name) -> names.put(Translations.requireLanguage(language), name.strip()));
        type = Objects.requireNonNull(newType, "type");
        capacity = newCapacity;
        equipment.clear();
        equipment.addAll(newEquipment);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LearningCentre getCentre() {
        return centre;
    }

    public Map<String, String> getNames() {
        return Map.copyOf(names);
    }

    public String name(String language) {
        return Translations.pick(names, language).orElse("");
    }

    public RoomType getType() {
        return type;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<Equipment> getEquipment() {
        return equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment);
    }

    public boolean isActive() {
        return active;
    }
}
