package io.callrec.interfaces.rest;

import io.callrec.application.delivery.GlobalSettings;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/settings} (admin only): the server's global options under the product's names, today
 * {@code {"RecordsDelivery.Enabled": false, "WebEvents.AllowedHosts": ""}} (e-mail delivery of recordings,
 * off by default; the hosts web event handlers may post to, comma-separated, empty for any public host).
 * A PUT without WebEvents.AllowedHosts keeps the stored list.
 */
@RequestScoped
@Path("/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /** The body of {@code GET} and {@code PUT /settings}. */
    @JsonbPropertyOrder({"recordsDeliveryEnabled", "webEventsAllowedHosts"})
    public record SettingsBody(@JsonbProperty("RecordsDelivery.Enabled") @NotNull(message = Constraints.REQUIRED)
                               Boolean recordsDeliveryEnabled,
                               @JsonbProperty("WebEvents.AllowedHosts") String webEventsAllowedHosts) {
        static SettingsBody of(GlobalSettings.Options options) {
            return new SettingsBody(options.recordsDeliveryEnabled(), options.webEventsAllowedHosts());
        }
    }

    @Inject
    GlobalSettings settings;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @GET
    public Response get() {
        return Response.ok(SettingsBody.of(settings.read(current.require(Role.ADMIN)))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        Caller caller = current.require(Role.ADMIN);
        SettingsBody request = bodies.read(body, SettingsBody.class, Document.BODY);
        return Response.ok(SettingsBody.of(settings.change(caller,
                new GlobalSettings.Options(request.recordsDeliveryEnabled(),
                request.webEventsAllowedHosts())))).build();
    }
}
