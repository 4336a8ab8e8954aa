package io.callrec.domain.webevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A registered receiver of web events: where to post, the shared secret of the signature, the event
 * types it wants, the customer whose events it gets (none: every customer's, an operator's handler) and
 * the login that registered it (the signed audio links are issued to it). It carries its place in the
 * outcome feed: the last feed position delivered ({@code deliveredUpTo}, its cursor), and while the next event keeps
 * failing, since when, how often and when to try again; after the retry schedule's limit it is FAILING
 * until an event gets through.
 */
@Entity
@Table(name = "event_handler")
public class EventHandler {

    public static final int MAX_ID_LENGTH = 48;

    /**
     * How its deliveries go: OK (the last event got through, or none was tried), RETRYING (failing for less
     * than the retry schedule's limit) or FAILING (failing longer: still tried, at the schedule's longest delay).
     */
    public enum State { OK, RETRYING, FAILING }
    public static final int URL_LENGTH = 2048;
    public static final int SECRET_LENGTH = 256;

    @Id
    @Column(length = MAX_ID_LENGTH)
    private String id;

    @Column(nullable = false, length = URL_LENGTH)
    private String url;

    @Column(nullable = false, length = SECRET_LENGTH)
    private String secret;

    /** Comma-separated {@link WebEventType} names. */
    @Column(nullable = false, length = 255)
    private String eventTypes;

    @Column(length = 64)
    private String customerId;

    @Column(nullable = false, length = 128)
    private String registeredBy;

    @Column(nullable = false)
    private long deliveredUpTo;

    private Long pendingEvent;

    @Column(nullable = false)
    private int failures;

    private Instant failingSince;

    @Column(nullable = false)
    private boolean failing;

    private Instant nextAttemptAt;

    @Column(length = 1000)
    private String lastError;

    private Instant lastDeliveredAt;

    @Column(nullable = false)
    private Instant createdAt;

    protected EventHandler() {
    }

    /** A new handler that starts after feed position {@code cursor} (what happened before it is not sent). */
    public EventHandler(String id, String registeredBy, long cursor, Instant now) {
        this.id = id;
        this.registeredBy = registeredBy;
        this.deliveredUpTo = cursor;
        this.createdAt = now;
    }

    /**
     * Replaces what the registrant chose (the last one to save it is the registrant, to whom audio links
     * are issued); the place in the feed and the failure streak stay.
     */
    public void define(String url, String secret, Set<WebEventType> types, String customerId, String registeredBy) {
        this.url = url;
        this.registeredBy = registeredBy;
        this.secret = secret;
        this.eventTypes = types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.customerId = customerId;
    }

    public State state() {
        return failing ? State.FAILING : failures > 0 ? State.RETRYING : State.OK;
    }

    public boolean wants(WebEventType type) {
        return getEventTypes().contains(type);
    }

    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    /** An event before {@code position} needs nothing sent (not wanted, not visible): the cursor moves past it. */
    public void skipTo(long position) {
        if (position > deliveredUpTo) {
            deliveredUpTo = position;
        }
    }

    /** The event at {@code position} was accepted: the cursor moves past it and a failure streak ends. */
    public void delivered(long position, Instant now) {
        skipTo(position);
        pendingEvent = null;
        failures = 0;
        failingSince = null;
        failing = false;
        nextAttemptAt = null;
        lastError = null;
        lastDeliveredAt = now;
    }

    /** The event at {@code position} was not accepted: wait as the schedule says, failing after its limit. */
    public void failed(long position, String error, Instant now, RetrySchedule schedule) {
        if (pendingEvent == null || pendingEvent != position) {
            pendingEvent = position;
        }
        failures++;
        if (failingSince == null) {
            failingSince = now;
        }
        failing = schedule.isFailing(Duration.between(failingSince, now));
        nextAttemptAt = now.plus(schedule.delayAfter(failures));
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public String getId() { return id; }
    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public String getCustomerId() { return customerId; }
    public String getRegisteredBy() { return registeredBy; }
    public long getDeliveredUpTo() { return deliveredUpTo; }
    public Long getPendingEvent() { return pendingEvent; }
    public int getFailures() { return failures; }
    public Instant getFailingSince() { return failingSince; }
    public boolean isFailing() { return failing; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getLastDeliveredAt() { return lastDeliveredAt; }
    public Instant getCreatedAt() { return createdAt; }

    public List<WebEventType> getEventTypes() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isEmpty()).map(WebEventType::valueOf).toList();
    }
}
