package se.larcentra.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * A person who signs in: a learner who registered, or staff created by an administrator. Holds the
 * password hash (never the password), the roles, and the failed-login state that throttles
 * guessing.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account extends TrackedEntity {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{2,59}";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "lang", nullable = false, length = 2)
    private String language;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_failed_login")
    private Instant lastFailedLogin;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany
    @JoinTable(name = "account_centre", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "centre_id"))
    private Set<LearningCentre> centres = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "account_offering", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "offering_id"))
    private Set<Offering> taughtOfferings = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String email, String displayName, String language, Set<Role> roles,
            AccountStatus status) {
        this.username = normalUsername(username);
        this.email = email == null ? null : normalEmail(email);
        rename(displayName);
        speak(language);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Usernames are compared in lower case: "Anna" and "anna" are one account. */
    public static String normalUsername(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    public static String normalEmail(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is needed");
        }
        this.displayName = name.strip();
    }

    public void speak(String lang) {
        if (!"sv".equals(lang) && !"en".equals(lang)) {
            throw new IllegalArgumentException("sv or en: " + lang);
        }
        this.language = lang;
    }

    public void liveIn(String code) {
        this.municipalityCode = code;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void confirmEmail(Instant at) {
        this.emailConfirmedAt = at;
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void deactivate() {
        status = AccountStatus.DEACTIVATED;
    }

    public void activate() {
        status = AccountStatus.ACTIVE;
    }

    public void grant(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void coordinate(Collection<LearningCentre> newCentres) {
        centres.clear();
        centres.addAll(newCentres);
    }

    public void teach(Collection<Offering> offerings) {
        taughtOfferings.clear();
        taughtOfferings.addAll(offerings);
    }

    /**
     * Counts a failed login: after {@code lockAfter} failures in a row the account is locked for
     * {@code lockFor}. Returns whether it is locked now.
     */
    public boolean failLogin(Instant at, int lockAfter, Duration lockFor) {
        failedLogins++;
        lastFailedLogin = at;
        if (failedLogins >= lockAfter) {
            lockedUntil = at.plus(lockFor);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void succeedLogin() {
        failedLogins = 0;
        lastFailedLogin = null;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** Replaces personal data with a pseudonym; the row stays so that others' records keep their references. */
    public void erase(String pseudonym) {
        username = pseudonym;
        email = null;
        displayName = "—";
        municipalityCode = null;
        passwordHash = null;
        status = AccountStatus.ERASED;
        roles.clear();
        centres.clear();
        taughtOfferings.clear();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> getMunicipalityCode() {
        return Optional.ofNullable(municipalityCode);
    }

    public String getLanguage() {
        return language;
    }

    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Optional<Instant> getEmailConfirmedAt() {
        return Optional.ofNullable(emailConfirmedAt);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Optional<Instant> getLastFailedLogin() {
        return Optional.ofNullable(lastFailedLogin);
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<LearningCentre> getCentres() {
        return Set.copyOf(centres);
    }

    public Set<Offering> getTaughtOfferings() {
        return Set.copyOf(taughtOfferings);
    }
}
