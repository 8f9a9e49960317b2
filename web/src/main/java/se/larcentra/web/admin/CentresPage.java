package se.larcentra.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.centre.entity.LearningCentre;

/** The centres a coordinator looks after (administrators: all of them), each leading to its rooms and hours. */
@Named
@RequestScoped
public class CentresPage {

    @Inject
    CentreAdmin admin;

    private List<LearningCentre> centres;

    /** View action: the boundary is asked before rendering starts, so a refusal (a teacher) can still become the 403 page. */
    public void load() {
        centres = admin.managedCentres();
    }

    public List<LearningCentre> getCentres() {
        return centres == null ? List.of() : centres;
    }
}
