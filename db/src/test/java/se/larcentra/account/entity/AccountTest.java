package se.larcentra.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Account learner() {
        return new Account("  Anna.L ", "Anna@Example.ORG", "Anna", "sv", EnumSet.of(Role.LEARNER), AccountStatus.UNCONFIRMED);
    }

    @Test
    void usernameAndEmailAreComparedInLowerCase() {
        Account account = learner();
        assertThat(account.getUsername()).isEqualTo("anna.l");
        assertThat(account.getEmail()).contains("anna@example.org");
    }

    @Test
    void confirmingActivatesAnUnconfirmedAccountOnly() {
        Account account = learner();
        account.confirmEmail(NOW);
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        account.deactivate();
        account.confirmEmail(NOW);
        assertThat(account.getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void aNewPasswordADeactivationAndErasureEachEndEverySession() {
        Account account = learner();
        int before = account.getCredentialVersion();
        account.changePassword("h1");
        assertThat(account.getCredentialVersion()).isEqualTo(before + 1);
        account.deactivate();
        assertThat(account.getCredentialVersion()).isEqualTo(before + 2);
        account.activate();
        assertThat(account.getCredentialVersion()).as("reactivating signs nobody in").isEqualTo(before + 2);
        account.erase("erased-1");
        assertThat(account.getCredentialVersion()).isEqualTo(before + 3);
    }

    @Test
    void aDemoAccountIsRetiredOnceAndRestoredWithTheDemoPassword() {
        Account demo = Account.demo("admin", "admin@demo.example", "Demo", "sv", EnumSet.of(Role.ADMINISTRATOR), "demo-hash");
        assertThat(demo.isDemo()).isTrue();
        int version = demo.getCredentialVersion();
        assertThat(demo.retireDemo()).isTrue();
        assertThat(demo.getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(demo.getPasswordHash()).isEmpty();
        assertThat(demo.getCredentialVersion()).isEqualTo(version + 1);
        assertThat(demo.retireDemo()).as("already retired").isFalse();
        assertThat(demo.restoreDemo("demo-hash")).isTrue();
        assertThat(demo.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(demo.getPasswordHash()).contains("demo-hash");
        assertThat(demo.restoreDemo("demo-hash")).as("nothing to restore").isFalse();
    }

    @Test
    void aRealAccountIsNeverRetiredAsDemoWhateverItIsCalled() {
        Account admin = new Account("admin", "admin@example.org", "Admin", "sv", EnumSet.of(Role.ADMINISTRATOR), AccountStatus.ACTIVE);
        admin.changePassword("hash");
        assertThat(admin.isDemo()).isFalse();
        assertThat(admin.retireDemo()).isFalse();
        assertThat(admin.restoreDemo("demo-hash")).isFalse();
        assertThat(admin.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(admin.getPasswordHash()).contains("hash");
    }

    @Test
    void erasingLeavesNoPersonalData() {
        Account account = learner();
        account.liveIn("1737");
        account.changePassword("x");
        account.erase("erased-7");
        assertThat(account.getUsername()).isEqualTo("erased-7");
        assertThat(account.getEmail()).isEmpty();
        assertThat(account.getMunicipalityCode()).isEmpty();
        assertThat(account.getPasswordHash()).isEmpty();
        assertThat(account.getDisplayName()).doesNotContain("Anna");
        assertThat(account.getRoles()).isEmpty();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ERASED);
    }

    @Test
    void onlySwedishAndEnglishAreLanguages() {
        assertThatThrownBy(() -> learner().speak("de")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aOneTimeLinkWorksOnceForItsPurposeUntilItExpires() {
        Account account = learner();
        OneTimeLink link = new OneTimeLink("h", account, OneTimeLink.Purpose.RESET_PASSWORD, NOW, NOW.plusSeconds(60));
        assertThat(link.use(OneTimeLink.Purpose.CONFIRM_EMAIL, NOW)).isFalse();
        assertThat(link.use(OneTimeLink.Purpose.RESET_PASSWORD, NOW.plusSeconds(30))).isTrue();
        assertThat(link.use(OneTimeLink.Purpose.RESET_PASSWORD, NOW.plusSeconds(31))).as("used").isFalse();
        OneTimeLink late = new OneTimeLink("h2", account, OneTimeLink.Purpose.RESET_PASSWORD, NOW, NOW.plusSeconds(60));
        assertThat(late.use(OneTimeLink.Purpose.RESET_PASSWORD, NOW.plusSeconds(60))).as("expired").isFalse();
    }

    @Test
    void aTokenIsValidUntilItExpiresOrIsRevoked() {
        ApiToken token = new ApiToken(learner(), "hash", NOW, NOW.plusSeconds(60));
        assertThat(token.isValidAt(NOW.plusSeconds(59))).isTrue();
        assertThat(token.isValidAt(NOW.plusSeconds(60))).isFalse();
        token.revoke(NOW.plusSeconds(1));
        assertThat(token.isValidAt(NOW.plusSeconds(2))).isFalse();
    }
}
