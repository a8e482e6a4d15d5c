-- Nominations (hồ sơ đề nghị khen thưởng): one person or collective proposed by a unit for one
-- award type in a round, with the achievement report in the structure of the template of
-- Decree 152/2025 (sections II.1 duties, II.2 achievements, II.3 measures; parts I and III come
-- from the records), evidence picked from the records, the unit's own review meeting, the
-- secretary's waivers, every submitted version and every step. Staff objections to a
-- published candidate list hang on the round.

CREATE TABLE nm_nomination (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    modified_at          DATETIME(6)   NOT NULL,
    modified_by          VARCHAR(100)  NOT NULL,
    round_id             BIGINT        NOT NULL,
    unit_id              BIGINT        NOT NULL,
    kind                 VARCHAR(12)   NOT NULL,
    person_id            BIGINT,
    recipient_unit_id    BIGINT,
    subject_key          VARCHAR(40)   NOT NULL,
    recipient_name       VARCHAR(255)  NOT NULL,
    award_type_id        BIGINT        NOT NULL,
    achievement_year     INT           NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    revision             INT           NOT NULL,
    summary              VARCHAR(1000),
    report_duties        VARCHAR(4000),
    report_achievements  VARCHAR(4000),
    report_measures      VARCHAR(4000),
    report_file_id       BIGINT,
    meeting_date         DATE,
    votes_for            INT,
    votes_total          INT,
    minutes_file_id      BIGINT,
    review_comment       VARCHAR(1000),
    submitted_at         DATETIME(6),
    reviewed_at          DATETIME(6),
    reviewed_by          VARCHAR(100),
    CONSTRAINT fk_nm_nom_round FOREIGN KEY (round_id) REFERENCES nm_round (id),
    CONSTRAINT fk_nm_nom_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_nm_nom_person FOREIGN KEY (person_id) REFERENCES org_person (id),
    CONSTRAINT fk_nm_nom_recipient_unit FOREIGN KEY (recipient_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_nm_nom_award_type FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id),
    CONSTRAINT fk_nm_nom_report FOREIGN KEY (report_file_id) REFERENCES doc_file (id),
    CONSTRAINT fk_nm_nom_minutes FOREIGN KEY (minutes_file_id) REFERENCES doc_file (id),
    -- A person or collective once per award type in a round (CSTĐCS and CSTĐ cấp tỉnh of one year go together).
    CONSTRAINT uq_nm_nom_subject UNIQUE (round_id, subject_key)
);
CREATE INDEX ix_nm_nom_round_unit ON nm_nomination (round_id, unit_id, status);
CREATE INDEX ix_nm_nom_status ON nm_nomination (status, round_id);
CREATE INDEX ix_nm_nom_person ON nm_nomination (person_id);

CREATE TABLE nm_nomination_evidence (
    nomination_id BIGINT       NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    ref_id        BIGINT       NOT NULL,
    label         VARCHAR(500) NOT NULL,
    PRIMARY KEY (nomination_id, kind, ref_id),
    CONSTRAINT fk_nm_evidence_nom FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id) ON DELETE CASCADE
);

CREATE TABLE nm_waiver (
    nomination_id BIGINT        NOT NULL,
    criterion     VARCHAR(40)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    granted_by    VARCHAR(100)  NOT NULL,
    granted_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (nomination_id, criterion),
    CONSTRAINT fk_nm_waiver_nom FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id) ON DELETE CASCADE
);

-- What was submitted each time: the officer's text as the secretary saw it.
CREATE TABLE nm_nomination_revision (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id        BIGINT        NOT NULL,
    revision             INT           NOT NULL,
    award_type_id        BIGINT        NOT NULL,
    summary              VARCHAR(1000),
    report_duties        VARCHAR(4000),
    report_achievements  VARCHAR(4000),
    report_measures      VARCHAR(4000),
    report_file_id       BIGINT,
    evidence             VARCHAR(2000),
    meeting_date         DATE,
    votes_for            INT,
    votes_total          INT,
    minutes_file_id      BIGINT,
    submitted_at         DATETIME(6)   NOT NULL,
    submitted_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_nm_revision_nom FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id) ON DELETE CASCADE,
    CONSTRAINT uq_nm_revision UNIQUE (nomination_id, revision)
);

CREATE TABLE nm_nomination_step (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT        NOT NULL,
    from_status   VARCHAR(12)   NOT NULL,
    to_status     VARCHAR(12)   NOT NULL,
    happened_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    comment       VARCHAR(1000),
    CONSTRAINT fk_nm_step_nom FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id) ON DELETE CASCADE
);
CREATE INDEX ix_nm_step_nom ON nm_nomination_step (nomination_id, happened_at);

CREATE TABLE nm_objection (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    round_id       BIGINT        NOT NULL,
    nomination_id  BIGINT,
    body           VARCHAR(2000) NOT NULL,
    resolution     VARCHAR(2000),
    resolved_by    VARCHAR(100),
    resolved_at    DATETIME(6),
    CONSTRAINT fk_nm_objection_round FOREIGN KEY (round_id) REFERENCES nm_round (id),
    CONSTRAINT fk_nm_objection_nom FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id)
);
CREATE INDEX ix_nm_objection_round ON nm_objection (round_id, resolved_at);

-- A user account may stand for a member of staff: their own award record on the home page.
ALTER TABLE app_user ADD COLUMN person_id BIGINT;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_person FOREIGN KEY (person_id) REFERENCES org_person (id);

-- Registration is a ground for emulation titles (Law 06/2022): required by default, an admin
-- may lift it per award type.
UPDATE cat_award_type SET requires_registration = TRUE WHERE category = 'EMULATION_TITLE';
