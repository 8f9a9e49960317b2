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
import java.time.Clock;
import java.time.Instant;
import se.larcentra.api.CallableBy;
import se.larcentra.api.ApiLanguage;
import se.larcentra.api.ApiResponses;
import se.larcentra.api.InvalidParameterException;
import se.larcentra.api.PageParams;
import se.larcentra.api.catalog.CatalogDtos.OfferingDetail;
import se.larcentra.api.catalog.CatalogDtos.OfferingSummary;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.boundary.OfferingOrder;

/**
 * The offerings: {@code GET /api/v1/offerings?page=&size=&sort=} and {@code GET /api/v1/offerings/{id}}
 * with its course and provider. {@code sort} is {@code startDate} (default), {@code -startDate},
 * {@code title} or {@code -title}; ties are broken by id, so paging is stable.
 */
@CallableBy(CallableBy.ANYONE)
@Path("v1/offerings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OfferingsResource {

    @Inject
    Catalog catalog;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageParams paging = PageParams.of(page, size);
        OfferingOrder order = order(sort);
        String language = ApiLanguage.of(uri, headers);
        Instant now = clock.instant();
        var result = catalog.offerings(paging.page(), paging.size(), order, language);
        return ApiResponses.ok(paging.envelope(result.total(),
                result.items().stream().map(o -> OfferingSummary.of(o, language, now)).toList()), language);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response get(@PathParam("id") long id) {
        String language = ApiLanguage.of(uri, headers);
        return ApiResponses.ok(OfferingDetail.of(catalog.getOffering(id), language, clock.instant()), language);
    }

    static OfferingOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return OfferingOrder.START_DATE_ASC;
        }
        return switch (sort.strip()) {
            case "startDate" -> OfferingOrder.START_DATE_ASC;
            case "-startDate" -> OfferingOrder.START_DATE_DESC;
            case "title" -> OfferingOrder.TITLE_ASC;
            case "-title" -> OfferingOrder.TITLE_DESC;
            default -> throw new InvalidParameterException("sort",
                    "sort must be startDate, -startDate, title or -title");
        };
    }
}
