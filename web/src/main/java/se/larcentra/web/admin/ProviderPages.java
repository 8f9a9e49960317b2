package se.larcentra.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.larcentra.catalog.boundary.ProviderNotFoundException;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.web.FormProblems;
import se.larcentra.web.Http;
import se.larcentra.web.Texts;

/** Administrators' providers: the list (inactive ones too), and one provider to create, edit or deactivate. */
@Named
@ViewScoped
public class ProviderPages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreAdmin admin;

    @Inject
    se.larcentra.catalog.boundary.Catalog catalog;

    private String id;
    private Long providerId;
    private boolean active = true;
    private String name;
    private String type = ProviderType.UNIVERSITY.name();
    private String website;
    private transient List<Provider> providers;

    public List<Provider> getProviders() {
        if (providers == null) {
            providers = admin.allProviders();
        }
        return providers;
    }

    /** View action of the provider page: an empty form without id, 404 for an unknown provider. */
    public String load() {
        if (providerId != null || id == null || id.isEmpty()) {
            return null;
        }
        Optional<Long> wanted = Http.parseId(id);
        if (wanted.isEmpty()) {
            return Http.notFound();
        }
        try {
            Provider provider = catalog.getProvider(wanted.get());
            providerId = provider.getId();
            active = provider.isActive();
            name = provider.getName();
            type = provider.getType().name();
            website = provider.getWebsite();
        } catch (ProviderNotFoundException e) {
            return Http.notFound();
        }
        return null;
    }

    public void save() throws IOException {
        ProviderType chosen;
        try {
            chosen = ProviderType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            FormProblems.invalid(null, "type", null);
            return;
        }
        var form = new CentreAdmin.ProviderForm(name, chosen, website == null || website.isBlank() ? null : website.strip());
        try {
            if (providerId == null) {
                long created = admin.createProvider(form);
                Texts.afterRedirect("admin.provider.created");
                Http.redirect("/admin/provider.xhtml?id=" + created);
            } else {
                admin.updateProvider(providerId, form);
                Texts.afterRedirect("admin.saved");
                Http.redirect("/admin/provider.xhtml?id=" + providerId);
            }
        } catch (RuntimeException e) {
            if (!FormProblems.show("provider", e)) {
                throw e;
            }
        }
    }

    public void setProviderActive(boolean makeActive) throws IOException {
        admin.setProviderActive(providerId, makeActive);
        Texts.afterRedirect(makeActive ? "admin.activated" : "admin.deactivated");
        Http.redirect("/admin/provider.xhtml?id=" + providerId);
    }

    public List<String> getTypes() {
        return Arrays.stream(ProviderType.values()).map(Enum::name).toList();
    }

    public boolean isNew() {
        return providerId == null;
    }

    public boolean isActive() {
        return active;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
