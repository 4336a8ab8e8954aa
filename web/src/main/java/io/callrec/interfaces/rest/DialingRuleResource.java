package io.callrec.interfaces.rest;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.application.ServiceJson;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/v1/dialing-rules} (admin only): PBX dialing rules with the on-demand codes (default *44 / *45). */
@RequestScoped
@Path("/v1/dialing-rules")
@Produces(MediaType.APPLICATION_JSON)
public class DialingRuleResource {

    /** The body of {@code PUT /dialing-rules/{id}}; absent codes are the defaults *44 / *45. */
    public record DialingRuleRequest(@NotNull(message = Constraints.REQUIRED) String name, String type, String startCode,
                                     String stopCode) {
    }

    @Inject
    OfferAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return Listings.list(administration.dialingRules(current.get(), Saves.limit(limit)), ServiceJson.DialingRuleView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Listings.one(administration.dialingRule(current.get(), id), ServiceJson.DialingRuleView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        DialingRuleRequest request = bodies.read(body, DialingRuleRequest.class, Document.BODY);
        String type = request.type();
        if (type != null && !type.equalsIgnoreCase("pbx")) {
            throw new InvalidFieldException("type", "must be 'pbx' (the only type of dialing rule), not '" + type + "'");
        }
        String start = request.startCode();
        String stop = request.stopCode();
        DtmfCodes codes = new DtmfCodes(start == null ? DtmfCodes.DEFAULTS.start() : start,
                stop == null ? DtmfCodes.DEFAULTS.stop() : stop);
        var saved = administration.saveDialingRule(caller, Saves.id(id), request.name(), codes);
        return Saves.answer(saved, ServiceJson.DialingRuleView.of(saved.entity()), uri);
    }
}
