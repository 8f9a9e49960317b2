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
 * password hash (never the password), the roles, and the credential version that every session and
 * token of the account is checked against: changing the password or deactivating the account moves
 * it on, which ends them all. An account made by the demo data carries a demo mark, so that it can
 * be retired when the demo is turned off, whatever its name.
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

    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;

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

    /**
     * Sets a new password (its hash). Every session and token of the account ends: they were
     * granted to whoever knew the old one.
     */
    public void changePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        credentialVersion++;
    }

    /** An account of the demo data: retired when the server runs without it. Only at creation. */
    public static Account demo(String username, String email, String displayName, String language, Set<Role> roles,
            String passwordHash) {
        Account account = new Account(username, email, displayName, language, roles, AccountStatus.ACTIVE);
        account.demo = true;
        account.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        return account;
    }

    /**
     * Retires a demo account on a server without demo data: deactivated, its password gone and every
     * session ended. False when it was retired already (nothing changes), and for real accounts.
     */
    public boolean retireDemo() {
        if (!demo || (status == AccountStatus.DEACTIVATED && passwordHash == null)) {
            return false;
        }
        status = AccountStatus.DEACTIVATED;
        passwordHash = null;
        credentialVersion++;
        return true;
    }

    /** Brings a retired demo account back when the demo data is turned on again. */
    public boolean restoreDemo(String demoPasswordHash) {
        if (!demo || (status == AccountStatus.ACTIVE && demoPasswordHash.equals(passwordHash))) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        passwordHash = demoPasswordHash;
        return true;
    }

    public void confirmEmail(Instant at) {
        this.emailConfirmedAt = at;
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
        }
    }

    /** Signs the account out everywhere and keeps it from signing in, until reactivated. */
    public void deactivate() {
        status = AccountStatus.DEACTIVATED;
        credentialVersion++;
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

    /** Replaces personal data with a pseudonym; the row stays so that others' records keep their references. */
    public void erase(String pseudonym) {
        username = pseudonym;
        email = null;
        displayName = "—";
        municipalityCode = null;
        passwordHash = null;
        status = AccountStatus.ERASED;
        credentialVersion++;
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

    public int getCredentialVersion() {
        return credentialVersion;
    }

    public boolean isDemo() {
        return demo;
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
