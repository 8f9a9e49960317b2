package se.larcentra.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.account.boundary.AccountRefusedException;

class PasswordsAndSecretsTest {

    /** The demo's precomputed hash of "larcentra-demo" (see DemoAccounts): one real verification. */
    private static final String DEMO_HASH = "pbkdf2-sha256$600000$4btZEnqCm0NnGOO3zw9A5w==$CWFFXzY8prwt8t0NzhMgtPp+RBqXnyiq5M/v4/IPEUg=";

    @Test
    void hashesArePbkdf2WithAtLeast600000IterationsAndASalt() {
        String first = PasswordHasher.hash("correct horse battery".toCharArray());
        String second = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(first).startsWith("pbkdf2-sha256$600000$");
        assertThat(first).as("salted").isNotEqualTo(second);
        assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), first)).isTrue();
        assertThat(PasswordHasher.verify("correct horse batterx".toCharArray(), first)).isFalse();
    }

    @Test
    void aKnownHashVerifiesAndWeakOrMalformedOnesNever() {
        assertThat(PasswordHasher.verify("larcentra-demo".toCharArray(), DEMO_HASH)).isTrue();
        String weak = DEMO_HASH.replace("$600000$", "$1000$");
        assertThat(PasswordHasher.verify("larcentra-demo".toCharArray(), weak)).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHasher.verify("".toCharArray(), PasswordHasher.dummyHash())).isFalse();
    }

    @Test
    void newPasswordsMustBeLongEnoughAndNotTheUsername() {
        assertThatThrownBy(() -> Passwords.requireAcceptable("anna", "short"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("10 characters");
        assertThatThrownBy(() -> Passwords.requireAcceptable("annalindqvist", "AnnaLindqvist"))
                .isInstanceOf(AccountRefusedException.class);
        assertThatThrownBy(() -> Passwords.requireAcceptable("anna", "x".repeat(201))).isInstanceOf(AccountRefusedException.class);
    }

    @Test
    void tokensAre256RandomBitsStoredAsSha256() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = Secrets.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
        assertThat(Secrets.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
