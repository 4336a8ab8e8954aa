package io.callrec.domain.webevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt to post one event to one handler, kept so that the registrant sees what its receiver
 * answered: the HTTP status (null when no answer came) or the error, and the start of the reply.
 */
@Entity
@Table(name = "event_delivery", indexes = @Index(name = "event_delivery_handler_idx", columnList = "handlerId, id"))
public class EventDelivery {

    public static final int EXCERPT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = EventHandler.MAX_ID_LENGTH)
    private String handlerId;

    @Column(nullable = false)
    private long eventId;

    @Column(nullable = false)
    private Instant attemptedAt;

    private Integer status;

    @Column(length = 1000)
    private String error;

    @Column(length = EXCERPT_LENGTH)
    private String reply;

    @Column(nullable = false)
    private boolean replay;

    protected EventDelivery() {
    }

    public EventDelivery(String handlerId, long eventId, Instant attemptedAt, Integer status, String error, String reply,
                         boolean replay) {
        this.handlerId = handlerId;
        this.eventId = eventId;
        this.attemptedAt = attemptedAt;
        this.status = status;
        this.error = cut(error, 1000);
        this.reply = cut(reply, EXCERPT_LENGTH);
        this.replay = replay;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Whether the receiver accepted the event (a 2xx answer). */
    public boolean accepted() {
        return status != null && status >= 200 && status < 300;
    }

    public Long getId() { return id; }
    public String getHandlerId() { return handlerId; }
    public long getEventId() { return eventId; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public Integer getStatus() { return status; }
    public String getError() { return error; }
    public String getReply() { return reply; }
    public boolean isReplay() { return replay; }
}
