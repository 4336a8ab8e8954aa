package io.callrec.interfaces.rest;

import io.callrec.domain.identity.Role;
import io.callrec.infrastructure.announcement.Announcements;
import io.callrec.infrastructure.announcement.Prompt;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/announcements/{started|stopped}?encoding=pcmu|pcma&container=wav|raw}: the prompt
 * for the switch to play, 8 kHz mono G.711. {@code wav} (the default) is a WAVE file with format tag 7
 * (µ-law) or 6 (A-law); {@code raw} is the bare G.711 bytes ({@code audio/PCMU}, {@code audio/PCMA}).
 * For the switch (and admins).
 */
@RequestScoped
@Path("/v1/announcements/{prompt}")
public class AnnouncementResource {

    static final String PROMPTS = Arrays.stream(Prompt.values()).map(Prompt::pathName).collect(Collectors.joining(", "));

    @Inject
    Announcements announcements;

    @Inject
    CurrentCaller current;

    @GET
    public Response prompt(@PathParam("prompt") String name, @QueryParam("encoding") @DefaultValue("pcmu") String encoding,
                           @QueryParam("container") @DefaultValue("wav") String container) {
        current.require(Role.SWITCH, Role.ADMIN);
        Prompt prompt = Prompt.byName(name).orElse(null);
        if (prompt == null) {
            return ApiError.of(Response.Status.NOT_FOUND, "no announcement '" + name + "'; there are " + PROMPTS);
        }
        String law = encoding.trim().toLowerCase(Locale.ROOT);
        if (!law.equals("pcmu") && !law.equals("pcma")) {
            return ApiError.of(Response.Status.BAD_REQUEST,
                    "query parameter 'encoding' must be pcmu (µ-law) or pcma (A-law), not '" + encoding + "'");
        }
        Announcements.Container wrap = Arrays.stream(Announcements.Container.values())
                .filter(c -> c.name().equalsIgnoreCase(container.trim())).findFirst().orElse(null);
        if (wrap == null) {
            return ApiError.of(Response.Status.BAD_REQUEST,
                    "query parameter 'container' must be wav or raw, not '" + container + "'");
        }
        boolean muLaw = law.equals("pcmu");
        byte[] audio = announcements.g711(prompt, muLaw, wrap);
        String type = wrap == Announcements.Container.WAV ? "audio/wav" : muLaw ? "audio/PCMU" : "audio/PCMA";
        String file = prompt.pathName() + "-" + law + (wrap == Announcements.Container.WAV ? ".wav" : ".raw");
        return Response.ok(audio).type(type)
                .header(HttpHeaders.CONTENT_LENGTH, audio.length)
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "max-age=86400")
                .build();
    }
}
