package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/** Runs work in a JTA transaction that commits when the work returns and rolls back when it throws. */
@ApplicationScoped
public class Transactions {

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
