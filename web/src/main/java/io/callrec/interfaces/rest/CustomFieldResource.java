package io.callrec.interfaces.rest;

import io.callrec.application.ServiceJson.CustomFieldView;
import io.callrec.application.administration.CustomFieldAdministration;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/custom-fields} (admin only): the definitions of custom fields, which accounts and/or
 * customers carry ({@code /accounts/{id}/custom-fields/{name}}, {@code /customers/{id}/custom-fields/{name}})
 * and {@code meta_file_items} entries {@code <key>:Custom_Fields_Name.<name>} write into exported metadata.
 */
@RequestScoped
@Path("/v1/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
public class CustomFieldResource {

    /** The body of {@code PUT /custom-fields/{name}}: {@code appliesTo} holds ACCOUNT and/or CUSTOMER. */
    public record CustomFieldRequest(@NotNull(message = Constraints.REQUIRED) List<@NotNull(message = Constraints.REQUIRED) String> appliesTo,
                                     String description) {

        Set<CustomFieldOwner> owners() {
            Set<CustomFieldOwner> owners = EnumSet.noneOf(CustomFieldOwner.class);
            for (String owner : appliesTo) {
                owners.add(CustomFieldOwner.parse(owner).orElseThrow(() -> new InvalidFieldException("appliesTo",
                        "holds ACCOUNT and/or CUSTOMER, not '" + owner + "'")));
            }
            return owners;
        }
    }

    @Inject
    CustomFieldAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list() {
        return Listings.list(administration.definitions(current.require(Role.ADMIN)), CustomFieldView::of);
    }

    @GET
    @Path("{name}")
    public Response get(@PathParam("name") String name) {
        return Listings.one(administration.definition(current.require(Role.ADMIN), name), CustomFieldView::of);
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("name") String name, String body) {
        Caller caller = current.require(Role.ADMIN);
        CustomFieldRequest request = bodies.read(body, CustomFieldRequest.class, Document.BODY);
        var saved = administration.define(caller, name, request.owners(), request.description());
        return Saves.answer(saved, CustomFieldView.of(saved.entity()), uri);
    }

    /** 204; 409 while a meta_file_items entry of the SFTP storage settings uses the field. */
    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        administration.delete(current.require(Role.ADMIN), name);
        return Response.noContent().build();
    }
}
