package io.callrec.domain.dialing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A PBX dialing rule: the DTMF codes that start and stop recording; assigned to customers or accounts. */
@Entity
@Table(name = "dialing_rule")
public class DialingRule {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DialingRuleType type;

    @Column(nullable = false, length = 8)
    private String startCode;

    @Column(nullable = false, length = 8)
    private String stopCode;

    protected DialingRule() {
    }

    public DialingRule(String id, String name, DtmfCodes codes) {
        this.id = id;
        update(name, codes);
    }

    public void update(String newName, DtmfCodes codes) {
        this.name = newName;
        this.type = DialingRuleType.PBX;
        this.startCode = codes.start();
        this.stopCode = codes.stop();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public DialingRuleType getType() { return type; }

    public DtmfCodes codes() {
        return new DtmfCodes(startCode, stopCode);
    }
}
