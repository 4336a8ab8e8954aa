package io.callrec.media.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Our side file: {@code {"callId": "...", "caller": {"sdp": "..."}, "callee": {"sdp": "..."},
 * "metadata": "..."}}. Every field is optional except at least one SDP; "sdp" may also be an array
 * of SDPs (offer then re-offers). Unknown fields are ignored.
 */
final class JsonSideFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSideFile() {
    }

    static SideFile parse(String text) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException("side file is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("side file JSON is not an object");
        }
        return new SideFile(text(root.get("callId")), sdps(root.get("caller")), sdps(root.get("callee")),
                text(root.get("metadata")));
    }

    private static List<String> sdps(JsonNode side) {
        List<String> list = new ArrayList<>();
        JsonNode sdp = side == null ? null : side.get("sdp");
        if (sdp != null && sdp.isTextual()) {
            list.add(sdp.asText());
        } else if (sdp != null && sdp.isArray()) {
            sdp.forEach(n -> {
                if (n.isTextual()) {
                    list.add(n.asText());
                }
            });
        }
        return list;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
