package se.larcentra.web.start;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.web.centre.CentreLink;
import se.larcentra.web.i18n.LocaleBean;

/** The start page: what the service is, a search box, and the learning centres by municipality. */
@Named
@RequestScoped
public class StartPage {

    /** A municipality and its centres, as listed on the start page. */
    public record MunicipalityCentres(String code, String name, List<CentreLink> centres) {
    }

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean localeBean;

    private List<MunicipalityCentres> municipalities;
    private long offeringCount;

    @PostConstruct
    void load() {
        String language = localeBean.getLanguage();
        Map<Municipality, List<CentreLink>> byMunicipality = new LinkedHashMap<>();
        for (LearningCentre centre : catalog.centres()) {
            byMunicipality.computeIfAbsent(centre.getMunicipality(), m -> new ArrayList<>())
                    .add(CentreLink.of(centre, language));
        }
        // Swedish alphabetical order (Å, Ä, Ö last) whatever the database's collation.
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        municipalities = byMunicipality.entrySet().stream()
                .map(e -> new MunicipalityCentres(e.getKey().getCode(), e.getKey().getName(),
                        List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(MunicipalityCentres::name, swedish)
                        .thenComparing(MunicipalityCentres::code))
                .toList();
        offeringCount = catalog.offeringCount();
    }

    public List<MunicipalityCentres> getMunicipalities() {
        return municipalities;
    }

    public long getOfferingCount() {
        return offeringCount;
    }
}
