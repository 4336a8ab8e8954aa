package io.callrec.interfaces.console;

import io.callrec.application.lifecycle.RecordingRequeue;
import io.callrec.application.lifecycle.RecordingsNeedingAttention;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Recordings needing attention", {@code /console/attention.xhtml}. Roles: <b>admin</b> only (web.xml's
 * constraint on {@code /console/*}, and the services are admin-only). FAILED and PARTIAL recordings with
 * their reasons, newest first, paged ({@link RecordingsNeedingAttention}); one or the selected ones are
 * queued again through {@link RecordingRequeue}, the service {@code POST /api/v1/recordings/{id}/requeue}
 * calls, each in its own transaction. Each row then says what happened to it: requeued, or refused with
 * the service's reason (a PARTIAL recording, or one whose capture is gone). The list stays as it was until
 * "Refresh", so the outcomes stay beside their rows.
 */
@Named("attention")
@ViewScoped
public class AttentionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    RecordingsNeedingAttention attention;

    @Inject
    RecordingRequeue requeue;

    @Inject
    CurrentCaller current;

    private final KeysetPager pager = new KeysetPager();
    private List<AttentionRow> rows = List.of();
    private long total;
    private boolean more;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private final Map<Long, Outcome> outcomes = new HashMap<>();

    /** What a requeue did to one recording: queued again, or refused and why. */
    public record Outcome(boolean requeued, String text) implements Serializable {
        public boolean isRequeued() {
            return requeued;
        }

        public String getText() {
            return text;
        }
    }

    @PostConstruct
    void firstPage() {
        load(pager.restart());
    }

    /** Reads the current page again (after requeues), forgetting the outcomes shown. */
    public void refresh() {
        outcomes.clear();
        selected.clear();
        load(pager.current());
    }

    public void next() {
        if (more && !rows.isEmpty()) {
            load(pager.next(rows.get(rows.size() - 1).id()));
        }
    }

    public void previous() {
        if (!pager.isFirstPage()) {
            load(pager.previous());
        }
    }

    /** Queues one recording again; its row shows the outcome. */
    public void requeueOne(AttentionRow row) {
        requeueEach(List.of(row.id()));
    }

    /** Queues every selected recording of this page again, each on its own; each row shows its outcome. */
    public void requeueSelected() {
        List<Long> ids = rows.stream().map(AttentionRow::id).filter(id -> Boolean.TRUE.equals(selected.get(id))).toList();
        if (ids.isEmpty()) {
            Texts.error(null, "attention.noneSelected");
            return;
        }
        requeueEach(ids);
    }

    private void requeueEach(List<Long> ids) {
        Caller caller = current.get();
        int requeued = 0;
        for (long id : ids) {
            try {
                requeue.requeue(caller, id);
                outcomes.put(id, new Outcome(true, Texts.text("attention.requeued")));
                requeued++;
            } catch (RequestRefusedException e) {
                outcomes.put(id, new Outcome(false, Texts.text("attention.refused", e.getMessage())));
            }
            selected.remove(id);
        }
        Texts.info(null, "attention.summary", requeued, ids.size() - requeued);
    }

    private void load(Long before) {
        RecordingsNeedingAttention.Page page = attention.list(current.get(), before, PAGE_SIZE + 1);
        List<AttentionRow> found = page.items().stream().map(AttentionRow::of).toList();
        more = found.size() > PAGE_SIZE;
        rows = more ? found.subList(0, PAGE_SIZE) : found;
        total = page.total();
    }

    public List<AttentionRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
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

    /** Row selection for the bulk requeue, by recording id. */
    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    /** The outcome of the last requeue of each row, by recording id (none: not requeued on this page). */
    public Map<Long, Outcome> getOutcomes() {
        return outcomes;
    }
}
