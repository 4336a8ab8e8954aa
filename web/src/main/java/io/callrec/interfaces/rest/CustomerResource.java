package io.callrec.interfaces.rest;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.application.lifecycle.CustomerRetention;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
import io.callrec.application.ServiceJson;
import io.callrec.application.lifecycle.StorageReport;
import io.callrec.application.administration.CustomFieldAdministration;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.RetentionPolicy;
import io.callrec.infrastructure.storage.OutputSettings;
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
 * {@code /api/v1/customers}: customers with their class, PBX dialing rule and the audio format of their
 * recordings ({@code outputFormat}: wav, wav-alaw, wav-ulaw or mp3; null or absent = the server's
 * {@code callrec.output.format}, shown as {@code effectiveOutputFormat}), and per customer the
 * retention of its recordings ({@code {id}/retention}) and the storage they use ({@code {id}/storage}).
 * Admin only, except that a customer user reads its own customer.
 */
@RequestScoped
@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    /** The body of {@code PUT /customers/{id}}. */
    public record CustomerRequest(@NotNull(message = Constraints.REQUIRED) String name, String customerClass,
                                  String dialingRule, String outputFormat) {
    }

    /**
     * The body of {@code PUT /customers/{id}/retention}: {@code days}, which must be given, null meaning the
     * default. A class with a setter, since a record cannot tell a null field from an absent one.
     */
    public static final class RetentionRequest {
        private Integer days;
        private boolean given;

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
            this.given = true;
        }

        boolean given() {
            return given;
        }
    }

    @Inject
    CustomerAdministration administration;

    @Inject
    CustomerRetention retention;

    @Inject
    StorageReport storage;

    @Inject
    CurrentCaller current;

    @Inject
    CustomFieldAdministration customFields;

    @Inject
    JsonBodies bodies;

    @Inject
    OutputSettings output;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        AudioFormat server = output.format();
        return Listings.list(administration.customers(current.get(), Saves.limit(limit)), c -> ServiceJson.CustomerView.of(c, server));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        AudioFormat server = output.format();
        return Listings.one(administration.customer(current.get(), id), c -> ServiceJson.CustomerView.of(c, server));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        CustomerRequest request = bodies.read(body, CustomerRequest.class, Document.BODY);
        String format = request.outputFormat();
        var saved = administration.saveCustomer(caller, Saves.id(id), request.name(),
                request.customerClass(), request.dialingRule(),
                format == null ? null : AudioFormat.parse("outputFormat", format));
        return Saves.answer(saved, ServiceJson.CustomerView.of(saved.entity(), output.format()), uri);
    }

    @GET
    @Path("{id}/retention")
    public Response retention(@PathParam("id") String id) {
        return Response.ok(retention.of(current.get(), id).json().toString()).build();
    }

    /** Body {@code {"days": 365}}; {@code {"days": null}} goes back to the default of 59 days. */
    @PUT
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setRetention(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        RetentionRequest request = bodies.read(body, RetentionRequest.class, Document.BODY);
        if (!request.given()) {
            return ApiError.of(Response.Status.BAD_REQUEST, "missing required field 'days'");
        }
        Integer value = request.getDays();
        if (value != null) {
            try {
                RetentionPolicy.validate(value);
            } catch (IllegalArgumentException e) {
                return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage());
            }
        }
        return Response.ok(retention.set(caller, id, value).json().toString()).build();
    }

    @GET
    @Path("{id}/storage")
    public Response storage(@PathParam("id") String id) {
        var use = storage.use(current.get(), id).stream().findFirst();
        return Response.ok(new StorageResource.CustomerStorage(id, use.map(u -> u.recordings()).orElse(0L),
                use.map(u -> u.bytes()).orElse(0L))).build();
    }

    /** Every custom field that applies to customers, with this customer's value or null (admin only). */
    @GET
    @Path("{id}/custom-fields")
    public Response customFields(@PathParam("id") String id) {
        return CustomFieldValueAnswers.list(customFields, current.require(Role.ADMIN), CustomFieldOwner.CUSTOMER, id);
    }

    @GET
    @Path("{id}/custom-fields/{name}")
    public Response customField(@PathParam("id") String id, @PathParam("name") String name) {
        return CustomFieldValueAnswers.one(customFields, current.require(Role.ADMIN), CustomFieldOwner.CUSTOMER, id, name);
    }

    /** Body {@code {"value": "..."}}; null or "" unsets it (admin only). */
    @PUT
    @Path("{id}/custom-fields/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setCustomField(@PathParam("id") String id, @PathParam("name") String name, String body) {
        return CustomFieldValueAnswers.put(customFields, bodies, current.require(Role.ADMIN), CustomFieldOwner.CUSTOMER,
                id, name, body);
    }
}
