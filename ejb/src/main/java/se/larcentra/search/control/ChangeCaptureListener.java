package se.larcentra.search.control;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Writes the search change log from inside EclipseLink, for every unit of work on the persistence
 * unit: once a flush or commit has written its changes, still in its transaction and on its
 * connection, one row per watched record ({@link WatchedRecords}) it inserted, updated or deleted.
 * Whatever writes through JPA — a page, the API, the importer, demo data, a test — is seen, without
 * the catalogue knowing of search; a rolled-back change leaves no row.
 *
 * <p>It reads EclipseLink's change set, which holds every change JPA writes, including those that
 * leave the record's own row alone: an offering's hosting centres (a join table), a course's texts
 * or a centre's names (element collections). A deletion is in it too.
 *
 * <p>What JPA does not track cannot be seen this way: a bulk JPQL UPDATE or DELETE of a watched
 * entity, or hand-written SQL writing a watched table, does not say which records it changed. Such a
 * statement is refused before it runs ({@link WriteHiddenFromSearchException}), so a new write path
 * fails in its first test instead of leaving search behind. The one such write there is, the
 * enrolment component's seat counts on the offering row, moves only with an enrolment's state, which
 * is watched.
 */
final class ChangeCaptureListener extends SessionEventAdapter {

    private final Clock clock;

    private ChangeCaptureListener(Clock clock) {
        this.clock = clock;
    }

    /**
     * Registers a listener on the persistence unit's session; every unit of work begun from then on
     * carries it (EclipseLink copies a session's listeners into each client session and unit of work).
     */
    static ChangeCaptureListener installOn(EntityManagerFactory factory, Clock clock) {
        ChangeCaptureListener listener = new ChangeCaptureListener(clock);
        factory.unwrap(Server.class).getEventManager().addListener(listener);
        return listener;
    }

    void uninstallFrom(EntityManagerFactory factory) {
        factory.unwrap(Server.class).getEventManager().removeListener(this);
    }

    /** After a flush or commit has written its changes, before the transaction ends. */
    @Override
    public void prepareUnitOfWork(SessionEvent event) {
        UnitOfWorkChangeSet changes = ((UnitOfWork) event.getSession()).getUnitOfWorkChangeSet();
        if (changes == null) {
            return;
        }
        Session session = event.getSession();
        Set<WatchedRecords.Change> rows = new LinkedHashSet<>();
        collect(changes.getAllChangeSets(), changes, session, rows);
        collect(changes.getDeletedObjects(), changes, session, rows);
        if (!rows.isEmpty()) {
            write(session, rows);
        }
    }

    private static void collect(Map<?, ?> changeSets, UnitOfWorkChangeSet changes, Session session,
            Set<WatchedRecords.Change> rows) {
        for (Object key : changeSets.keySet()) {
            ObjectChangeSet changeSet = (ObjectChangeSet) key;
            WatchedRecords.changeOf(changeSet.getClassType(session), changeSet.getId(), () -> recordOf(changeSet, changes))
                    .ifPresent(rows::add);
        }
    }

    /** The changed object itself: for a deletion only EclipseLink's own change set holds it. */
    private static Object recordOf(ObjectChangeSet changeSet, UnitOfWorkChangeSet changes) {
        Object clone = changes.getUOWCloneForObjectChangeSet(changeSet);
        if (clone == null && changeSet instanceof org.eclipse.persistence.internal.sessions.ObjectChangeSet internal) {
            clone = internal.getUnitOfWorkClone();
        }
        return clone;
    }

    /**
     * One insert per row through the unit of work's own connection (batched with its other
     * statements when batch writing is on). Ids come one at a time from a sequence, so a missing id
     * is a transaction in flight or rolled back ({@link ChangeCursor}).
     */
    private void write(Session session, Set<WatchedRecords.Change> rows) {
        String next = session.getPlatform().isPostgreSQL() ? "nextval('search_change_id')" : "NEXT VALUE FOR search_change_id";
        DataModifyQuery insert = new DataModifyQuery(new SQLCall(
                "INSERT INTO search_change (id, entity_kind, entity_id, changed_at) VALUES (" + next + ", #KIND, #ID, #AT)"));
        insert.addArgument("KIND");
        insert.addArgument("ID");
        insert.addArgument("AT");
        insert.setShouldBindAllParameters(true);
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        for (WatchedRecords.Change row : rows) {
            session.executeQuery(insert, List.of(row.kind().name(), row.entityId(), at));
        }
    }

    /** Refuses, before they run, statements that would change watched records unseen. */
    @Override
    public void preExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query.isModifyAllQuery()) {
            ClassDescriptor descriptor = query.getDescriptor();
            Class<?> type = descriptor != null ? descriptor.getJavaClass() : query.getReferenceClass();
            if (type != null && WatchedRecords.isWatched(type)) {
                throw new WriteHiddenFromSearchException("A bulk UPDATE or DELETE of " + type.getSimpleName()
                        + " cannot tell search which records it changed; change them through the entities");
            }
        } else if ((query.isDataModifyQuery() || query.isDataReadQuery()) && query.isUserDefined()
                && query.getDatasourceCall() instanceof SQLCall call && call.getSQLString() != null) {
            // A native query (JPA's createNativeQuery): EclipseLink's own statements are object-level or not user-defined.
            for (SqlWrites.Write write : SqlWrites.in(call.getSQLString())) {
                if (WatchedRecords.isHiddenFromSearch(write)) {
                    throw new WriteHiddenFromSearchException("SQL writing " + write.table() + write.columns().map(c -> " " + c).orElse("")
                            + " would change what search shows without telling it which records; change them through"
                            + " the entities: " + call.getSQLString());
                }
            }
        }
    }
}
