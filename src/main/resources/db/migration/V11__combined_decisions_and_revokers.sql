-- A combined decision lists one person under several award types (LĐTT and CSTĐCS of the
-- same year); the same recipient twice under the same award type stays refused. The new
-- index is created first: MariaDB keeps the old one while the decision foreign key needs it.
CREATE UNIQUE INDEX ux_dc_award_recipient_type ON dc_award (decision_id, recipient_key, award_type_id);
DROP INDEX ux_dc_award_recipient ON dc_award;

-- Who revoked a decision or an award, shown wherever the revocation is shown. Earlier
-- revocations take the last modifier, which is who revoked them (a revoked record is locked).
ALTER TABLE dc_decision ADD COLUMN revoked_by VARCHAR(100);
ALTER TABLE dc_award ADD COLUMN revoked_by VARCHAR(100);
UPDATE dc_decision SET revoked_by = modified_by WHERE status = 'REVOKED';
UPDATE dc_award SET revoked_by = modified_by WHERE state = 'REVOKED';
