package se.larcentra.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same searches answered the ways a team without a search engine would, on the app's own
 * schema: (a) SQL {@code LIKE} — every word (or the phrase) in the title or the description of one
 * of the course's texts, ordered by start date; (b) PostgreSQL full-text search on a GIN-indexed
 * {@code to_tsvector('swedish', title || ' ' || description)} of each course text, ranked by
 * {@code ts_rank}. Both with the same visibility rule and filters as search (not cancelled, not
 * finished; provider type, study mode, municipality of a hosting centre; within a radius, ordered by
 * distance), the first 20 rows with the title, and {@code COUNT(*)} of all that match.
 */
final class SqlBaselines {

    enum Kind {
        LIKE, FULL_TEXT
    }

    /** A statement and its parameters, in order. */
    private record Sql(String text, List<Object> params) {
    }

    /** The samples of one query (page and count, one after the other) and the count it found. */
    record Timing(String name, long total, Stats stats) {
    }

    private static final String EARTH_KM = "6371.0";

    private final LocalDate today;
    private final Map<String, double[]> places;

    /**
     * @param today  the day "finished" is judged on, as search does (Swedish time)
     * @param places main town of each municipality code the mix is near: latitude, longitude
     */
    SqlBaselines(LocalDate today, Map<String, double[]> places) {
        this.today = today;
        this.places = Map.copyOf(places);
    }

    /**
     * Times the mix on a connection: one round unmeasured, one to estimate the cost of a round,
     * then as many rounds as fit in {@code budgetSeconds} (at least {@code minRounds}, at most
     * {@code maxRounds}), every query once per round.
     */
    Map<String, Timing> time(Connection connection, Kind kind, List<QueryMix.Query> mix, double budgetSeconds, int minRounds,
            int maxRounds) throws SQLException {
        List<PreparedStatement[]> statements = new ArrayList<>();
        for (QueryMix.Query query : mix) {
            statements.add(new PreparedStatement[] {prepare(connection, page(kind, query)), prepare(connection, count(kind, query))});
        }
        long[] totals = new long[mix.size()];
        for (int q = 0; q < mix.size(); q++) {
            totals[q] = answer(statements.get(q));
        }
        long probe = System.nanoTime();
        for (int q = 0; q < mix.size(); q++) {
            answer(statements.get(q));
        }
        double roundSeconds = (System.nanoTime() - probe) / 1e9;
        int rounds = (int) Math.max(minRounds, Math.min(maxRounds, Math.floor(budgetSeconds / Math.max(roundSeconds, 1e-6))));
        long[][] samples = new long[mix.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < mix.size(); q++) {
                long t0 = System.nanoTime();
                answer(statements.get(q));
                samples[q][round] = System.nanoTime() - t0;
            }
        }
        for (PreparedStatement[] pair : statements) {
            pair[0].close();
            pair[1].close();
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int q = 0; q < mix.size(); q++) {
            timings.put(mix.get(q).name(), new Timing(mix.get(q).name(), totals[q], new Stats(samples[q])));
        }
        return timings;
    }

    /** The SQL of both statements of every query, to show in the report. */
    String describe(Kind kind, List<QueryMix.Query> mix) {
        StringBuilder text = new StringBuilder();
        for (QueryMix.Query query : mix) {
            text.append("-- ").append(query.name()).append(": ").append(query.text()).append('\n');
            Sql page = page(kind, query);
            text.append(page.text()).append(";\n-- parameters: ").append(page.params()).append('\n');
            Sql count = count(kind, query);
            text.append(count.text()).append(";\n\n");
        }
        return text.toString();
    }

    /** Runs the page query (reading every column of its rows) and the count; returns the count. */
    private static long answer(PreparedStatement[] pair) throws SQLException {
        try (ResultSet rows = pair[0].executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
        try (ResultSet count = pair[1].executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            statement.setObject(i + 1, sql.params().get(i));
        }
        return statement;
    }

    private Sql page(Kind kind, QueryMix.Query query) {
        List<Object> params = new ArrayList<>();
        StringBuilder select = new StringBuilder(
                "SELECT o.id, o.start_date, o.end_date, o.study_mode, p.id AS provider_id, p.name AS provider_name, ts.title");
        if (kind == Kind.FULL_TEXT) {
            select.append(", r.rank");
        }
        boolean near = query.near() != null;
        if (near) {
            select.append(", ").append(distance(query, params)).append(" AS distance_km");
        }
        select.append(from(kind, query, params, false))
                .append(" LEFT JOIN course_text ts ON ts.course_id = o.course_id AND ts.lang = 'sv'")
                .append(where(kind, query, params));
        if (near) {
            params.add(query.radiusKm());
            return new Sql("SELECT * FROM (" + select + ") x WHERE distance_km <= ? ORDER BY distance_km, start_date, id LIMIT 20",
                    params);
        }
        select.append(kind == Kind.FULL_TEXT ? " ORDER BY r.rank DESC, o.start_date, o.id" : " ORDER BY o.start_date, o.id")
                .append(" LIMIT 20");
        return new Sql(select.toString(), params);
    }

    private Sql count(Kind kind, QueryMix.Query query) {
        List<Object> params = new ArrayList<>();
        if (query.near() != null) {
            String inner = "SELECT " + distance(query, params) + " AS distance_km" + from(kind, query, params, true)
                    + where(kind, query, params);
            params.add(query.radiusKm());
            return new Sql("SELECT COUNT(*) FROM (" + inner + ") x WHERE distance_km <= ?", params);
        }
        return new Sql("SELECT COUNT(*)" + from(kind, query, params, true) + where(kind, query, params), params);
    }

    private static String from(Kind kind, QueryMix.Query query, List<Object> params, boolean forCount) {
        String from = " FROM offering o JOIN course c ON c.id = o.course_id JOIN provider p ON p.id = c.provider_id";
        if (kind == Kind.FULL_TEXT) {
            String function = query.isPhrase() ? "phraseto_tsquery" : "plainto_tsquery";
            params.add(query.plainText());
            from += forCount
                    ? " JOIN (SELECT DISTINCT t.course_id FROM course_text t WHERE t.search_vector @@ " + function
                            + "('swedish', ?)) r ON r.course_id = o.course_id"
                    : " JOIN (SELECT t.course_id, MAX(ts_rank(t.search_vector, tsq)) AS rank FROM course_text t, " + function
                            + "('swedish', ?) tsq WHERE t.search_vector @@ tsq GROUP BY t.course_id) r ON r.course_id = o.course_id";
        }
        return from;
    }

    private String where(Kind kind, QueryMix.Query query, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE o.cancelled = FALSE AND o.end_date >= ?");
        params.add(today);
        if (kind == Kind.LIKE) {
            where.append(" AND EXISTS (SELECT 1 FROM course_text t WHERE t.course_id = o.course_id");
            for (String term : query.likeTerms()) {
                where.append(" AND (LOWER(t.title) LIKE ? OR LOWER(t.description) LIKE ?)");
                params.add("%" + term + "%");
                params.add("%" + term + "%");
            }
            where.append(')');
        }
        query.filters().forEach((facet, values) -> {
            String marks = values.stream().map(v -> "?").collect(Collectors.joining(", "));
            switch (facet) {
                case "provider_type" -> where.append(" AND p.provider_type IN (").append(marks).append(')');
                case "mode" -> where.append(" AND o.study_mode IN (").append(marks).append(')');
                case "municipality" -> where.append(" AND EXISTS (SELECT 1 FROM offering_centre oc JOIN learning_centre lc")
                        .append(" ON lc.id = oc.centre_id WHERE oc.offering_id = o.id AND lc.municipality_code IN (")
                        .append(marks).append("))");
                default -> throw new IllegalArgumentException("no SQL for the filter " + facet);
            }
            params.addAll(values);
        });
        return where.toString();
    }

    /** Kilometres to the nearest hosting centre (haversine), as search's distance sort measures it. */
    private String distance(QueryMix.Query query, List<Object> params) {
        double[] place = places.get(query.near());
        params.add(place[0]);
        params.add(place[0]);
        params.add(place[1]);
        return "(SELECT MIN(" + EARTH_KM + " * 2 * ASIN(SQRT(POWER(SIN(RADIANS(lc.latitude - ?) / 2), 2)"
                + " + COS(RADIANS(?)) * COS(RADIANS(lc.latitude)) * POWER(SIN(RADIANS(lc.longitude - ?) / 2), 2))))"
                + " FROM offering_centre oc JOIN learning_centre lc ON lc.id = oc.centre_id WHERE oc.offering_id = o.id)";
    }
}
