package se.larcentra.search.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.search.entity.SearchChange;

/**
 * Reads what the index needs from the database, each call in a short transaction of its own: the
 * change log, the offerings a change touches, and offerings turned into documents.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexFeeder {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    /** Where a new index starts reading the change log: after the last committed change. */
    public ChangeCursor cursorAtEnd(Instant now) {
        Long latest = em.createNamedQuery("SearchChange.latestId", Long.class).getSingleResult();
        if (latest == null) {
            return ChangeCursor.at(0);
        }
        List<Long> recent = em.createQuery("SELECT c.id FROM SearchChange c WHERE c.id > :from", Long.class)
                .setParameter("from", latest - ChangeCursor.MAX_GAPS).getResultList();
        Set<Long> present = new HashSet<>(recent);
        List<Long> unseen = new ArrayList<>();
        for (long id = Math.max(1, latest - ChangeCursor.MAX_GAPS + 1); id < latest; id++) {
            if (!present.contains(id)) {
                unseen.add(id);
            }
        }
        return ChangeCursor.at(latest, unseen, now);
    }

    public List<SearchChange> changesAfter(ChangeCursor cursor, int limit) {
        var query = cursor.gaps().isEmpty()
                ? em.createQuery("SELECT c FROM SearchChange c WHERE c.id > :high ORDER BY c.id", SearchChange.class)
                : em.createQuery("SELECT c FROM SearchChange c WHERE c.id > :high OR c.id IN :gaps ORDER BY c.id",
                        SearchChange.class).setParameter("gaps", cursor.gaps());
        return query.setParameter("high", cursor.highWater()).setMaxResults(limit).getResultList();
    }

    /** The ids of the offerings whose documents the changes affect. */
    public Set<Long> affectedOfferings(Collection<SearchChange> changes) {
        Set<Long> offerings = new HashSet<>();
        Map<SearchChange.Kind, List<Long>> byKind = new LinkedHashMap<>();
        for (SearchChange change : changes) {
            if (change.getKind() == SearchChange.Kind.OFFERING) {
                offerings.add(change.getEntityId());
            } else {
                byKind.computeIfAbsent(change.getKind(), k -> new ArrayList<>()).add(change.getEntityId());
            }
        }
        byKind.forEach((kind, ids) -> {
            String jpql = switch (kind) {
                case COURSE -> "SELECT o.id FROM Offering o WHERE o.course.id IN :ids";
                case PROVIDER -> "SELECT o.id FROM Offering o WHERE o.course.provider.id IN :ids";
                case CENTRE -> "SELECT o.id FROM Offering o JOIN o.hostingCentres c WHERE c.id IN :ids";
                case OFFERING -> throw new IllegalStateException();
            };
            offerings.addAll(em.createQuery(jpql, Long.class).setParameter("ids", ids).getResultList());
        });
        return offerings;
    }

    /** Documents of the offerings that exist, by id; ids without an offering are absent. */
    public Map<Long, Document> documents(Collection<Long> offeringIds) {
        Map<Long, Document> documents = new LinkedHashMap<>();
        if (offeringIds.isEmpty()) {
            return documents;
        }
        List<Offering> offerings = em.createNamedQuery("Offering.byIds", Offering.class)
                .setParameter("ids", List.copyOf(offeringIds))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.course.texts")
                .setHint("eclipselink.batch", "o.hostingCentres")
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        for (Offering offering : offerings) {
            documents.put(offering.getId(), OfferingDocuments.document(offering));
        }
        return documents;
    }

    /** Offering ids in ascending order after {@code after}: the rebuild reads the table in batches. */
    public List<Long> offeringIdsAfter(long after, int limit) {
        return em.createQuery("SELECT o.id FROM Offering o WHERE o.id > :after ORDER BY o.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public long offeringCount() {
        return em.createNamedQuery("Offering.count", Long.class).getSingleResult();
    }
}
