package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.platform.entity.TrackedEntity;

/** An education provider (utbildningsanordnare): a university, Komvux, a folk high school, … */
@Entity
@Table(name = "provider")
@NamedQuery(name = "Provider.all", query = "SELECT p FROM Provider p ORDER BY p.name, p.id")
@NamedQuery(name = "Provider.byExternalRef",
        query = "SELECT p FROM Provider p WHERE p.externalRef.source = :source AND p.externalRef.externalId = :externalId")
public class Provider extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, length = 20)
    private ProviderType type;

    @Column(name = "website")
    private String website;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Embedded
    private ExternalRef externalRef;

    protected Provider() {
    }

    public Provider(String name, ProviderType type) {
        change(name, type);
    }

    public void change(String newName, ProviderType newType) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        this.name = newName.strip();
        this.type = Objects.requireNonNull(newType, "type");
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public void identifyAs(ExternalRef ref) {
        this.externalRef = ref;
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

    public String getName() {
        return name;
    }

    public ProviderType getType() {
        return type;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<ExternalRef> getExternalRef() {
        return Optional.ofNullable(externalRef);
    }
}
