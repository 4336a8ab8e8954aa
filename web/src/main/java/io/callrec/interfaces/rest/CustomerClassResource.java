package io.callrec.interfaces.rest;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.application.ServiceJson;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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

    @Inject
    CustomerAdministration administration;

    @Inject
    CurrentCaller current;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        administration.classes(current.get(), Saves.limit(limit)).forEach(c -> items.add(ServiceJson.customerClass(c)));
        return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Response.ok(ServiceJson.customerClass(administration.customerClass(current.get(), id)).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        JsonBody json = JsonBody.parse(body);
        var saved = administration.saveClass(caller, Saves.id(id), json.requiredString("name"),
                json.bool("newRecordingNotification", false));
        return Saves.answer(saved, ServiceJson.customerClass(saved.entity()), uri);
    }
}
