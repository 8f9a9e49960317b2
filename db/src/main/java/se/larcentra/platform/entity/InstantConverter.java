package se.larcentra.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores moments as {@code TIMESTAMP WITH TIME ZONE} in UTC. JPA 3.1 (EclipseLink 4) has no mapping
 * of its own for {@link Instant}; going through {@link OffsetDateTime} keeps the value independent of
 * the server's time zone on H2 and PostgreSQL alike.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
