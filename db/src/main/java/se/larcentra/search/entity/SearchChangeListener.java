package se.larcentra.search.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.EntityClocks;

/**
 * Records every insert, update and delete of the records an offering's search document shows, in
 * the transaction that makes it: no code path that changes the catalogue (pages, API, importer,
 * demo data, tests) can forget to tell search.
 */
public class SearchChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        SearchChange.Kind kind;
        Long id;
        if (entity instanceof Offering offering) {
            kind = SearchChange.Kind.OFFERING;
            id = offering.getId();
        } else if (entity instanceof Course course) {
            kind = SearchChange.Kind.COURSE;
            id = course.getId();
        } else if (entity instanceof Provider provider) {
            kind = SearchChange.Kind.PROVIDER;
            id = provider.getId();
        } else if (entity instanceof LearningCentre centre) {
            kind = SearchChange.Kind.CENTRE;
            id = centre.getId();
        } else {
            return;
        }
        SearchChangeRecorder.record(kind, id, EntityClocks.now());
    }
}
