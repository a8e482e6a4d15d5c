package vn.tdkt.base.service;

/** The record was changed by someone else after the user opened it. */
public class StaleDataException extends BusinessException {

    public StaleDataException() {
        super("error.concurrentChange");
    }

    /** Refuses a save made from a form opened at {@code formVersion}. */
    public static void check(long formVersion, long currentVersion) {
        if (formVersion != currentVersion) {
            throw new StaleDataException();
        }
    }
}
