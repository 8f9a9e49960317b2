package se.larcentra.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.platform.entity.TrackedEntity;

/** The booking rules a centre's coordinators set, stored; a centre without them has {@link BookingRules#DEFAULTS}. */
@Entity
@Table(name = "centre_booking_rules")
public class CentreBookingRules extends TrackedEntity {

    @Id
    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "min_minutes", nullable = false)
    private int minMinutes;

    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes;

    @Column(name = "lead_days", nullable = false)
    private int leadDays;

    /** The room types learners book, comma-separated. */
    @Column(name = "learner_room_types", nullable = false, length = 200)
    private String learnerRoomTypes;

    @Column(name = "member_quota_minutes", nullable = false)
    private int memberQuotaMinutes;

    @Column(name = "visitor_quota_minutes", nullable = false)
    private int visitorQuotaMinutes;

    protected CentreBookingRules() {
    }

    public CentreBookingRules(long centreId, BookingRules rules) {
        this.centreId = centreId;
        change(rules);
    }

    public void change(BookingRules rules) {
        minMinutes = (int) rules.minLength().toMinutes();
        maxMinutes = (int) rules.maxLength().toMinutes();
        leadDays = rules.leadDays();
        learnerRoomTypes = rules.learnerRoomTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        memberQuotaMinutes = (int) rules.weeklyQuota(Standing.MEMBER).orElseThrow().toMinutes();
        visitorQuotaMinutes = (int) rules.weeklyQuota(Standing.VISITOR).orElseThrow().toMinutes();
    }

    public BookingRules rules() {
        Set<RoomType> types = learnerRoomTypes.isBlank() ? EnumSet.noneOf(RoomType.class)
                : Arrays.stream(learnerRoomTypes.split(",")).map(RoomType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(RoomType.class)));
        return new BookingRules(Duration.ofMinutes(minMinutes), Duration.ofMinutes(maxMinutes), leadDays, types,
                Duration.ofMinutes(memberQuotaMinutes), Duration.ofMinutes(visitorQuotaMinutes));
    }

    @Override
    public Long getId() {
        return centreId;
    }
}
