package io.callrec.domain.customer;

import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.recording.AudioFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer of the service provider, identified by the id the switch and billing use. Recordings are
 * stored per customer and kept for the customer's retention period.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(length = 200)
    private String name;

    /** Days to keep recordings; null means the server's default. */
    private Integer retentionDays;

    /** The class whose settings (e.g. the new-recording notification) apply; optional. */
    @ManyToOne
    private CustomerClass customerClass;

    /** The PBX dialing rule of all the customer's accounts unless an account has its own; optional. */
    @ManyToOne
    private DialingRule dialingRule;

    /** The audio format of the customer's recordings ({@link AudioFormat#label()}); null = the server's. */
    @Column(length = 16)
    private String outputFormat;

    protected Customer() {
    }

    public Customer(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Integer getRetentionDays() { return retentionDays; }

    public void rename(String newName) {
        this.name = newName;
    }

    public CustomerClass getCustomerClass() { return customerClass; }
    public DialingRule getDialingRule() { return dialingRule; }

    public void classify(CustomerClass newClass) {
        this.customerClass = newClass;
    }

    public void useDialingRule(DialingRule rule) {
        this.dialingRule = rule;
    }

    /** The customer's own output format, or null when it inherits the server's. */
    public AudioFormat getOutputFormat() {
        return outputFormat == null ? null : AudioFormat.ofStored(outputFormat);
    }

    public void recordAs(AudioFormat format) {
        this.outputFormat = format == null ? null : format.label();
    }

    public void keepRecordingsFor(Integer days) {
        this.retentionDays = days;
    }
}
