-- The emulation and commendation council (Hội đồng Thi đua – Khen thưởng) of an issuing office,
-- its members over time by the establishing decision, its meetings for an award round, the
-- attendance, absent members' written opinions, and the secret e-ballots.
--
-- Secrecy of the ballot: cn_ballot_voter records THAT a member took part (who, when); the
-- choices live only in cn_ballot_tally, one row of counters per ballot and candidate, created
-- when the ballot opens and incremented in place. The tally has no surrogate key, no audit
-- columns, no timestamp and no reference to a member, so its stored state holds nothing that
-- ties a choice to a voter (see BallotTally).

CREATE TABLE cn_council (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(100)  NOT NULL,
    office_unit_id     BIGINT        NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    quorum_numerator   INT           NOT NULL,
    quorum_denominator INT           NOT NULL,
    CONSTRAINT uk_cn_council_office UNIQUE (office_unit_id),
    CONSTRAINT fk_cn_council_office FOREIGN KEY (office_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE cn_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    council_id     BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    member_role    VARCHAR(20)   NOT NULL,
    decision_no    VARCHAR(100)  NOT NULL,
    decision_date  DATE          NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    CONSTRAINT fk_cn_member_council FOREIGN KEY (council_id) REFERENCES cn_council (id),
    CONSTRAINT fk_cn_member_person FOREIGN KEY (person_id) REFERENCES org_person (id)
);
CREATE INDEX ix_cn_member_council ON cn_member (council_id, valid_from);

CREATE TABLE cn_meeting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    modified_at   DATETIME(6)   NOT NULL,
    modified_by   VARCHAR(100)  NOT NULL,
    council_id    BIGINT        NOT NULL,
    round_id      BIGINT        NOT NULL,
    meeting_date  DATE          NOT NULL,
    place         VARCHAR(255),
    status        VARCHAR(12)   NOT NULL,
    conclusion    VARCHAR(4000),
    CONSTRAINT fk_cn_meeting_council FOREIGN KEY (council_id) REFERENCES cn_council (id),
    CONSTRAINT fk_cn_meeting_round FOREIGN KEY (round_id) REFERENCES nm_round (id)
);
CREATE INDEX ix_cn_meeting_date ON cn_meeting (meeting_date);

-- The roster in force on the meeting date, copied when the meeting is scheduled.
CREATE TABLE cn_attendance (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    meeting_id   BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    member_role  VARCHAR(20)   NOT NULL,
    present      BOOLEAN       NOT NULL,
    CONSTRAINT uk_cn_attendance UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_cn_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES cn_meeting (id)
);

-- An absent member's signed written opinion (phiếu ý kiến): not secret, it is read into the minutes.
CREATE TABLE cn_opinion (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    meeting_id     BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    nomination_id  BIGINT        NOT NULL,
    agree          BOOLEAN       NOT NULL,
    CONSTRAINT uk_cn_opinion UNIQUE (meeting_id, person_id, nomination_id),
    CONSTRAINT fk_cn_opinion_meeting FOREIGN KEY (meeting_id) REFERENCES cn_meeting (id),
    CONSTRAINT fk_cn_opinion_nomination FOREIGN KEY (nomination_id) REFERENCES nm_nomination (id)
);

CREATE TABLE cn_ballot (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    modified_at        DATETIME(6)   NOT NULL,
    modified_by        VARCHAR(100)  NOT NULL,
    meeting_id         BIGINT        NOT NULL,
    award_type_id      BIGINT        NOT NULL,
    voting_round       INT           NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    vote_rule          VARCHAR(20)   NOT NULL,
    share_percent      INT,
    member_count       INT           NOT NULL,
    CONSTRAINT uk_cn_ballot UNIQUE (meeting_id, award_type_id, voting_round),
    CONSTRAINT fk_cn_ballot_meeting FOREIGN KEY (meeting_id) REFERENCES cn_meeting (id)
);

-- Anonymous counters: deliberately no id, no version, no created/modified columns.
CREATE TABLE cn_ballot_tally (
    ballot_id       BIGINT  NOT NULL,
    nomination_id   BIGINT  NOT NULL,
    agree_count     INT     NOT NULL,
    disagree_count  INT     NOT NULL,
    abstain_count   INT     NOT NULL,
    PRIMARY KEY (ballot_id, nomination_id),
    CONSTRAINT fk_cn_tally_ballot FOREIGN KEY (ballot_id) REFERENCES cn_ballot (id)
);

-- Who took part: one row per member and ballot, so a second paper is refused by the database too.
CREATE TABLE cn_ballot_voter (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    ballot_id    BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    CONSTRAINT uk_cn_ballot_voter UNIQUE (ballot_id, person_id),
    CONSTRAINT fk_cn_voter_ballot FOREIGN KEY (ballot_id) REFERENCES cn_ballot (id)
);

-- A member stands aside from one candidate (their own unit, themselves): public, in the minutes.
CREATE TABLE cn_recusal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    ballot_id      BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    nomination_id  BIGINT        NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    CONSTRAINT uk_cn_recusal UNIQUE (ballot_id, person_id, nomination_id),
    CONSTRAINT fk_cn_recusal_ballot FOREIGN KEY (ballot_id) REFERENCES cn_ballot (id)
);

-- The secretary's recorded conclusion for award types decided without a ballot.
CREATE TABLE cn_conclusion (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    meeting_id     BIGINT        NOT NULL,
    nomination_id  BIGINT        NOT NULL,
    passed         BOOLEAN       NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT uk_cn_conclusion UNIQUE (meeting_id, nomination_id),
    CONSTRAINT fk_cn_conclusion_meeting FOREIGN KEY (meeting_id) REFERENCES cn_meeting (id)
);
