package io.callrec.interfaces.rest;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
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

/** {@code /api/v1/customer-classes} (admin only): classes of customers, with the "new recording" notification flag. */
@RequestScoped
@Path("/v1/customer-classes")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerClassResource {

    /** The body of {@code PUT /customer-classes/{id}}. */
    public record CustomerClassRequest(@NotNull(message = Constraints.REQUIRED) String name, Boolean newRecordingNotification) {
    }

    @Inject
    CustomerAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return Listings.list(administration.classes(current.get(), Saves.limit(limit)), ServiceJson.CustomerClassView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Listings.one(administration.customerClass(current.get(), id), ServiceJson.CustomerClassView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        CustomerClassRequest request = bodies.read(body, CustomerClassRequest.class, Document.BODY);
        var saved = administration.saveClass(caller, Saves.id(id), request.name(),
                Boolean.TRUE.equals(request.newRecordingNotification()));
        return Saves.answer(saved, ServiceJson.CustomerClassView.of(saved.entity()), uri);
    }
}
