package io.callrec.interfaces.console;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Back and forth over a newest-first list paged by keyset (each page starts below the last id of the one
 * before): remembers the cursors of the pages behind, so "previous" reloads exactly the page it left.
 */
final class KeysetPager implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long FIRST = Long.MIN_VALUE;

    private final Deque<Long> behind = new ArrayDeque<>();
    private Long cursor;

    /** The cursor of the first page (null), forgetting every page behind. */
    Long restart() {
        behind.clear();
        cursor = null;
        return null;
    }

    /** The cursor of the page after the current one, whose last id is {@code lastId}. */
    Long next(long lastId) {
        behind.push(cursor == null ? FIRST : cursor);
        cursor = lastId;
        return cursor;
    }

    /** The cursor of the page before the current one (null: the first), or the current one's on the first page. */
    Long previous() {
        if (!behind.isEmpty()) {
            Long before = behind.pop();
            cursor = before == FIRST ? null : before;
        }
        return cursor;
    }

    /** The cursor the current page was loaded from (reloading it). */
    Long current() {
        return cursor;
    }

    boolean isFirstPage() {
        return behind.isEmpty();
    }

    int pageNumber() {
        return behind.size() + 1;
    }
}
