package io.callrec.interfaces.rest;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
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

/** {@code /api/v1/access-roles} (admin only): named sets of view / modify permissions on service attributes. */
@RequestScoped
@Path("/v1/access-roles")
@Produces(MediaType.APPLICATION_JSON)
public class AccessRoleResource {

    /** The body of {@code PUT /access-roles/{id}}: {@code permissions} maps attributes to {@code ["view", "modify"]}. */
    public record AccessRoleRequest(@NotNull(message = Constraints.REQUIRED) String name,
                                    Map<String, List<String>> permissions) {
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
        return Listings.list(administration.accessRoles(current.get(), Saves.limit(limit)), ServiceJson.AccessRoleView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Listings.one(administration.accessRole(current.get(), id), ServiceJson.AccessRoleView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        AccessRoleRequest request = bodies.read(body, AccessRoleRequest.class, Document.BODY);
        var saved = administration.saveAccessRole(caller, Saves.id(id), request.name(),
                ServiceForms.grants(request.permissions(), "permissions"));
        return Saves.answer(saved, ServiceJson.AccessRoleView.of(saved.entity()), uri);
    }
}
