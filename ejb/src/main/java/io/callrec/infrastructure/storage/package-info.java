/** Files on disk: the capture spool and the published audio, laid out by {@link io.callrec.infrastructure.storage.StorageLayout}. */
package io.callrec.infrastructure.storage;
