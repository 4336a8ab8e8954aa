package io.callrec.interfaces.rest;

import io.callrec.application.export.SftpStorageAdministration;
import io.callrec.application.export.SftpStorageAdministration.Change;
import io.callrec.application.export.SftpStorageAdministration.View;
import io.callrec.application.export.StorageCheck;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.rest.binding.Document;
import io.callrec.interfaces.rest.binding.JsonBodies;
import io.callrec.interfaces.rest.binding.StrictValues;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/settings/sftp-storage} (admin only): the "SFTPStorage" settings under the product's
 * names, and {@code .../verify}, which tries settings against the server and lists every check. Secrets
 * are write-only: the answer says only whether each is set.
 */
@RequestScoped
@Path("/v1/settings/sftp-storage")
@Produces(MediaType.APPLICATION_JSON)
public class SftpStorageResource {

    /** The body of PUT and (optional) of verify; a secret left out keeps the stored one, "" removes it. */
    public record SftpStorageRequest(Boolean enabled, String host, Integer port, String user,
                                     @JsonbTypeDeserializer(StrictValues.RawText.class) String password,
                                     @JsonbProperty("private_key") @JsonbTypeDeserializer(StrictValues.RawText.class) String privateKey,
                                     @JsonbProperty("private_key_passphrase") @JsonbTypeDeserializer(StrictValues.RawText.class)
                                     String passphrase,
                                     @JsonbProperty("host_key") @JsonbTypeDeserializer(StrictValues.RawText.class) String hostKey,
                                     @JsonbProperty("root_path") String rootPath,
                                     @JsonbProperty("meta_file_items") List<String> metaFileItems, String environment) {

        Change change() {
            return new Change(Boolean.TRUE.equals(enabled), host, port, user, password, privateKey, passphrase, hostKey,
                    rootPath, metaFileItems, environment);
        }
    }

    /** The settings as answered: no secret, only whether it is set. */
    @JsonbPropertyOrder({"enabled", "host", "port", "user", "password", "private_key", "private_key_passphrase", "host_key",
            "root_path", "meta_file_items", "environment", "updated_at"})
    public record SftpStorageView(boolean enabled, String host, int port, String user, String password,
                                  @JsonbProperty("private_key") String privateKey,
                                  @JsonbProperty("private_key_passphrase") String passphrase,
                                  @JsonbProperty("host_key") String hostKey, @JsonbProperty("root_path") String rootPath,
                                  @JsonbProperty("meta_file_items") List<String> metaFileItems, String environment,
                                  @JsonbProperty("updated_at") String updatedAt) {

        static SftpStorageView of(View v) {
            return new SftpStorageView(v.enabled(), v.host(), v.port(), v.user(), set(v.passwordSet()), set(v.privateKeySet()),
                    set(v.passphraseSet()), v.hostKey(), v.rootPath(), v.metaFileItems(), v.environment(),
                    v.updatedAt() == null ? null : v.updatedAt().toString());
        }

        private static String set(boolean set) {
            return set ? "set" : "not set";
        }
    }

    /** The answer of verify: ok when every check passed, and each check. */
    @JsonbPropertyOrder({"ok", "checks"})
    public record Verification(boolean ok, List<StorageCheck> checks) {
    }

    @Inject
    SftpStorageAdministration administration;

    @Inject
    CurrentCaller current;

    @Inject
    JsonBodies bodies;

    @GET
    public Response get() {
        return Response.ok(SftpStorageView.of(administration.view(current.require(Role.ADMIN)))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        Caller caller = current.require(Role.ADMIN);
        SftpStorageRequest request = bodies.read(body, SftpStorageRequest.class, Document.BODY);
        return Response.ok(SftpStorageView.of(administration.save(caller, request.change()))).build();
    }

    /** With a body: those settings (secrets left out: the stored ones); without: the stored settings. */
    @POST
    @Path("verify")
    public Response verify(String body) {
        Caller caller = current.require(Role.ADMIN);
        Change change = body == null || body.isBlank() ? null
                : bodies.read(body, SftpStorageRequest.class, Document.BODY).change();
        List<StorageCheck> checks = administration.verify(caller, change);
        return Response.ok(new Verification(checks.stream().allMatch(StorageCheck::ok), checks)).build();
    }
}
