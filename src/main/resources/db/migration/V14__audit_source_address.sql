-- The network address a recorded action came from (security audit: logins, denied access, exports).
ALTER TABLE audit_event ADD COLUMN source_address VARCHAR(64);
