package io.callrec.interfaces.rest;

import io.callrec.application.administration.AccountAdministration;
import io.callrec.application.administration.AccountAdministration.AccountForm;
import io.callrec.application.administration.AccountAdministration.AccountView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.json.JsonString;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import io.callrec.application.ServiceJson;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.account.Account;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.account.ServiceConfiguration;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.application.administration.CustomFieldAdministration;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
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
 * and may change under its access role. An admin sees every account in full and alone changes them; a
 * customer user lists and reads its customer's accounts, an account user reads its own, both in the
 * end user's view (only the attributes the access role lets the end user view), and both use the
 * self-service within the access role. Accounts outside the caller's reach are not found (404).
 */
@RequestScoped
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The body of {@code PUT /accounts/{id}}: {@code serviceConfiguration} maps options to inherit, on or off. */
    public record AccountRequest(String phoneNumber, String email, @NotNull(message = Constraints.REQUIRED) String customer,
                                 String accessRole, String product,
                                 List<@NotNull(message = "must be a non-blank string") String> addOns,
                                 String dialingRule, @Valid ServiceForms.Codes customCodes,
                                 Map<String, String> serviceConfiguration) {
    }

    /**
     * The {@code dialingCodes} of a self-service change, bound apart from the options: a record cannot
     * tell {@code null} (back to the dialing rules) from absent (unchanged), so presence is read from the
     * keys of the body.
     */
    public record DialingCodesChange(@Valid ServiceForms.Codes dialingCodes) {
    }

    /** The keys and values of a self-service change: options as "inherit|on|off", and {@code dialingCodes}. */
    private static final Type CHANGES = new HashMap<String, JsonValue>() { }.getClass().getGenericSuperclass();

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    CustomFieldAdministration customFields;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("100") int limit) {
        Caller caller = current.get();
        return Listings.list(administration.accounts(caller, Saves.limit(limit)), a -> json(caller, a));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Caller caller = current.get();
        return Listings.one(administration.account(caller, id), a -> json(caller, a));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN);
        AccountRequest request = bodies.read(body, AccountRequest.class, Document.BODY);
        AccountForm form = new AccountForm(request.phoneNumber(), request.email(), request.customer(),
                request.accessRole(), request.product(), request.addOns() == null ? List.of() : request.addOns(),
                request.dialingRule(), ServiceForms.codes(request.customCodes(), "customCodes"),
                ServiceConfiguration.of(ServiceForms.settings(request.serviceConfiguration(), "serviceConfiguration")));
        var saved = administration.save(caller, Saves.id(id), form);
        return Saves.answer(saved, ServiceJson.AccountAdminView.of(saved.entity()), uri);
    }

    @GET
    @Path("{id}/self-service")
    public Response selfService(@PathParam("id") String id) {
        return Response.ok(selfServiceJson(administration.account(current.get(), id))).build();
    }

    /**
     * Body: options as {@code "inherit|on|off"} and optionally {@code "dialingCodes": {"start","stop"}} (null
     * returns to the dialing rules). Each attribute named must be modifiable by the role: else 403.
     */
    @PUT
    @Path("{id}/self-service")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSelfService(@PathParam("id") String id, String body) {
        Caller caller = current.require(Role.ADMIN, Role.CUSTOMER, Role.ACCOUNT);
        Map<String, JsonValue> fields = bodies.read(body, CHANGES, Document.BODY);
        Map<RecordingOption, OptionSetting> changes = new EnumMap<>(RecordingOption.class);
        Optional<Optional<DtmfCodes>> codes = Optional.empty();
        for (Map.Entry<String, JsonValue> entry : fields.entrySet()) {
            String field = entry.getKey();
            if (field.equals(Attribute.DIALING_CODES.jsonName())) {
                ServiceForms.Codes given = bodies.read(body, DialingCodesChange.class, Document.BODY).dialingCodes();
                codes = Optional.of(Optional.ofNullable(ServiceForms.codes(given, field)));
            } else if (RecordingOption.byJsonName(field).isPresent()) {
                changes.put(RecordingOption.byJsonName(field).get(), ServiceForms.setting(text(entry.getValue(), field), field));
            } else {
                throw new InvalidFieldException(field, "is not an attribute; the attributes are " + ServiceForms.ATTRIBUTE_NAMES);
            }
        }
        return Response.ok(selfServiceJson(administration.changeAsEndUser(caller, id, changes, codes))).build();
    }

    /** A setting's text: a string or number as in every body, trimmed; null when null or blank. */
    private static String text(JsonValue value, String field) {
        String text = switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString().trim();
            case NUMBER -> value.toString();
            default -> throw new InvalidFieldException(field, "must be a string");
        };
        return text == null || text.isEmpty() ? null : text;
    }

    /** The admin's full view, or the end user's view of the account with its self-service attributes. */
    private static Object json(Caller caller, AccountView view) {
        if (caller.is(Role.ADMIN)) {
            return ServiceJson.AccountAdminView.of(view);
        }
        Account a = view.account();
        return new EndUserView(a.getId(), a.getCustomer().getId(), a.getPhoneNumber(), a.getEmail(), attributes(view));
    }

    /** Only the attributes the role lets the end user view, each with whether it may be changed. */
    private static SelfServiceView selfServiceJson(AccountView view) {
        return new SelfServiceView(view.account().getId(), attributes(view));
    }

    /** The account as its end user (a customer or account user) sees it. */
    @JsonbPropertyOrder({"id", "customer", "phoneNumber", "email", "attributes"})
    public record EndUserView(String id, String customer, @JsonbNillable String phoneNumber, @JsonbNillable String email,
                              Map<String, Object> attributes) {
    }

    @JsonbPropertyOrder({"account", "attributes"})
    public record SelfServiceView(String account, Map<String, Object> attributes) {
    }

    /** An option the end user sees: its own setting, what is in effect, whether the end user may change it. */
    @JsonbPropertyOrder({"setting", "effective", "modifiable"})
    public record OptionAttribute(String setting, boolean effective, boolean modifiable) {
    }

    /** The DTMF codes in effect, whether they are the account's own, and whether the end user may change them. */
    @JsonbPropertyOrder({"start", "stop", "custom", "modifiable"})
    public record CodesAttribute(String start, String stop, boolean custom, boolean modifiable) {
    }

    /** The attributes by name, options in their order and the dialing codes last. */
    private static Map<String, Object> attributes(AccountView view) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (RecordingOption option : RecordingOption.values()) {
            Attribute attribute = Attribute.of(option);
            if (AccessRole.mayView(view.endUserGrants(), attribute)) {
                attributes.put(option.jsonName(), new OptionAttribute(view.account().getConfiguration().get(option).jsonName(),
                        view.effective().isOn(option), AccessRole.mayModify(view.endUserGrants(), attribute)));
            }
        }
        if (AccessRole.mayView(view.endUserGrants(), Attribute.DIALING_CODES)) {
            DtmfCodes codes = view.effective().codes();
            attributes.put(Attribute.DIALING_CODES.jsonName(), new CodesAttribute(codes.start(), codes.stop(),
                    view.account().customCodes().isPresent(), AccessRole.mayModify(view.endUserGrants(), Attribute.DIALING_CODES)));
        }
        return attributes;
    }

    /** Every custom field that applies to accounts, with this account's value or null (admin only). */
    @GET
    @Path("{id}/custom-fields")
    public Response customFields(@PathParam("id") String id) {
        return CustomFieldValueAnswers.list(customFields, current.require(Role.ADMIN), CustomFieldOwner.ACCOUNT, id);
    }

    @GET
    @Path("{id}/custom-fields/{name}")
    public Response customField(@PathParam("id") String id, @PathParam("name") String name) {
        return CustomFieldValueAnswers.one(customFields, current.require(Role.ADMIN), CustomFieldOwner.ACCOUNT, id, name);
    }

    /** Body {@code {"value": "..."}}; null or "" unsets it (admin only). */
    @PUT
    @Path("{id}/custom-fields/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setCustomField(@PathParam("id") String id, @PathParam("name") String name, String body) {
        return CustomFieldValueAnswers.put(customFields, bodies, current.require(Role.ADMIN), CustomFieldOwner.ACCOUNT,
                id, name, body);
    }
}
