package se.larcentra.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.larcentra.demo.boundary.DemoDataStartup;

/** What every page shows about the installation itself: whether it is a demo (a notice in the layout). */
@Named
@ApplicationScoped
public class Installation {

    @Inject
    DemoDataStartup demoData;

    private boolean demo;

    @PostConstruct
    void read() {
        demo = demoData.isDemo(); // fixed for the server's life: read once, not on every page
    }

    public boolean isDemo() {
        return demo;
    }
}
