package io.callrec.domain.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A class of customers sharing settings, such as the "New call recording is available" notification. */
@Entity
@Table(name = "customer_class")
public class CustomerClass {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    private boolean newRecordingNotification;

    protected CustomerClass() {
    }

    public CustomerClass(String id, String name, boolean newRecordingNotification) {
        this.id = id;
        update(name, newRecordingNotification);
    }

    public void update(String newName, boolean notify) {
        this.name = newName;
        this.newRecordingNotification = notify;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public boolean isNewRecordingNotification() { return newRecordingNotification; }
}
