package se.larcentra.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.larcentra.account.control.OneTimeLinks;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.OneTimeLink;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.mail.control.Outbox;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.platform.control.AuditLog;

/** Administrators manage accounts: create staff, change roles and ties, deactivate and reactivate. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Accounts {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    OneTimeLinks links;

    @Inject
    se.larcentra.account.control.AccountNames names;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /**
     * One page of accounts by username; {@code text}, when given, keeps those whose username, name or
     * e-mail address contains it (case ignored), and {@code role} those holding that role.
     */
    public ResultPage<AccountView> list(@Size(max = 200) String text,
            @Pattern(regexp = Role.NAME_PATTERN) String role, @Min(0) int page, @Min(1) @Max(100) int size) {
        // Conditions are added only when used: PostgreSQL cannot type a null parameter in "? IS NULL".
        List<String> conditions = new java.util.ArrayList<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text OR LOWER(a.email) LIKE :text)");
        }
        if (role != null) {
            conditions.add("EXISTS (SELECT b.id FROM Account b JOIN b.roles r WHERE b = a AND r = :role)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var count = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        var select = em.createQuery("SELECT a FROM Account a" + where + " ORDER BY a.username", Account.class);
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\\\%_]", "") + "%";
            count.setParameter("text", like);
            select.setParameter("text", like);
        }
        if (role != null) {
            count.setParameter("role", Role.ofName(role));
            select.setParameter("role", Role.ofName(role));
        }
        long total = count.getSingleResult();
        List<AccountView> items = select.setFirstResult(page * size).setMaxResults(size).getResultStream().map(Accounts::view).toList();
        return new ResultPage<>(items, total, page, size);
    }

    public AccountView get(long id) {
        return view(find(id));
    }

    /** Creates a staff account and mails its owner a link to choose a password. */
    public AccountView create(@NotNull @Valid NewStaff form) {
        String username = Account.normalUsername(form.username());
        String email = Account.normalEmail(form.email());
        names.requireFree(username, email);
        Account account = new Account(username, email, form.name(), form.language(), roles(form.roles()), AccountStatus.ACTIVE);
        tie(account, form.centreIds(), form.offeringIds());
        em.persist(account);
        em.flush();
        Duration valid = Duration.ofDays(3);
        String token = links.create(account, OneTimeLink.Purpose.RESET_PASSWORD, valid);
        outbox.enqueueSecret(email, form.language(), "welcome", account.getDisplayName(),
                Outbox.baseUrl() + "account/reset.xhtml?token=" + token, valid.toDays(), username);
        audit.record(me(), "account.create", "account:" + account.getId(), "roles " + form.roles());
        return view(account);
    }

    /** Replaces an account's roles and its ties to centres (coordinators) and offerings (teachers). */
    public AccountView changeRoles(long id, @NotNull Set<@NotNull String> roleNames, List<Long> centreIds, List<Long> offeringIds) {
        Account account = find(id);
        Set<Role> before = account.getRoles();
        if (isMe(account) && before.contains(Role.ADMINISTRATOR) && !roleNames.contains(Role.ADMINISTRATOR_NAME)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.OWN_ACCOUNT);
        }
        account.grant(roles(roleNames));
        tie(account, centreIds, offeringIds);
        audit.record(me(), "account.roles", "account:" + id, "from " + before + " to " + account.getRoles());
        return view(account);
    }

    public AccountView setActive(long id, boolean active) {
        Account account = find(id);
        if (!active && isMe(account)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.OWN_ACCOUNT);
        }
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        audit.record(me(), active ? "account.activate" : "account.deactivate", "account:" + id, null);
        return view(account);
    }

    private void tie(Account account, List<Long> centreIds, List<Long> offeringIds) {
        account.coordinate(Optional.ofNullable(centreIds).orElse(List.of()).stream()
                .map(cid -> Optional.ofNullable(em.find(LearningCentre.class, cid)).orElseThrow(() -> new CentreNotFoundException(cid)))
                .toList());
        account.teach(Optional.ofNullable(offeringIds).orElse(List.of()).stream()
                .map(oid -> Optional.ofNullable(em.find(Offering.class, oid)).orElseThrow(() -> new OfferingNotFoundException(oid)))
                .toList());
    }

    private static Set<Role> roles(Set<String> names) {
        return names.stream().map(Role::ofName).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private Account find(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).orElseThrow(() -> new AccountNotFoundException(id));
    }

    private boolean isMe(Account account) {
        return account.getUsername().equals(me());
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getEmail().orElse(null), a.getDisplayName(), a.getLanguage(),
                a.getStatus().name(), a.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()),
                a.getCentres().stream().map(LearningCentre::getId).sorted().toList(),
                a.getTaughtOfferings().stream().map(Offering::getId).sorted(Comparator.naturalOrder()).toList(),
                a.getCreatedAt());
    }
}
