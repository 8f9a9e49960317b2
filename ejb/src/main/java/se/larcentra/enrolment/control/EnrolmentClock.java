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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import se.larcentra.platform.control.PeriodicJob;
import se.larcentra.platform.boundary.Settings;

/** Runs the {@link EnrolmentSweep} every {@code LARCENTRA_ENROLMENT_SWEEP_SECONDS} (default 60). */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "SearchChangeCapture"}) // what it writes must reach search
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentClock {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    EnrolmentSweep sweep;

    private PeriodicJob task;

    @PostConstruct
    void start() {
        task = PeriodicJob.start("enrolment-sweep", Settings.seconds("LARCENTRA_ENROLMENT_SWEEP_SECONDS", 60), threads, this::closeDueOfferings);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.close();
        }
    }

    /** Closes the enrolments of started, ended or cancelled offerings; a failure is logged and retried next time. */
    private void closeDueOfferings() {
        for (Long offering : sweep.offeringsDue()) {
            sweep.sweep(offering);
        }
    }
}
