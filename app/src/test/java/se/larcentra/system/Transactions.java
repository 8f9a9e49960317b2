package se.larcentra.system;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Runs test set-up work in a transaction of its own, in-container, committing or rolling back. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T inTransaction(UserTransaction tx, Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
