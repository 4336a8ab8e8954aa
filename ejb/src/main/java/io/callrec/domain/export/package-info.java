/**
 * Export of recordings to external SFTP storage: the storage settings as the product names them
 * ("SFTPStorage"), the {@code meta_file_items} that name extra values for each recording's JSON metadata
 * file, where a recording's files go on the storage, and each recording's export state.
 */
package io.callrec.domain.export;
