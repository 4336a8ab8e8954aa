package io.callrec.sftp.ssh;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches one operation: when no {@link #progress()} has been seen for the limit, it runs the abort
 * action (which disconnects the session, so the blocked JSch call returns with an error) and
 * remembers that it did. Checks run on the shared scheduler; nothing runs once {@link #close()}d.
 */
final class StallWatch implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final long limitNanos;
    private final Runnable abort;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean fired;
    private ScheduledFuture<?> next;
    private boolean closed;

    private StallWatch(ScheduledExecutorService scheduler, long limitNanos, Runnable abort) {
        this.scheduler = scheduler;
        this.limitNanos = limitNanos;
        this.abort = abort;
    }

    static StallWatch start(ScheduledExecutorService scheduler, long limitMillis, Runnable abort) {
        StallWatch watch = new StallWatch(scheduler, TimeUnit.MILLISECONDS.toNanos(limitMillis), abort);
        watch.schedule(watch.limitNanos);
        return watch;
    }

    /** The server answered or took data: the limit counts again from now. */
    void progress() {
        lastProgress = System.nanoTime();
    }

    /** Whether the limit passed and the abort action ran. */
    boolean fired() {
        return fired;
    }

    private synchronized void schedule(long delayNanos) {
        if (!closed) {
            next = scheduler.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void check() {
        long idle = System.nanoTime() - lastProgress;
        if (idle < limitNanos) {
            schedule(limitNanos - idle);
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            fired = true;
        }
        abort.run();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
