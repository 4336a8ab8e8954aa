package io.callrec.infrastructure.scheduling;

import io.callrec.application.webevents.WebEventDispatch;
import io.callrec.infrastructure.webevents.WebEventSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin shell that runs the web event dispatcher every {@code callrec.webevents.interval-ms} (2 s by
 * default) on every instance (a non-persistent timer); the handlers' leases let one instance at a time
 * deliver to each handler.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebEventTimer {

    private static final Logger LOG = Logger.getLogger(WebEventTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    WebEventSettings settings;

    @Inject
    WebEventDispatch dispatch;

    @PostConstruct
    void schedule() {
        long interval = settings.dispatchIntervalMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("web-events", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        try {
            dispatch.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "web event dispatch failed; it runs again at its next time", e);
        }
    }
}
