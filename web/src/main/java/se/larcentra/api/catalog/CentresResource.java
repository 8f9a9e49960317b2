package se.larcentra.api.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.larcentra.api.ApiLanguage;
import se.larcentra.api.ApiResponses;
import se.larcentra.api.CallableBy;
import se.larcentra.api.PageParams;
import se.larcentra.api.booking.BookingRulesDto;
import se.larcentra.api.catalog.CatalogDtos.CentreDetail;
import se.larcentra.api.catalog.CatalogDtos.CentreSummary;
import se.larcentra.booking.boundary.CentreRules;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.centre.entity.LearningCentre;

/**
 * The learning centres: {@code GET /api/v1/centres} (ordered by municipality name, then id) and
 * {@code GET /api/v1/centres/{id}} with opening hours and rooms; {@code GET /api/v1/centres/{id}/booking-rules}.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/centres")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CentresResource {

    @Inject
    Catalog catalog;

    @Inject
    CentreRules rules;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageParams paging = PageParams.of(page, size);
        String language = ApiLanguage.of(uri, headers);
        List<LearningCentre> all = catalog.centres();
        List<CentreSummary> items = all.stream()
                .skip(paging.offset())
                .limit(paging.size())
                .map(c -> CentreSummary.of(c, language))
                .toList();
        return ApiResponses.ok(paging.envelope(all.size(), items), language);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response get(@PathParam("id") long id) {
        String language = ApiLanguage.of(uri, headers);
        return ApiResponses.ok(CentreDetail.of(catalog.getCentre(id), language), language);
    }

    /** The centre's booking rules and closed days to come. */
    @GET
    @Path("{id: [0-9]+}/booking-rules")
    public BookingRulesDto bookingRules(@PathParam("id") long id) {
        return BookingRulesDto.of(rules.rules(id));
    }
}
