package io.callrec.infrastructure.storage;

/** The storage has too little free space to accept a capture now (answered with 503). */
public class StorageFullException extends RuntimeException {
    public StorageFullException(String message) {
        super(message);
    }
}
