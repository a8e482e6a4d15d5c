-- The files of every submitted version of a nomination are kept: declare the keys, so the
-- database refuses to delete such a file and the nightly sweep of unreferenced uploads sees them.
ALTER TABLE nm_nomination_revision ADD CONSTRAINT fk_nm_revision_report FOREIGN KEY (report_file_id) REFERENCES doc_file (id);
ALTER TABLE nm_nomination_revision ADD CONSTRAINT fk_nm_revision_minutes FOREIGN KEY (minutes_file_id) REFERENCES doc_file (id);
