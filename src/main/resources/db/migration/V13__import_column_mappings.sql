-- Column mappings of legacy lists, remembered per user for the next file of the same shape
-- (the same header row, compared accent-insensitively). shape_hash is the SHA-256 of that
-- normalised header row; header_text keeps it readable.

CREATE TABLE imp_column_mapping (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    modified_at  DATETIME(6)    NOT NULL,
    modified_by  VARCHAR(100)   NOT NULL,
    username     VARCHAR(100)   NOT NULL,
    shape_hash   VARCHAR(64)    NOT NULL,
    header_text  VARCHAR(2000)  NOT NULL,
    mapping      VARCHAR(1000)  NOT NULL
);
CREATE UNIQUE INDEX ux_imp_column_mapping_user_shape ON imp_column_mapping (username, shape_hash);
