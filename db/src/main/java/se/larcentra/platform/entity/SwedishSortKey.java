package se.larcentra.platform.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A key that sorts texts in Swedish alphabetical order (… x, y, z, å, ä, ö; é as e, ü as y; case
 * ignored; numbers by value) with a plain comparison in any database. It is made only of digits,
 * which every collation orders the same way, unlike letters and spaces: PostgreSQL's locales sort
 * "Å" as "A" or ignore spaces, H2 and the C locale put "ä" before "å".
 */
public final class SwedishSortKey {

    /** Longer keys add nothing a list needs; the column is sized for this. */
    public static final int MAX_LENGTH = 600;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö";
    private static final int NUMBER_WIDTH = 6;

    private SwedishSortKey() {
    }

    public static String of(String text) {
        StringBuilder key = new StringBuilder();
        String lower = text == null ? "" : text.toLowerCase(new Locale("sv"));
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length() && key.length() < MAX_LENGTH; i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                int end = i;
                while (end < lower.length() && Character.isDigit(lower.charAt(end))) {
                    end++;
                }
                String number = lower.substring(i, Math.min(end, i + NUMBER_WIDTH));
                if (pendingSpace && key.length() > 0) {
                    key.append("00");
                }
                pendingSpace = false;
                // A number sorts before letters and by its value: "Engelska 5" before "Engelska 10".
                key.append("01").append("0".repeat(NUMBER_WIDTH - number.length())).append(number);
                i = end - 1;
                continue;
            }
            int letter = ALPHABET.indexOf(letterOf(c));
            if (letter < 0) {
                pendingSpace = true; // spaces and punctuation separate words
                continue;
            }
            if (pendingSpace && key.length() > 0) {
                key.append("00");
            }
            pendingSpace = false;
            key.append(10 + letter);
        }
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key.toString();
    }

    private static char letterOf(char c) {
        return switch (c) {
            case 'å', 'ä', 'ö' -> c;
            case 'æ' -> 'ä';
            case 'ø' -> 'ö';
            case 'ü' -> 'y';
            default -> {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                yield decomposed.charAt(0);
            }
        };
    }
}
