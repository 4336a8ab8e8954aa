package io.callrec.interfaces.console;

import io.callrec.application.access.XdrCatalog;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.persistence.Xdrs;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A searchable, paged list of calls (xDRs) newest first with the in-page player: the shared part of the
 * console's xDR panel and self-care's "My calls". The list is {@link XdrCatalog#list} for the request's
 * caller, so the visibility rule filters it in the query exactly as it filters {@code GET /api/v1/xdrs};
 * pages go back and forth over the same keyset cursor the API gives. Dates are whole days in UTC (the
 * {@code to} day included).
 */
public abstract class CallListing implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    XdrCatalog catalog;

    @Inject
    CurrentCaller current;

    @Inject
    Player player;

    private String customer;
    private String account;
    private String number;
    private LocalDate from;
    private LocalDate to;
    private RecordingState state;

    private final KeysetPager pager = new KeysetPager();
    private List<CallRow> rows = new ArrayList<>();
    private boolean more;
    private Player.Track track;

    @PostConstruct
    void firstPage() {
        search();
    }

    /** Starts over from the newest call with the current search fields. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Texts.error("search:to", "search.toBeforeFrom");
            return;
        }
        load(pager.restart());
    }

    public void next() {
        if (!more || rows.isEmpty()) {
            return;
        }
        load(pager.next(rows.get(rows.size() - 1).xdrId()));
    }

    public void previous() {
        if (pager.isFirstPage()) {
            return;
        }
        load(pager.previous());
    }

    public void play(CallRow row) {
        if (row.recordingId() == null) {
            return;
        }
        track = player.open(current.get(), row.recordingId(),
                Texts.text("player.title", row.callingNumber(), row.calledNumber(), row.connectTime().toString()))
                .orElse(null);
        if (track == null) {
            Texts.error(null, "player.unavailable");
        }
    }

    private void load(Long before) {
        Caller caller = current.get();
        Xdrs.Filter filter = new Xdrs.Filter(restrictAccount(caller, account), restrictCustomer(caller, customer),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), blankToNull(number),
                state, before, PAGE_SIZE + 1);
        List<CallRow> found = catalog.list(caller, filter).stream().map(CallRow::of).toList();
        more = found.size() > PAGE_SIZE;
        rows = more ? found.subList(0, PAGE_SIZE) : found;
    }

    /** The account filter as this page offers it (the visibility rule applies whatever is asked). */
    protected String restrictAccount(Caller caller, String asked) {
        return blankToNull(asked);
    }

    protected String restrictCustomer(Caller caller, String asked) {
        return blankToNull(asked);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<CallRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isFirstPage() {
        return pager.isFirstPage();
    }

    public int getPageNumber() {
        return pager.pageNumber();
    }

    public Player.Track getTrack() {
        return track;
    }

    public RecordingState[] getStates() {
        return RecordingState.values();
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public RecordingState getState() {
        return state;
    }

    public void setState(RecordingState state) {
        this.state = state;
    }
}
