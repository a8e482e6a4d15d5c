-- Emulation movements (phong trào thi đua), registrations and bloc scoring, plus stored
-- files (plans, reports, pacts). File bytes sit in their own table so that lists of
-- documents never load them.

CREATE TABLE doc_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL
);

CREATE TABLE doc_file_content (
    file_id BIGINT   NOT NULL PRIMARY KEY,
    content LONGBLOB NOT NULL,
    CONSTRAINT fk_doc_content_file FOREIGN KEY (file_id) REFERENCES doc_file (id) ON DELETE CASCADE
);

CREATE TABLE mv_movement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(100)  NOT NULL,
    name                VARCHAR(255)  NOT NULL,
    name_folded         VARCHAR(255)  NOT NULL,
    slogan              VARCHAR(500),
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    launching_unit_id   BIGINT        NOT NULL,
    launch_doc_number   VARCHAR(60),
    launch_doc_date     DATE,
    plan_file_id        BIGINT,
    period_from         DATE          NOT NULL,
    period_to           DATE          NOT NULL,
    target_groups       VARCHAR(1000),
    max_score           INT           NOT NULL,
    CONSTRAINT fk_mv_launching_unit FOREIGN KEY (launching_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_mv_plan_file FOREIGN KEY (plan_file_id) REFERENCES doc_file (id)
);
CREATE INDEX ix_mv_movement_status ON mv_movement (status, period_from);
CREATE INDEX ix_mv_movement_folded ON mv_movement (name_folded);

CREATE TABLE mv_movement_scope (
    movement_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (movement_id, unit_id),
    CONSTRAINT fk_mv_scope_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_scope_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE mv_movement_award (
    movement_id   BIGINT NOT NULL,
    award_type_id BIGINT NOT NULL,
    PRIMARY KEY (movement_id, award_type_id),
    CONSTRAINT fk_mv_award_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_award_type FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id)
);

CREATE TABLE mv_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(100)  NOT NULL,
    movement_id BIGINT        NOT NULL,
    sort_order  INT           NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    max_points  INT           NOT NULL,
    CONSTRAINT fk_mv_criterion_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE
);
CREATE INDEX ix_mv_criterion_movement ON mv_criterion (movement_id, sort_order);

CREATE TABLE mv_transition (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    movement_id    BIGINT        NOT NULL,
    from_status    VARCHAR(20)   NOT NULL,
    to_status      VARCHAR(20)   NOT NULL,
    happened_on    DATE          NOT NULL,
    note           VARCHAR(1000),
    report_file_id BIGINT,
    CONSTRAINT fk_mv_transition_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_transition_file FOREIGN KEY (report_file_id) REFERENCES doc_file (id)
);
CREATE INDEX ix_mv_transition_movement ON mv_transition (movement_id, happened_on);

CREATE TABLE mv_registration_window (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    movement_id    BIGINT        NOT NULL,
    emulation_year INT           NOT NULL,
    deadline       DATE          NOT NULL,
    is_open        BOOLEAN       NOT NULL,
    CONSTRAINT uk_mv_window UNIQUE (movement_id, emulation_year),
    CONSTRAINT fk_mv_window_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE
);

CREATE TABLE mv_registration (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    movement_id    BIGINT        NOT NULL,
    emulation_year INT           NOT NULL,
    unit_id        BIGINT        NOT NULL,
    person_id      BIGINT,
    subject_key    VARCHAR(30)   NOT NULL,
    award_type_id  BIGINT        NOT NULL,
    CONSTRAINT uk_mv_registration UNIQUE (movement_id, emulation_year, subject_key),
    CONSTRAINT fk_mv_reg_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_reg_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_mv_reg_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_mv_reg_award FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id)
);
CREATE INDEX ix_mv_reg_unit ON mv_registration (movement_id, emulation_year, unit_id);
CREATE INDEX ix_mv_reg_person ON mv_registration (person_id);

CREATE TABLE mv_bloc_scoring (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(100)  NOT NULL,
    movement_id         BIGINT        NOT NULL,
    bloc_id             BIGINT        NOT NULL,
    emulation_year      INT           NOT NULL,
    locked              BOOLEAN       NOT NULL,
    pact_file_id        BIGINT,
    proposed_unit_id    BIGINT,
    proposed_award_id   BIGINT,
    revision            INT           NOT NULL,
    CONSTRAINT uk_mv_bloc_scoring UNIQUE (movement_id, bloc_id, emulation_year),
    CONSTRAINT fk_mv_scoring_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_scoring_bloc FOREIGN KEY (bloc_id) REFERENCES org_bloc (id),
    CONSTRAINT fk_mv_scoring_pact FOREIGN KEY (pact_file_id) REFERENCES doc_file (id),
    CONSTRAINT fk_mv_scoring_unit FOREIGN KEY (proposed_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_mv_scoring_award FOREIGN KEY (proposed_award_id) REFERENCES cat_award_type (id)
);

CREATE TABLE mv_bloc_score (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    scoring_id   BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    self_score   DECIMAL(6,2),
    review_score DECIMAL(6,2),
    evidence     VARCHAR(1000),
    CONSTRAINT uk_mv_bloc_score UNIQUE (scoring_id, unit_id, criterion_id),
    CONSTRAINT fk_mv_score_scoring FOREIGN KEY (scoring_id) REFERENCES mv_bloc_scoring (id) ON DELETE CASCADE,
    CONSTRAINT fk_mv_score_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_mv_score_criterion FOREIGN KEY (criterion_id) REFERENCES mv_criterion (id) ON DELETE CASCADE
);
