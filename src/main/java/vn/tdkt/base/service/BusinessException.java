package vn.tdkt.base.service;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries an i18n key and arguments, never a finished
 * sentence, so that the UI shows it in the user's language. {@code field} names the form
 * field at fault when there is one.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessException(String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static BusinessException onField(String field, String messageKey, Object... args) {
        return new BusinessException(field, messageKey, args);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }

    public String getField() {
        return field;
    }
}
