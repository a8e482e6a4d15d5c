-- Failed logins counted per account name, per source address, and per administrator account
-- from one address (growing delays that decay; replaces the account lock of app_user).
CREATE TABLE login_throttle (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    modified_at     DATETIME(6)  NOT NULL,
    modified_by     VARCHAR(100) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    username        VARCHAR(100) NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6),
    CONSTRAINT uk_login_throttle_key UNIQUE (kind, username, address)
);
CREATE INDEX ix_login_throttle_username ON login_throttle (username);
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);

ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;
