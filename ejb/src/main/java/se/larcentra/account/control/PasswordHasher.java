package se.larcentra.account.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (Base64). The iteration count is stored with each hash, so it can be raised later and old hashes
 * still verify. About a quarter of a second per hash on one core of the reference machine.
 */
public final class PasswordHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; never fewer. */
    public static final int ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} matches {@code stored}; false for a malformed or weaker-than-allowed hash. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (iterations < ITERATIONS) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** A hash that no password matches, verified anyway for unknown users so timing does not tell. */
    public static String dummyHash() {
        return DUMMY;
    }

    private static final String DUMMY = format(ITERATIONS, new byte[SALT_BYTES], new byte[HASH_BITS / 8]);

    private static String format(int iterations, byte[] salt, byte[] hash) {
        return SCHEME + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }
}
