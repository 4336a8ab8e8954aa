package io.callrec.interfaces.rest;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
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

/**
 * {@code /api/v1/products} (admin only): base products and add-ons; {@code callRecording} lists the
 * options the
 * product turns on (absent options are off), or is null when the product has no call recording.
 */
@RequestScoped
@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /** The body of {@code PUT /products/{id}}: {@code callRecording} maps options to on (true) or off. */
    public record ProductRequest(@NotNull(message = Constraints.REQUIRED) String name, Boolean addOn,
                                 Map<String, Boolean> callRecording) {
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
        return Listings.list(administration.products(current.get(), Saves.limit(limit)), ServiceJson.ProductView::of);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Listings.one(administration.product(current.get(), id), ServiceJson.ProductView::of);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        ProductRequest request = bodies.read(body, ProductRequest.class, Document.BODY);
        var saved = administration.saveProduct(caller, Saves.id(id), request.name(), Boolean.TRUE.equals(request.addOn()),
                ServiceForms.feature(request.callRecording(), "callRecording"));
        return Saves.answer(saved, ServiceJson.ProductView.of(saved.entity()), uri);
    }
}
