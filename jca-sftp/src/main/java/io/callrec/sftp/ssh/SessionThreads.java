package io.callrec.sftp.ssh;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

/**
 * Makes and remembers the threads JSch starts for one session (its packet reader), so closing the
 * link can wait for them to end instead of leaving them behind.
 */
final class SessionThreads implements ThreadFactory {

    private static final Logger LOG = Logger.getLogger(SessionThreads.class.getName());
    private static final long JOIN_MILLIS = 10_000;

    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    /** Waits for every thread to end (the session is disconnected, so they are on their way out). */
    void join() {
        for (Thread thread : threads) {
            if (thread == Thread.currentThread()) {
                continue;
            }
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                LOG.warning(() -> "SFTP session thread '" + thread.getName() + "' did not end");
            } else {
                threads.remove(thread);
            }
        }
    }
}
