package vn.tdkt.security.service;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A login that could not be decided because the database cannot be reached: the user is told
 * to try again shortly, not that the password is wrong, and it counts as no failed attempt.
 */
public class LoginUnavailableException extends AuthenticationServiceException {

    public LoginUnavailableException(Throwable cause) {
        super("Database unavailable during login", cause);
    }
}
