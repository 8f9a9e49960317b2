package se.larcentra.enrolment.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.platform.control.Settings;

/** Runs the {@link EnrolmentSweep} every {@code LARCENTRA_ENROLMENT_SWEEP_SECONDS} (default 60). */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentClock {

    private static final Logger LOG = Logger.getLogger(EnrolmentClock.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EnrolmentSweep sweep;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long every = Math.max(1, Settings.number("LARCENTRA_ENROLMENT_SWEEP_SECONDS", 60));
        task = scheduler.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void sweepSafely() {
        try {
            for (Long offering : sweep.offeringsDue()) {
                sweep.sweep(offering);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing enrolments of started, ended or cancelled offerings failed; trying again later", e);
        }
    }
}
