package se.larcentra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;
import static se.larcentra.system.Transactions.inTransaction;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.account.boundary.Authentication;
import se.larcentra.account.boundary.InvalidCredentialsException;
import se.larcentra.account.boundary.TokenGrant;
import se.larcentra.account.control.FirstAdministrator;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.Role;
import se.larcentra.demo.control.DemoAccounts;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * The accounts an installation starts with: the demo's, retired on a server without demo data, and
 * the first administrator of one without. In the server, against its database.
 */
@ExtendWith(ArquillianExtension.class)
class InstallationAccountsIT {

    static final String ADDRESS = "198.51.100.17";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(InstallationAccountsIT.class, Transactions.class);
    }

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    FirstAdministrator first;

    @Inject
    Authentication authentication;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void withoutDemoDataEveryMarkedAccountIsRetiredWhateverItsNameAndWithItBroughtBack() throws Exception {
        String realName = "it-real-" + Long.toString(System.nanoTime(), 36);
        inTransaction(tx, () -> {
            Account real = new Account(realName, realName + "@example.org", "Real Person", "sv", EnumSet.of(Role.ADMINISTRATOR),
                    AccountStatus.ACTIVE);
            real.changePassword("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
            em.persist(real);
            return real;
        });
        TokenGrant adminToken = authentication.issueToken("admin", DEMO_PASSWORD, ADDRESS);
        Map<String, Integer> versionsBefore = demo().stream().collect(Collectors.toMap(Account::getUsername, Account::getCredentialVersion));
        assertThat(versionsBefore).containsKeys("admin", "learner1", "teacher1", "coordinator1");
        try {
            // What a start without demo data does.
            assertThat(demoAccounts.retireAll()).isEqualTo(versionsBefore.size());
            for (Account account : demo()) {
                assertThat(account.getStatus()).as(account.getUsername()).isEqualTo(AccountStatus.DEACTIVATED);
                assertThat(account.getPasswordHash()).as(account.getUsername()).isEmpty();
                assertThat(account.getCredentialVersion()).as("every session of %s ends", account.getUsername())
                        .isGreaterThan(versionsBefore.get(account.getUsername()));
            }
            assertThat(authentication.callerOfToken(adminToken.token())).as("the demo admin's token").isEmpty();
            assertThatThrownBy(() -> authentication.issueToken("admin", DEMO_PASSWORD, ADDRESS))
                    .isInstanceOf(InvalidCredentialsException.class);
            Account real = inTransaction(tx, () -> em.createNamedQuery("Account.byUsername", Account.class)
                    .setParameter("username", realName).getSingleResult());
            assertThat(real.getStatus()).as("an account without the mark").isEqualTo(AccountStatus.ACTIVE);
            assertThat(real.getPasswordHash()).isPresent();
            assertThat(demoAccounts.retireAll()).as("retired once; the next start finds nothing to do").isZero();
        } finally {
            demoAccounts.loadOnce(); // a start with demo data again, as the other tests need
        }
        assertThat(demo()).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(AccountStatus.ACTIVE));
        assertThat(authentication.issueToken("admin", DEMO_PASSWORD, ADDRESS).token()).isNotBlank();
    }

    @Test
    void theFirstAdministratorIsMadeOnlyWhileThereIsNoneAndChoosesThePasswordByMail() throws Exception {
        tx.begin();
        try {
            // Whatever real administrators earlier tests made are set aside, in this transaction only.
            em.createNativeQuery("UPDATE account SET status = 'DEACTIVATED' WHERE demo = FALSE AND id IN "
                    + "(SELECT account_id FROM account_role WHERE role = 'ADMINISTRATOR')").executeUpdate();
            assertThat(first.administratorExists()).as("the demo's admin is no real administrator").isFalse();

            Optional<Account> created = first.createIfNoneExists("it-first-admin", "IT-First-Admin@Example.org");
            assertThat(created).hasValueSatisfying(admin -> {
                assertThat(admin.getRoles()).containsExactly(Role.ADMINISTRATOR);
                assertThat(admin.getPasswordHash()).as("never a default password").isEmpty();
                assertThat(admin.isDemo()).isFalse();
            });
            List<OutboxMessage> welcome = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :to", OutboxMessage.class)
                    .setParameter("to", "it-first-admin@example.org").getResultList();
            assertThat(welcome).singleElement().satisfies(m -> {
                assertThat(m.holdsSecret()).isTrue();
                assertThat(m.getBody()).hasValueSatisfying(b -> assertThat(b).contains("account/reset.xhtml?token="));
            });
            assertThat(first.administratorExists()).isTrue();
            assertThat(first.createIfNoneExists("it-second-admin", "it-second-admin@example.org")).as("one exists now").isEmpty();
        } finally {
            tx.rollback();
        }
    }

    private List<Account> demo() throws Exception {
        return inTransaction(tx, () -> em.createQuery("SELECT a FROM Account a WHERE a.demo = TRUE", Account.class).getResultList());
    }
}
