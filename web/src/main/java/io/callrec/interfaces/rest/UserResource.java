package io.callrec.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbNillable;
import io.callrec.interfaces.rest.binding.Constraints;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import jakarta.validation.constraints.NotNull;
import io.callrec.interfaces.rest.binding.StrictValues;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import io.callrec.application.identity.IdentityJson;
import io.callrec.application.identity.OwnPassword;
import io.callrec.application.identity.TokenAdministration;
import io.callrec.application.identity.UserAdministration;
import io.callrec.application.identity.UserAdministration.UserForm;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/users}: users and the switch users' API tokens (admin only), and for every caller
 * {@code me} (who am I) and {@code me/password} (change my own password). Passwords, hashes and token
 * secrets are never returned, except a new token's secret, once, when it is issued.
 */
@RequestScoped
@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    static final String ROLES = Arrays.stream(Role.values()).map(Role::jsonName).collect(Collectors.joining(", "));

    /** The body of {@code PUT /users/{login}}; the password is taken exactly as sent. */
    public record UserRequest(@JsonbTypeDeserializer(StrictValues.RawText.class) String password,
                              @NotNull(message = Constraints.REQUIRED) String role, String customer, String account) {
    }

    /** The body of {@code PUT /users/me/password}: both passwords exactly as sent. */
    public record PasswordChange(@JsonbTypeDeserializer(StrictValues.RawText.class) String current,
                                 @JsonbProperty("new") @JsonbTypeDeserializer(StrictValues.RawText.class) String replacement) {
    }

    /** Who the caller is; {@code customer} and {@code account} are null for the roles that belong to none. */
    @JsonbPropertyOrder({"login", "role", "customer", "account"})
    public record Me(String login, String role, @JsonbNillable String customer, @JsonbNillable String account) {
    }

    /** The optional body of {@code POST /users/{login}/tokens}. */
    public record TokenRequest(String name) {
    }

    @Inject
    UserAdministration users;

    @Inject
    TokenAdministration tokens;

    @Inject
    OwnPassword ownPassword;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("limit") String limit) {
        return Listings.list(users.users(current.get(), QueryParams.limit(limit)), IdentityJson.UserView::of);
    }

    /** Who the caller is: login, role and what it belongs to. */
    @GET
    @Path("me")
    public Response me() {
        Caller caller = current.get();
        return Response.ok(new Me(caller.login(), caller.role().jsonName(), caller.customerId(), caller.accountId())).build();
    }

    /** Body {@code {"current": "...", "new": "..."}}. */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeOwnPassword(String body) {
        Caller caller = current.get();
        PasswordChange change = bodies.read(body, PasswordChange.class, Document.BODY);
        ownPassword.change(caller, change.current(), change.replacement());
        return Response.noContent().build();
    }

    @GET
    @Path("{login}")
    public Response get(@PathParam("login") String login) {
        return Listings.one(users.user(current.get(), login), IdentityJson.UserView::of);
    }

    /** Body {@code {"password": "...", "role": "admin|customer|account|switch", "customer": "..", "account": ".."}}. */
    @PUT
    @Path("{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("login") String login, String body) {
        Caller caller = current.require(Role.ADMIN);
        UserRequest request = bodies.read(body, UserRequest.class, Document.BODY);
        Role role = Role.parse(request.role()).orElseThrow(() -> new InvalidFieldException("role",
                "must be one of " + ROLES + ", not '" + request.role() + "'"));
        var saved = users.save(caller, login, new UserForm(request.password(), role, request.customer(), request.account()));
        return Saves.answer(saved, IdentityJson.UserView.of(saved.entity()), uri);
    }

    @DELETE
    @Path("{login}")
    public Response delete(@PathParam("login") String login) {
        users.delete(current.require(Role.ADMIN), login);
        return Response.noContent().build();
    }

    /** Body {@code {"name": "..."}} (optional). The answer's {@code token} is the only copy of the secret. */
    @POST
    @Path("{login}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueToken(@PathParam("login") String login, String body) {
        Caller caller = current.require(Role.ADMIN);
        String name = body == null || body.isBlank() ? null : bodies.read(body, TokenRequest.class, Document.BODY).name();
        TokenAdministration.Issued issued = tokens.issue(caller, login, name);
        IdentityJson.TokenView json = IdentityJson.TokenView.issued(issued.token(), issued.bearer());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.token().getId()).build())
                .header("Cache-Control", "no-store").entity(json).build();
    }

    @GET
    @Path("{login}/tokens")
    public Response tokens(@PathParam("login") String login) {
        return Listings.list(tokens.tokens(current.get(), login), IdentityJson.TokenView::of);
    }

    /** Revokes the token: the next request that presents it is refused. */
    @DELETE
    @Path("{login}/tokens/{id}")
    public Response revokeToken(@PathParam("login") String login, @PathParam("id") String id) {
        tokens.revoke(current.require(Role.ADMIN), login, id);
        return Response.noContent().build();
    }
}
