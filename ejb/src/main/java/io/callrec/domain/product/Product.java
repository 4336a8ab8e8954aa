package io.callrec.domain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A product of the service provider's catalogue: a base product an account subscribes to, or an add-on
 * bought on top. It may carry the call recording feature, with the options it turns on.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    private boolean addOn;

    /** Whether the product carries call recording at all; the options below only count when it does. */
    private boolean callRecording;

    @Embedded
    private RecordingFeature recording;

    protected Product() {
    }

    public Product(String id, String name, boolean addOn, RecordingFeature recording) {
        this.id = id;
        update(name, addOn, recording);
    }

    /** Replaces the product's definition; a null feature means "no call recording". */
    public void update(String newName, boolean isAddOn, RecordingFeature feature) {
        this.name = newName;
        this.addOn = isAddOn;
        this.callRecording = feature != null;
        this.recording = feature != null ? feature : RecordingFeature.of(java.util.EnumSet.noneOf(RecordingOption.class));
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public boolean isAddOn() { return addOn; }

    public Optional<RecordingFeature> recordingFeature() {
        return callRecording && recording != null ? Optional.of(recording) : Optional.empty();
    }
}
