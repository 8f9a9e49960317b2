package se.larcentra.catalog.control;

import se.larcentra.catalog.entity.Offering;
import se.larcentra.centre.entity.LearningCentre;

/**
 * Touches what the pages and the API show of an entity while its transaction is open, so the
 * detached entity that leaves the boundary is complete (no lazy loading from the web tier).
 */
public final class CatalogLoading {

    private CatalogLoading() {
    }

    public static Offering loadForDisplay(Offering offering) {
        offering.getCourse().getTexts().size();
        offering.getCourse().getProvider().getName();
        offering.getHostingCentres().forEach(CatalogLoading::loadSummary);
        return offering;
    }

    public static LearningCentre loadSummary(LearningCentre centre) {
        centre.getNames().size();
        centre.getMunicipality().getName();
        return centre;
    }

    public static LearningCentre loadWithRooms(LearningCentre centre) {
        loadSummary(centre);
        centre.getOpeningHours().size();
        centre.getRooms().forEach(room -> {
            room.getNames().size();
            room.getEquipment().size();
        });
        return centre;
    }
}
