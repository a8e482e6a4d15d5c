-- Pre-aggregated counts of the register (recorded and revoked awards; drafts are never counted),
-- kept by every write of dc_award in the same transaction (decision.service.AwardCounts) and
-- rebuilt from dc_award on demand. The statistics page reads these rows instead of a million
-- awards. A missing unit or gender is 0 / '' so that every part of the key is NOT NULL.
CREATE TABLE dc_award_count (
    state          VARCHAR(12)  NOT NULL,
    unit_id        BIGINT       NOT NULL,
    award_year     INT          NOT NULL,
    award_type_id  BIGINT       NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    gender         VARCHAR(10)  NOT NULL,
    n              BIGINT       NOT NULL,
    PRIMARY KEY (state, unit_id, award_year, award_type_id, kind, gender)
);
-- The year × award type breakdown of all units read from the index alone.
CREATE INDEX ix_dc_award_count_year ON dc_award_count (state, award_year, award_type_id, kind, gender, n);
-- Per-unit totals within years from the index alone.
CREATE INDEX ix_dc_award_count_unit ON dc_award_count (state, award_year, unit_id, n);

INSERT INTO dc_award_count (state, unit_id, award_year, award_type_id, kind, gender, n)
SELECT state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, ''), COUNT(*)
FROM dc_award WHERE state <> 'DRAFT'
GROUP BY state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, '');
