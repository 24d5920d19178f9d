package io.remoteassist.server.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.axonframework.common.transaction.Transaction;

/**
 * Runs Axon's units of work in JTA transactions, so the event store, the token store and any
 * JDBC work of a handler share one database transaction. Joins a transaction already running.
 */
final class JtaTransactionManager implements org.axonframework.common.transaction.TransactionManager {

    private final TransactionManager jta;

    JtaTransactionManager(TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            boolean owner = jta.getStatus() == Status.STATUS_NO_TRANSACTION;
            if (owner) {
                jta.begin();
            }
            return new Transaction() {
                @Override
                public void commit() {
                    if (owner) {
                        run(jta::commit);
                    }
                }

                @Override
                public void rollback() {
                    if (owner) {
                        run(jta::rollback);
                    }
                }
            };
        } catch (SystemException | jakarta.transaction.NotSupportedException e) {
            throw new IllegalStateException("cannot start a transaction", e);
        }
    }

    private interface TxAction {
        void run() throws Exception;
    }

    private static void run(TxAction action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("transaction failed: " + e.getMessage(), e);
        }
    }
}
