package io.callrec.interfaces.console;

import io.callrec.application.delivery.GlobalSettings;
import io.callrec.application.export.SftpStorageAdministration;
import io.callrec.application.export.StorageCheck;
import io.callrec.domain.export.InvalidStorageSettingsException;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Global settings, {@code /console/settings.xhtml}. Roles: <b>admin</b> only. E-mail delivery of
 * recordings ({@code RecordsDelivery.Enabled}, through {@link GlobalSettings}, the service of
 * {@code PUT /api/v1/settings}) and the SFTP storage of exported recordings (through
 * {@link SftpStorageAdministration}, the service of {@code /api/v1/settings/sftp-storage}): Verify tries
 * the form's settings against the server and lists each check; Save applies them, each refused setting
 * shown next to its field.
 */
@Named("settingsPage")
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form field of each setting a refusal names (the text before its first colon). */
    private static final Map<String, String> FIELDS = Map.of("host", "host", "port", "port", "user", "user",
            "root_path", "rootPath", "meta_file_items", "metaFileItems", "environment", "environment",
            "host_key", "hostKey", "password or private_key", "password");

    @Inject
    GlobalSettings settings;

    @Inject
    SftpStorageAdministration storage;

    @Inject
    CurrentCaller current;

    private boolean recordsDelivery;
    private SftpStorageForm sftp;
    private List<Check> checks;

    /** One check of a Verify, for the page. */
    public record Check(String name, boolean ok, String message) implements Serializable {
        static Check of(StorageCheck c) {
            return new Check(c.name(), c.ok(), c.message());
        }

        public String getName() {
            return name;
        }

        public boolean isOk() {
            return ok;
        }

        public String getMessage() {
            return message;
        }
    }

    @PostConstruct
    void load() {
        recordsDelivery = settings.read(current.get()).recordsDeliveryEnabled();
        sftp = SftpStorageForm.of(storage.view(current.get()));
    }

    public void saveDelivery() {
        try {
            recordsDelivery = settings.change(current.get(), new GlobalSettings.Options(recordsDelivery, null))
                    .recordsDeliveryEnabled();
            Texts.info(null, recordsDelivery ? "settings.deliveryOn" : "settings.deliveryOff");
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    public void verify() {
        try {
            checks = storage.verify(current.get(), sftp.change()).stream().map(Check::of).toList();
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    public void saveSftp() {
        try {
            sftp = SftpStorageForm.of(storage.save(current.get(), sftp.change()));
            Texts.info(null, "settings.sftpSaved");
        } catch (InvalidStorageSettingsException e) {
            for (String problem : e.problems()) {
                int colon = problem.indexOf(':');
                String field = colon < 0 ? null : FIELDS.get(problem.substring(0, colon));
                Texts.errorText(field == null ? null : "sftp:" + field,
                        field == null ? problem : problem.substring(colon + 1).strip());
            }
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    /** Whether every check of the last Verify passed; null before one. */
    public Boolean getVerified() {
        return checks == null ? null : checks.stream().allMatch(Check::ok);
    }

    public List<Check> getChecks() {
        return checks;
    }

    public boolean isRecordsDelivery() {
        return recordsDelivery;
    }

    public void setRecordsDelivery(boolean recordsDelivery) {
        this.recordsDelivery = recordsDelivery;
    }

    public SftpStorageForm getSftp() {
        return sftp;
    }
}
