-- Award decisions (quyết định khen thưởng), their recipients, amendments, and the yearly
-- performance ratings. A recipient row is also the register's read model: it carries
-- copies of what the register filters and sorts on (year, decision number and date,
-- issuer, award level, folded search text), so that a search over a million records is one
-- indexed table scan without joins.

CREATE TABLE dc_decision (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(100)  NOT NULL,
    issuer_unit_id     BIGINT        NOT NULL,
    doc_number         VARCHAR(60)   NOT NULL,
    number_key         VARCHAR(60)   NOT NULL,
    number_seq         INT,
    number_type        VARCHAR(20),
    number_body        VARCHAR(40),
    number_wellformed  BOOLEAN       NOT NULL,
    decision_date      DATE          NOT NULL,
    signer_name        VARCHAR(150),
    signer_title       VARCHAR(255),
    reason             VARCHAR(2000),
    year_from          INT           NOT NULL,
    year_to            INT           NOT NULL,
    movement_id        BIGINT,
    scan_file_id       BIGINT,
    status             VARCHAR(20)   NOT NULL,
    source             VARCHAR(20)   NOT NULL,
    revoked_on         DATE,
    revoke_reason      VARCHAR(1000),
    revoke_ground      VARCHAR(500),
    CONSTRAINT fk_dc_decision_issuer FOREIGN KEY (issuer_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_dc_decision_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id),
    CONSTRAINT fk_dc_decision_scan FOREIGN KEY (scan_file_id) REFERENCES doc_file (id)
);
-- The same body reuses numbers in later terms or years, hence the date in the key.
CREATE UNIQUE INDEX ux_dc_decision_number ON dc_decision (issuer_unit_id, number_key, decision_date);
CREATE INDEX ix_dc_decision_date ON dc_decision (decision_date);
CREATE INDEX ix_dc_decision_number_key ON dc_decision (number_key);

CREATE TABLE dc_amendment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    decision_id  BIGINT        NOT NULL,
    amended_on   DATE          NOT NULL,
    doc_number   VARCHAR(60),
    reason       VARCHAR(1000) NOT NULL,
    changes      VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_dc_amendment_decision FOREIGN KEY (decision_id) REFERENCES dc_decision (id) ON DELETE CASCADE
);
CREATE INDEX ix_dc_amendment_decision ON dc_amendment (decision_id, amended_on);

CREATE TABLE dc_award (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT         NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    created_by        VARCHAR(100)   NOT NULL,
    modified_at       DATETIME(6)    NOT NULL,
    modified_by       VARCHAR(100)   NOT NULL,
    decision_id       BIGINT         NOT NULL,
    register_no       INT,
    kind              VARCHAR(12)    NOT NULL,
    person_id         BIGINT,
    unit_id           BIGINT,
    recipient_key     VARCHAR(200)   NOT NULL,
    recipient_name    VARCHAR(500)   NOT NULL,
    sort_key          VARCHAR(400)   NOT NULL,
    gender            VARCHAR(10),
    birth_year        INT,
    position_name     VARCHAR(255),
    unit_name         VARCHAR(500),
    award_type_id     BIGINT         NOT NULL,
    award_level       VARCHAR(20)    NOT NULL,
    award_precedence  INT            NOT NULL,
    coefficient       DECIMAL(6, 2),
    base_salary       DECIMAL(14, 0),
    amount            DECIMAL(14, 0),
    note              VARCHAR(500),
    state             VARCHAR(12)    NOT NULL,
    revoked_on        DATE,
    revoke_reason     VARCHAR(1000),
    revoke_ground     VARCHAR(500),
    award_year        INT            NOT NULL,
    year_from         INT            NOT NULL,
    decision_date     DATE           NOT NULL,
    doc_number        VARCHAR(60)    NOT NULL,
    issuer_unit_id    BIGINT         NOT NULL,
    movement_id       BIGINT,
    search_text       VARCHAR(700)   NOT NULL,
    CONSTRAINT fk_dc_award_decision FOREIGN KEY (decision_id) REFERENCES dc_decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_dc_award_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_dc_award_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_dc_award_type FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id)
);
-- One recipient once per decision; also what makes a repeated import add nothing.
CREATE UNIQUE INDEX ux_dc_award_recipient ON dc_award (decision_id, recipient_key);
-- Register pages: the default order of the register (newest year, higher awards first,
-- then the decision and its list) read straight from the index, so the first page of a
-- million records is immediate; with the folded text in the index, a text search within
-- years is answered from the index alone (the text column is short enough to be indexed).
CREATE INDEX ix_dc_award_page ON dc_award (state, award_year DESC, award_precedence, decision_date DESC,
    decision_id DESC, kind, register_no, id, search_text);
-- Statistics read only the index.
CREATE INDEX ix_dc_award_stats ON dc_award (state, award_year, award_type_id, kind, gender);
CREATE INDEX ix_dc_award_person ON dc_award (person_id, award_year);
-- Per-unit counts (statistics, unit pages) from the index alone.
CREATE INDEX ix_dc_award_unit ON dc_award (state, unit_id, award_year);
CREATE INDEX ix_dc_award_issuer ON dc_award (issuer_unit_id, award_year);
CREATE INDEX ix_dc_award_type ON dc_award (award_type_id, award_year);
CREATE INDEX ix_dc_award_sort ON dc_award (sort_key);

-- Yearly rating of each person (HTXSNV, HTTNV, HTNV, KHTNV): later eligibility rules read it.
CREATE TABLE pr_rating (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    rating_year  INT           NOT NULL,
    rating       VARCHAR(12)   NOT NULL,
    note         VARCHAR(500),
    CONSTRAINT fk_pr_rating_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE UNIQUE INDEX ux_pr_rating_person_year ON pr_rating (person_id, rating_year);
CREATE INDEX ix_pr_rating_year ON pr_rating (rating_year);
