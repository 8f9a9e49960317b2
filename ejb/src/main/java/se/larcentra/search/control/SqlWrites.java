package se.larcentra.search.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a hand-written SQL statement writes, and for an {@code UPDATE} the columns it sets: what
 * search must know of a statement that bypasses JPA's change tracking. A recogniser rather than a
 * parser, and it errs towards seeing a write: a table name after {@code UPDATE} in a string literal
 * counts, and an assignment it cannot read leaves the columns unknown, never fewer.
 */
final class SqlWrites {

    /** A table a statement writes; {@code columns} empty when they are unknown or whole rows change. */
    record Write(String table, Optional<Set<String>> columns) {
    }

    private static final String NAME = "\"?([a-z_][a-z0-9_$]*)\"?";
    private static final Pattern WRITE = Pattern.compile(
            "(?<!for |key )\\b(update|insert\\s+into|delete\\s+from|merge\\s+into|upsert\\s+into|replace\\s+into|truncate\\s+table|truncate)"
                    + "\\s+(?:only\\s+)?(?:" + NAME + "\\s*\\.\\s*)?" + NAME);
    /** What may follow the table of an UPDATE before SET: an alias, with or without AS. */
    private static final Pattern ALIAS_THEN_SET = Pattern.compile("\\s+(?:(?:as\\s+)?[a-z_][a-z0-9_]*\\s+)?set\\s");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "\\s*(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "\\s*=(?!=)[\\s\\S]*");
    private static final Set<String> END_OF_ASSIGNMENTS = Set.of("where", "from", "returning");

    private SqlWrites() {
    }

    /** Every write in {@code sql}, in order; empty for a statement that only reads. */
    static List<Write> in(String sql) {
        String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Write> writes = new ArrayList<>();
        Matcher write = WRITE.matcher(text);
        while (write.find()) {
            Optional<Set<String>> columns = write.group(1).equals("update")
                    ? assignedColumns(text, write.end())
                    : Optional.empty();
            writes.add(new Write(write.group(3), columns));
        }
        return writes;
    }

    /** The columns of {@code SET a = …, b = …} after an UPDATE's table; empty when they cannot be read. */
    private static Optional<Set<String>> assignedColumns(String text, int afterTable) {
        Matcher set = ALIAS_THEN_SET.matcher(text).region(afterTable, text.length());
        if (!set.lookingAt()) {
            return Optional.empty();
        }
        Set<String> columns = new LinkedHashSet<>();
        for (String assignment : topLevelAssignments(text, set.end())) {
            Matcher column = ASSIGNMENT.matcher(assignment);
            if (!column.matches()) {
                return Optional.empty(); // e.g. SET (a, b) = (…): whole rows for all we know
            }
            columns.add(column.group(2));
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /** The comma-separated parts after SET, outside parentheses and quotes, up to WHERE, FROM, RETURNING or ';'. */
    private static List<String> topLevelAssignments(String text, int from) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        char quote = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && c == ';') {
                break;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int wordEnd = i;
                while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (END_OF_ASSIGNMENTS.contains(text.substring(i, wordEnd))) {
                    break;
                }
                i = wordEnd;
                continue;
            }
            i++;
        }
        parts.add(text.substring(start, i));
        return parts;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
