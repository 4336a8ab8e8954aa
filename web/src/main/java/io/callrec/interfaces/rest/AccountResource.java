package io.callrec.interfaces.rest;

import io.callrec.application.AccountAdministration;
import io.callrec.application.AccountAdministration.AccountForm;
import io.callrec.application.AccountAdministration.AccountView;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.account.ServiceConfiguration;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/accounts}: the operator's view of accounts (with their service configuration and the
 * effective configuration it gives), and {@code .../self-service}: what the account's end user sees
 * and may change under its access role.
 */
@RequestScoped
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        administration.accounts(Saves.limit(limit)).forEach(a -> items.add(ServiceJson.account(a)));
        return Response.ok(Json.createObjectBuilder().add("items", items).build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Response.ok(ServiceJson.account(administration.account(id)).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.parse(body);
        AccountForm form = new AccountForm(json.string("phoneNumber"), json.string("email"), json.requiredString("customer"),
                json.string("accessRole"), json.string("product"), json.strings("addOns"), json.string("dialingRule"),
                ServiceForms.codes(json.object("customCodes")),
                ServiceConfiguration.of(ServiceForms.settings(json.object("serviceConfiguration"))));
        var saved = administration.save(Saves.id(id), form);
        return Saves.answer(saved, ServiceJson.account(saved.entity()), uri);
    }

    @GET
    @Path("{id}/self-service")
    public Response selfService(@PathParam("id") String id) {
        return Response.ok(selfServiceJson(administration.account(id)).toString()).build();
    }

    /**
     * Body: options as {@code "inherit|on|off"} and optionally {@code "dialingCodes": {"start","stop"}} (null
     * returns to the dialing rules). Each attribute named must be modifiable by the role: else 403.
     */
    @PUT
    @Path("{id}/self-service")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSelfService(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.parse(body);
        Map<RecordingOption, OptionSetting> changes = new EnumMap<>(RecordingOption.class);
        Optional<Optional<DtmfCodes>> codes = Optional.empty();
        for (String field : json.fields()) {
            if (field.equals(Attribute.DIALING_CODES.jsonName())) {
                codes = Optional.of(Optional.ofNullable(ServiceForms.codes(json.object(field))));
            } else if (RecordingOption.byJsonName(field).isPresent()) {
                changes.put(RecordingOption.byJsonName(field).get(), ServiceForms.setting(json, field));
            } else {
                throw new InvalidFieldException(field, "is not an attribute; the attributes are " + ServiceForms.ATTRIBUTE_NAMES);
            }
        }
        return Response.ok(selfServiceJson(administration.changeAsEndUser(id, changes, codes)).toString()).build();
    }

    /** Only the attributes the role lets the end user view, each with whether it may be changed. */
    private static JsonObject selfServiceJson(AccountView view) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        for (RecordingOption option : RecordingOption.values()) {
            Attribute attribute = Attribute.of(option);
            if (AccessRole.mayView(view.endUserGrants(), attribute)) {
                attributes.add(option.jsonName(), Json.createObjectBuilder()
                        .add("setting", view.account().getConfiguration().get(option).jsonName())
                        .add("effective", view.effective().isOn(option))
                        .add("modifiable", AccessRole.mayModify(view.endUserGrants(), attribute)));
            }
        }
        if (AccessRole.mayView(view.endUserGrants(), Attribute.DIALING_CODES)) {
            attributes.add(Attribute.DIALING_CODES.jsonName(), ServiceJson.codes(view.effective().codes())
                    .add("custom", view.account().customCodes().isPresent())
                    .add("modifiable", AccessRole.mayModify(view.endUserGrants(), Attribute.DIALING_CODES)));
        }
        return Json.createObjectBuilder().add("account", view.account().getId()).add("attributes", attributes).build();
    }
}
