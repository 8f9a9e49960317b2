package se.larcentra.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.larcentra.mail.boundary.MailAdmin;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.web.Texts;

/** Administrators' view of the outbox: pending, sent and failed mail with the error, and retry. */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    MailAdmin mail;


    private String status;
    private ResultPage<MailAdmin.OutboxItem> page;

    public ResultPage<MailAdmin.OutboxItem> getPage() {
        if (page == null) {
            String wanted = status != null && status.matches("PENDING|SENT|FAILED") ? status : null;
            page = mail.outbox(wanted, 0, 100);
        }
        return page;
    }

    public void retry(long id) throws IOException {
        mail.retry(id);
        mail.sendDueNow();
        Texts.afterRedirect("outbox.retried");
        se.larcentra.web.Http.redirect("/admin/outbox.xhtml");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
