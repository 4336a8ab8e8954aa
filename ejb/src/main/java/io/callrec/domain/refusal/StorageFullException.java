package io.callrec.domain.refusal;

import java.util.Map;

/** The storage has too little free space to accept a capture now: 503, to be tried again in 5 minutes. */
public class StorageFullException extends RequestRefusedException {

    static final String RETRY_AFTER_SECONDS = "300";

    public StorageFullException(String message) {
        super(503, message);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", RETRY_AFTER_SECONDS);
    }
}
