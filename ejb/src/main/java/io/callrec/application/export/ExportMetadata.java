package io.callrec.application.export;

import io.callrec.domain.account.Account;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customfield.CustomFieldValues;
import io.callrec.domain.export.MetaFileItem;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON metadata file written next to each exported recording (bound by JSON-B; a missing value is
 * written as null, so every file has every key): the recording, its call as the xDR describes it, the
 * audio file's format, size and SHA-256, and the values the {@code meta_file_items} setting names, under
 * their names.
 */
@JsonbPropertyOrder({"recordingId", "customerId", "state", "durationMillis", "direction", "callingNumber", "calledNumber",
        "h323ConfId", "connectTime", "disconnectTime", "format", "sizeBytes", "sha256", "metaFileItems"})
public record ExportMetadata(long recordingId, String customerId, String state, Long durationMillis, String direction,
                             String callingNumber, String calledNumber, String h323ConfId, String connectTime,
                             String disconnectTime, String format, Long sizeBytes, String sha256,
                             Map<String, String> metaFileItems) {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** The metadata of a recording with audio; {@code xdr}, {@code account} and {@code customer} may be null. */
    static ExportMetadata of(Recording r, Xdr xdr, Account account, Customer customer, CustomFieldValues custom,
                             List<MetaFileItem> items) {
        Map<String, String> values = new LinkedHashMap<>();
        items.forEach(item -> values.put(item.name(), MetaValues.of(item, xdr, account, customer, custom)));
        return new ExportMetadata(r.getId(), r.getCustomerId(), r.getState().name(), r.getDurationMillis(),
                xdr == null ? null : xdr.getDirection().name(), xdr == null ? null : xdr.getCallingNumber(),
                xdr == null ? null : xdr.getCalledNumber(), xdr == null ? null : xdr.getH323ConfId(),
                xdr == null ? null : xdr.getConnectTime().toString(), xdr == null ? null : xdr.getDisconnectTime().toString(),
                r.getFormat(), r.getSizeBytes(), r.getSha256(), values);
    }

    byte[] json() {
        return JSONB.toJson(this).getBytes(StandardCharsets.UTF_8);
    }
}
