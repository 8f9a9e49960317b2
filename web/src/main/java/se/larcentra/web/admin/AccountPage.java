package se.larcentra.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.larcentra.account.boundary.AccountNotFoundException;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.account.boundary.AccountView;
import se.larcentra.account.boundary.Accounts;
import se.larcentra.account.boundary.NewStaff;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.web.FormProblems;
import se.larcentra.web.Http;
import se.larcentra.web.Texts;
import se.larcentra.web.i18n.LocaleBean;

/**
 * One account for administrators: a new staff account (its owner is mailed a link to choose a
 * password), or an existing one's roles, the centres it coordinates and the offerings it teaches,
 * and whether it may sign in.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A centre to tick; {@code label} is its name and municipality. */
    public record Choice(String value, String label) implements Serializable {
    }

    /** An offering the account teaches, with its title for the page. */
    public record Taught(long id, String title) implements Serializable {
    }

    @Inject
    Accounts accounts;

    @Inject
    CentreAdmin centreAdmin;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private String id;
    private AccountView account;
    private String username;
    private String email;
    private String name;
    private String language = "sv";
    private List<String> roles = new ArrayList<>();
    private List<String> centreIds = new ArrayList<>();
    private String offeringIds = "";
    private List<Choice> centres;
    private List<Taught> taught = List.of();

    /** View action: a new account without id, a 404 for an unknown one. */
    public String load() {
        if (centres == null) {
            centres = centreAdmin.managedCentres().stream()
                    .map(c -> new Choice(String.valueOf(c.getId()), c.name(locale.getLanguage()) + " (" + c.getMunicipality().getName() + ")"))
                    .toList();
        }
        if (id == null || id.isEmpty()) {
            return null;
        }
        Optional<Long> wanted = Http.parseId(id);
        if (wanted.isEmpty()) {
            return Http.notFound();
        }
        try {
            show(accounts.get(wanted.get()));
        } catch (AccountNotFoundException e) {
            return Http.notFound();
        }
        return null;
    }

    private void show(AccountView view) {
        account = view;
        roles = new ArrayList<>(view.roles());
        centreIds = new ArrayList<>(view.centreIds().stream().map(String::valueOf).toList());
        offeringIds = String.join(", ", view.offeringIds().stream().map(String::valueOf).toList());
        taught = view.offeringIds().stream()
                .map(o -> new Taught(o, catalog.findOffering(o).map(f -> f.getCourse().title(locale.getLanguage())).orElse("")))
                .toList();
    }

    public void save() throws IOException {
        Optional<List<Long>> offerings = parseIds(offeringIds);
        if (offerings.isEmpty()) {
            Texts.error("account:offerings", "admin.account.offerings.invalid");
            return;
        }
        List<Long> centresTicked = centreIds.stream().map(Long::valueOf).toList();
        try {
            if (account == null) {
                AccountView created = accounts.create(new NewStaff(trim(username), trim(email), trim(name), language,
                        Set.copyOf(roles), centresTicked, offerings.get()));
                Texts.afterRedirect("admin.account.createdNotice", created.username());
                Http.redirect("/admin/account.xhtml?id=" + created.id());
            } else {
                accounts.changeRoles(account.id(), Set.copyOf(roles), centresTicked, offerings.get());
                Texts.afterRedirect("admin.saved");
                Http.redirect("/admin/account.xhtml?id=" + account.id());
            }
        } catch (AccountRefusedException e) {
            switch (e.reason()) {
                case USERNAME_TAKEN -> Texts.error("account:username", "register.username.taken");
                case EMAIL_TAKEN -> Texts.error("account:email", "register.email.taken");
                case OWN_ACCOUNT -> Texts.error(null, "admin.account.own");
                default -> Texts.error(null, "register.invalid");
            }
        } catch (OfferingNotFoundException e) {
            Texts.error("account:offerings", "admin.account.offerings.unknown");
        } catch (CentreNotFoundException e) {
            Texts.error(null, "admin.account.centre.unknown");
        } catch (RuntimeException e) {
            if (!FormProblems.show("account", e)) {
                throw e;
            }
        }
    }

    public void setActive(boolean active) throws IOException {
        try {
            accounts.setActive(account.id(), active);
            Texts.afterRedirect(active ? "admin.activated" : "admin.deactivated");
            Http.redirect("/admin/account.xhtml?id=" + account.id());
        } catch (AccountRefusedException e) {
            Texts.error(null, "admin.account.own");
        }
    }

    /** Offering numbers separated by commas or spaces; empty when something else is typed. */
    static Optional<List<Long>> parseIds(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Long> parsed = Http.parseId(part);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            ids.add(parsed.get());
        }
        return Optional.of(List.copyOf(ids));
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public boolean isNew() {
        return account == null;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<Choice> getCentres() {
        return centres;
    }

    public List<Taught> getTaught() {
        return taught;
    }

    public List<String> getAllRoles() {
        return AccountsPage.roleNames();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "sv";
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles.stream().filter(r -> r.matches(AccountsPage.ROLES)).toList());
    }

    public List<String> getCentreIds() {
        return centreIds;
    }

    public void setCentreIds(List<String> centreIds) {
        this.centreIds = centreIds == null ? new ArrayList<>()
                : new ArrayList<>(centreIds.stream().filter(c -> Http.parseId(c).isPresent()).toList());
    }

    public String getOfferingIds() {
        return offeringIds;
    }

    public void setOfferingIds(String offeringIds) {
        this.offeringIds = offeringIds;
    }
}
