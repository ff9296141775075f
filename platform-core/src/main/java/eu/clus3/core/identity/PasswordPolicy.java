package eu.clus3.core.identity;

import eu.clus3.core.shared.Validator;

import java.security.SecureRandom;

/** What a password must be, and how the platform makes strong ones (first administrator, demo users). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private PasswordPolicy() {
    }

    public static void check(Validator v, String field, String password, String username) {
        v.required(field, password);
        if (password == null || password.isEmpty()) {
            return;
        }
        v.check(password.length() >= MIN_LENGTH, field, "validation.passwordTooShort",
                "the password must have at least " + MIN_LENGTH + " characters");
        v.check(password.length() <= MAX_LENGTH, field, "validation.tooLong",
                "the password must have at most " + MAX_LENGTH + " characters");
        v.check(username == null || !password.equalsIgnoreCase(username), field, "validation.passwordIsUsername",
                "the password must not be the user name");
        v.check(password.chars().distinct().count() >= 5, field, "validation.passwordTooSimple",
                "the password needs at least 5 different characters");
    }

    /** A random password of 20 characters (about 116 bits). */
    public static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
