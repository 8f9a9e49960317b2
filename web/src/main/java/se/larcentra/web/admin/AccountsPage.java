package se.larcentra.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.larcentra.account.boundary.AccountView;
import se.larcentra.account.boundary.Accounts;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.web.Http;

/** Administrators' list of accounts: found by name, username or address, filtered by role, paged by GET. */
@Named
@RequestScoped
public class AccountsPage {

    static final int PAGE_SIZE = 50;
    static final String ROLES = se.larcentra.account.entity.Role.NAME_PATTERN;

    @Inject
    Accounts accounts;

    private String q;
    private String role;
    private String page;
    private ResultPage<AccountView> result;

    public ResultPage<AccountView> getResult() {
        if (result == null) {
            String text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(200, q.strip().length()));
            result = accounts.list(text, getRoleFilter(), getPageNumber(), PAGE_SIZE);
        }
        return result;
    }

    /** Every role's name, in the order of {@link se.larcentra.account.entity.Role}. */
    public static java.util.List<String> roleNames() {
        return java.util.Arrays.stream(se.larcentra.account.entity.Role.values()).map(se.larcentra.account.entity.Role::roleName).toList();
    }

    public java.util.List<String> getAllRoles() {
        return roleNames();
    }

    /** The role filter, when it names a role. */
    public String getRoleFilter() {
        return role != null && role.matches(ROLES) ? role : null;
    }

    public int getPageNumber() {
        return Http.parseId(page).map(p -> (int) Math.min(p, 10_000)).orElse(0);
    }

    public boolean isHasNext() {
        return (long) (getPageNumber() + 1) * PAGE_SIZE < getResult().total();
    }

    /** The list's address for another page, keeping the search. */
    public String href(int pageNumber) {
        StringBuilder href = new StringBuilder(Http.contextPath()).append("/admin/accounts.xhtml?page=").append(pageNumber);
        if (q != null && !q.isBlank()) {
            href.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (getRoleFilter() != null) {
            href.append("&role=").append(getRoleFilter());
        }
        return href.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
