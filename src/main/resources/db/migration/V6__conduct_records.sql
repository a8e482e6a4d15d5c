-- What a person's record must hold for the award criteria to be checked: discipline (kỷ
-- luật) with the time it is in effect, procedures still pending (xem xét kỷ luật, thanh tra,
-- kiểm tra, điều tra, khiếu nại — they hold any proposal), and recognised initiatives and
-- research topics (sáng kiến, đề tài) with the level of their influence.

CREATE TABLE cd_discipline (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(100)  NOT NULL,
    person_id        BIGINT        NOT NULL,
    discipline_form  VARCHAR(20)   NOT NULL,
    decision_number  VARCHAR(60)   NOT NULL,
    decision_date    DATE          NOT NULL,
    effective_from   DATE          NOT NULL,
    effective_to     DATE,
    reason           VARCHAR(1000),
    CONSTRAINT fk_cd_discipline_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE INDEX ix_cd_discipline_person ON cd_discipline (person_id, effective_from);

CREATE TABLE cd_procedure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    opened_on    DATE          NOT NULL,
    closed_on    DATE,
    note         VARCHAR(1000),
    CONSTRAINT fk_cd_procedure_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE INDEX ix_cd_procedure_person ON cd_procedure (person_id, opened_on);

CREATE TABLE cd_initiative (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(100)  NOT NULL,
    person_id          BIGINT        NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    recognition_level  VARCHAR(20)   NOT NULL,
    recognised_on      DATE          NOT NULL,
    document_number    VARCHAR(60),
    note               VARCHAR(1000),
    CONSTRAINT fk_cd_initiative_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE INDEX ix_cd_initiative_person ON cd_initiative (person_id, recognised_on);
