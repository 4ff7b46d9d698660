package dev.stratus.store;

/** The store could not do what it was asked; the transaction, if any, was rolled back. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
