package se.larcentra.booking.control;

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
import se.larcentra.platform.boundary.Settings;
import se.larcentra.platform.control.PeriodicJob;

/** Runs the {@link NoShowSweep} every {@code LARCENTRA_BOOKING_SWEEP_SECONDS} (default 60). */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingClock {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    NoShowSweep noShows;

    private PeriodicJob task;

    @PostConstruct
    void start() {
        task = PeriodicJob.start("booking-sweep", Settings.seconds("LARCENTRA_BOOKING_SWEEP_SECONDS", 60), threads, this::releaseNoShows);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.close();
        }
    }

    /** A failure is logged by the job and the booking tried again next time. */
    private void releaseNoShows() {
        for (Long booking : noShows.due()) {
            noShows.release(booking);
        }
        noShows.lapseWaitlist();
    }
}
