-- Users, roles and the append-only audit trail.
-- No table-level charset: tables inherit the database's (utf8mb4 + its collation on MySQL).

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    modified_at     DATETIME(6)  NOT NULL,
    modified_by     VARCHAR(100) NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_attempts INT          NOT NULL,
    locked_until    DATETIME(6),
    unit_id         BIGINT,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);
CREATE INDEX ix_app_user_unit ON app_user (unit_id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   BIGINT,
    summary     VARCHAR(4000)
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
