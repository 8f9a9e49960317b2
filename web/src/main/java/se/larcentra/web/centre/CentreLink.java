package se.larcentra.web.centre;

import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.web.Localized;
import se.larcentra.web.PrettyUrls;

/** A link to a centre's page, with what lists show beside it. */
public record CentreLink(long id, Localized name, String town, String municipality, String href) {

    public static CentreLink of(LearningCentre centre, String language) {
        return new CentreLink(centre.getId(), Localized.pick(centre.getNames(), language), centre.getAddress().town(),
                centre.getMunicipality().getName(), PrettyUrls.centre(centre.getId()));
    }
}
