package se.larcentra.catalog.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.larcentra.catalog.boundary.OfferingOrder;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.platform.entity.Translations;

/**
 * Pages of offerings in a stable order. The order is computed on ids alone in SQL (so a page costs
 * one indexed query whatever the table's size), then the page's offerings are loaded with their
 * course, provider, texts and hosting centres in a handful of batched queries.
 */
@Dependent
public class OfferingQueries {

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    public long count() {
        return em.createNamedQuery("Offering.count", Long.class).getSingleResult();
    }

    public List<Offering> page(int page, int size, OfferingOrder order, String language) {
        List<Long> ids = pageOfIds(page, size, order, language);
        return loadInOrder(ids);
    }

    private List<Long> pageOfIds(int page, int size, OfferingOrder order, String language) {
        boolean byTitle = order == OfferingOrder.TITLE_ASC || order == OfferingOrder.TITLE_DESC;
        String sql = switch (order) {
            case START_DATE_ASC -> "SELECT o.id FROM offering o ORDER BY o.start_date ASC, o.id ASC";
            case START_DATE_DESC -> "SELECT o.id FROM offering o ORDER BY o.start_date DESC, o.id DESC";
            case TITLE_ASC -> titleOrder("ASC");
            case TITLE_DESC -> titleOrder("DESC");
        };
        var query = em.createNativeQuery(sql + " OFFSET ?1 ROWS FETCH NEXT ?2 ROWS ONLY")
                .setParameter(1, (long) page * size)
                .setParameter(2, size);
        if (byTitle) {
            query.setParameter(3, language);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /**
     * Titles in the asked language, falling back to Swedish and then English, as the pages show them;
     * in Swedish alphabetical order whatever the database's collation (see SwedishSortKey).
     */
    private static String titleOrder(String direction) {
        return "SELECT o.id FROM offering o"
                + " LEFT JOIN course_text t1 ON t1.course_id = o.course_id AND t1.lang = ?3"
                + " LEFT JOIN course_text t2 ON t2.course_id = o.course_id AND t2.lang = '" + Translations.SWEDISH + "'"
                + " LEFT JOIN course_text t3 ON t3.course_id = o.course_id AND t3.lang = '" + Translations.ENGLISH + "'"
                + " ORDER BY COALESCE(t1.title_sort, t2.title_sort, t3.title_sort) " + direction + ", o.start_date "
                + direction + ", o.id " + direction;
    }

    public List<Offering> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Offering> loaded = em.createNamedQuery("Offering.byIds", Offering.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.course.texts")
                .setHint("eclipselink.batch", "o.hostingCentres")
                .getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        loaded.forEach(CatalogLoading::loadForDisplay);
        return loaded.stream().sorted(Comparator.comparing(o -> position.get(o.getId()))).toList();
    }
}
