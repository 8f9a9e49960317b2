package se.larcentra.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.search.control.SearchIndex;

/**
 * Search over the offerings of the catalogue, open to everybody. Answers from the Lucene index,
 * which follows the database within about a second; while the index is first being built every
 * method but {@link #status()} throws {@link SearchUnavailableException}.
 *
 * <p>Search covers offerings that are neither cancelled nor finished; "open" narrows it to those
 * that take applications today (Swedish time).
 */
@Stateless
@PermitAll
public class Search {

    public static final int MAX_SUGGESTIONS = 10;

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads the index only
    public SearchResult search(@NotNull SearchRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
        try {
            return index.search(request, today);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@value #MAX_SUGGESTIONS} completions of what has been typed, in {@code sv} or {@code en}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // reads the index only
    public List<String> suggest(String typed, @NotNull String language) {
        if (!index.status().ready()) {
            throw new SearchUnavailableException();
        }
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return index.suggest(typed.length() > 100 ? typed.substring(0, 100) : typed,
                    "en".equals(language) ? "en" : "sv", MAX_SUGGESTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main town of a municipality, the point "near" a municipality means. */
    public Optional<GeoPoint> placeOfMunicipality(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Municipality.class, c)).map(Municipality::getMainTownLocation);
    }

    public SearchStatus status() {
        return index.status();
    }

    /** Rebuilds the index in the background; search keeps answering from the old one meanwhile. */
    @RolesAllowed("administrator")
    public boolean rebuildIndex() {
        return index.startRebuild();
    }
}
