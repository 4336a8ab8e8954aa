package io.callrec.application.export;

import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.export.InvalidStorageSettingsException;
import io.callrec.domain.export.MetaFileItems;
import io.callrec.domain.export.SftpStorageSettings;
import io.callrec.domain.export.SftpStorageValues;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.infrastructure.persistence.CustomFields;
import io.callrec.infrastructure.persistence.ExportRecords;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin reads, changes and verifies the "SFTPStorage" settings. The secrets (password,
 * private key, its passphrase) are never handed back, only whether they are set; a change that leaves a
 * secret out keeps the stored one, an empty secret removes it. Saved settings apply to the next exported
 * file on every instance. Each change is audited: the secrets only as set or not set, and which of them changed.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class SftpStorageAdministration {

    /**
     * A change of the settings: every field but the secrets replaces the stored value (null: not set,
     * port null: 22); a secret left null keeps the stored one.
     */
    public record Change(boolean enabled, String host, Integer port, String user, String password, String privateKey,
                         String passphrase, String hostKey, String rootPath, List<String> metaFileItems,
                         String environment) {
    }

    /** The settings as an admin sees them: secrets only as set or not set. */
    public record View(boolean enabled, String host, int port, String user, boolean passwordSet, boolean privateKeySet,
                       boolean passphraseSet, String hostKey, String rootPath, List<String> metaFileItems,
                       String environment, Instant updatedAt) {

        static View of(SftpStorageValues v, Instant updatedAt) {
            List<String> items = v.metaFileItems() == null ? List.of()
                    : v.metaFileItems().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new View(v.enabled(), v.host(), v.port(), v.user(), v.password() != null, v.privateKey() != null,
                    v.passphrase() != null, v.hostKey(), v.rootPath(), items, v.environment(), updatedAt);
        }
    }

    @Inject
    ExportRecords records;

    @Inject
    StorageVerification verification;

    @Inject
    CustomFields customFields;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public View view(Caller caller) {
        caller.require(Role.ADMIN);
        return records.settings().map(s -> View.of(s.values(), s.getUpdatedAt()))
                .orElse(View.of(SftpStorageValues.none(), null));
    }

    /**
     * Saves the change; refused (400) with every problem when the result could not export, a
     * meta_file_items entry naming a custom field that is not defined included.
     */
    public View save(Caller caller, Change change) {
        caller.require(Role.ADMIN);
        SftpStorageSettings stored = records.lockSettings().orElse(null);
        SftpStorageValues values = merged(stored == null ? SftpStorageValues.none() : stored.values(), change);
        List<String> problems = new ArrayList<>(values.problems());
        if (problems.isEmpty()) {
            MetaFileItems.undefinedFields(values.items(), customFields.names()).forEach(p -> problems.add("meta_file_items: " + p));
        }
        if (problems.isEmpty() && values.enabled()) {
            try {
                StorageEndpoints.of(values);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStorageSettingsException(problems);
        }
        Instant now = clock.instant();
        SftpStorageValues before = stored == null ? null : stored.values();
        audit.changed(caller, "sftp-storage", "settings", before == null ? null : SettingsSnapshot.of(before),
                SettingsSnapshot.after(before == null ? SftpStorageValues.none() : before, values));
        if (stored == null) {
            stored = new SftpStorageSettings(values, now);
            records.add(stored);
        } else {
            stored.change(values, now);
        }
        return View.of(values, now);
    }

    /** Verify with the given settings (secrets left out: the stored ones), or the stored settings when null. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<StorageCheck> verify(Caller caller, Change change) {
        caller.require(Role.ADMIN);
        SftpStorageValues stored = records.settings().map(SftpStorageSettings::values).orElse(SftpStorageValues.none());
        return verification.verify(change == null ? stored : merged(stored, change));
    }

    private static SftpStorageValues merged(SftpStorageValues stored, Change c) {
        String items = c.metaFileItems() == null ? null : String.join("\n", c.metaFileItems());
        if (items != null && c.metaFileItems().stream().noneMatch(s -> s == null)) {
            try {
                items = MetaFileItems.format(MetaFileItems.parse(items)); // canonical names, one per line
            } catch (IllegalArgumentException invalid) {
                // kept as given: problems() reports it
            }
        }
        return new SftpStorageValues(c.enabled(), c.host(), c.port() == null ? SftpStorageValues.DEFAULT_PORT : c.port(),
                c.user(), c.password() == null ? stored.password() : c.password(),
                c.privateKey() == null ? stored.privateKey() : c.privateKey(),
                c.passphrase() == null ? stored.passphrase() : c.passphrase(), c.hostKey(), c.rootPath(), items,
                c.environment());
    }
}
