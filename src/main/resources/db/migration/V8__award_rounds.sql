-- Award rounds (đợt xét khen thưởng): what may be proposed, for which achievement years, by
-- which units, until when, and who decides. Nominations (hồ sơ đề nghị) will hang on a round.

CREATE TABLE nm_round (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    modified_at          DATETIME(6)   NOT NULL,
    modified_by          VARCHAR(100)  NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    name_folded          VARCHAR(255)  NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    year_from            INT           NOT NULL,
    year_to              INT           NOT NULL,
    movement_id          BIGINT,
    deciding_body        VARCHAR(20)   NOT NULL,
    higher_body_unit_id  BIGINT,
    office_unit_id       BIGINT        NOT NULL,
    submission_deadline  DATE          NOT NULL,
    review_deadline      DATE          NOT NULL,
    publication_from     DATE,
    publication_to       DATE,
    CONSTRAINT fk_nm_round_movement FOREIGN KEY (movement_id) REFERENCES mv_movement (id),
    CONSTRAINT fk_nm_round_higher_body FOREIGN KEY (higher_body_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_nm_round_office FOREIGN KEY (office_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_nm_round_status ON nm_round (status, submission_deadline);
CREATE INDEX ix_nm_round_years ON nm_round (year_to, year_from);
CREATE INDEX ix_nm_round_folded ON nm_round (name_folded);

CREATE TABLE nm_round_award (
    round_id      BIGINT NOT NULL,
    award_type_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, award_type_id),
    CONSTRAINT fk_nm_round_award_round FOREIGN KEY (round_id) REFERENCES nm_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_nm_round_award_type FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id)
);

CREATE TABLE nm_round_scope (
    round_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (round_id, unit_id),
    CONSTRAINT fk_nm_round_scope_round FOREIGN KEY (round_id) REFERENCES nm_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_nm_round_scope_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_nm_round_scope_unit ON nm_round_scope (unit_id);

CREATE TABLE nm_round_transition (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    round_id     BIGINT        NOT NULL,
    from_status  VARCHAR(20)   NOT NULL,
    to_status    VARCHAR(20)   NOT NULL,
    happened_at  DATETIME(6)   NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT fk_nm_transition_round FOREIGN KEY (round_id) REFERENCES nm_round (id) ON DELETE CASCADE
);
CREATE INDEX ix_nm_transition_round ON nm_round_transition (round_id, happened_at);
