package io.callrec.sftp.ra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.Serializable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The adapter's life: it owns the one scheduler thread that watches running operations for stalls
 * (started with the adapter, stopped with it). Outbound only; it has no configuration of its own.
 */
public class SftpResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SftpResourceAdapter.class.getName());
    static final String WATCHDOG_THREAD = "callrec-sftp-watchdog";

    private transient volatile ScheduledThreadPoolExecutor scheduler;

    @Override
    public void start(BootstrapContext context) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, WATCHDOG_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        scheduler = executor;
        LOG.fine("SFTP resource adapter started");
    }

    @Override
    public void stop() {
        ScheduledThreadPoolExecutor executor = scheduler;
        scheduler = null;
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("the SFTP watchdog thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.fine("SFTP resource adapter stopped");
    }

    /** The stall watch scheduler; the adapter must be started. */
    ScheduledExecutorService scheduler() throws ResourceException {
        ScheduledExecutorService executor = scheduler;
        if (executor == null) {
            throw new ResourceException("the SFTP resource adapter is not started", "UNAVAILABLE");
        }
        return executor;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        throw new NotSupportedException("the SFTP adapter is outbound only");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        // outbound only: nothing was activated
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** JCA compares adapters by their configuration properties; this one has none. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
