-- Organisation registry: units (tree by materialized path), positions, people with their
-- dated assignments, emulation blocs per year.

CREATE TABLE org_unit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    modified_at    DATETIME(6)   NOT NULL,
    modified_by    VARCHAR(100)  NOT NULL,
    code           VARCHAR(30)   NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    short_name     VARCHAR(100),
    name_folded    VARCHAR(255)  NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    parent_id      BIGINT,
    path           VARCHAR(500)  NOT NULL,
    sort_order     INT           NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    status_date    DATE,
    merged_into_id BIGINT,
    note           VARCHAR(1000),
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_merged FOREIGN KEY (merged_into_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id, sort_order);
CREATE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_folded ON org_unit (name_folded);

CREATE TABLE org_unit_name_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    short_name  VARCHAR(100),
    valid_until DATE         NOT NULL,
    CONSTRAINT fk_org_unit_name_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
);
CREATE INDEX ix_org_unit_name_unit ON org_unit_name_history (unit_id);

CREATE TABLE org_position (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    name        VARCHAR(150) NOT NULL,
    rank_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uk_org_position_name UNIQUE (name)
);

CREATE TABLE org_person (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    modified_at  DATETIME(6)  NOT NULL,
    modified_by  VARCHAR(100) NOT NULL,
    full_name    VARCHAR(150) NOT NULL,
    name_folded  VARCHAR(150) NOT NULL,
    sort_key     VARCHAR(400) NOT NULL,
    gender       VARCHAR(10)  NOT NULL,
    birth_year   INT,
    party_member BOOLEAN      NOT NULL,
    unit_id      BIGINT       NOT NULL,
    position_id  BIGINT,
    active_from  DATE,
    active_to    DATE,
    CONSTRAINT fk_org_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_person_position FOREIGN KEY (position_id) REFERENCES org_position (id)
);
CREATE INDEX ix_org_person_sort ON org_person (sort_key);
CREATE INDEX ix_org_person_folded ON org_person (name_folded);
CREATE INDEX ix_org_person_unit ON org_person (unit_id);

CREATE TABLE org_person_assignment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    person_id   BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    position_id BIGINT,
    from_date   DATE,
    to_date     DATE,
    CONSTRAINT fk_org_assign_person FOREIGN KEY (person_id) REFERENCES org_person (id) ON DELETE CASCADE,
    CONSTRAINT fk_org_assign_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_assign_position FOREIGN KEY (position_id) REFERENCES org_position (id)
);
CREATE INDEX ix_org_assign_person ON org_person_assignment (person_id, from_date);
CREATE INDEX ix_org_assign_unit ON org_person_assignment (unit_id);

CREATE TABLE org_bloc (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(100)  NOT NULL,
    code        VARCHAR(30)   NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    name_folded VARCHAR(255)  NOT NULL,
    description VARCHAR(1000),
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_org_bloc_code UNIQUE (code)
);

CREATE TABLE org_bloc_year (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    modified_at    DATETIME(6)  NOT NULL,
    modified_by    VARCHAR(100) NOT NULL,
    bloc_id        BIGINT       NOT NULL,
    emulation_year INT          NOT NULL,
    leader_unit_id BIGINT,
    CONSTRAINT uk_org_bloc_year UNIQUE (bloc_id, emulation_year),
    CONSTRAINT fk_org_bloc_year_bloc FOREIGN KEY (bloc_id) REFERENCES org_bloc (id),
    CONSTRAINT fk_org_bloc_year_leader FOREIGN KEY (leader_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE org_bloc_year_member (
    bloc_year_id BIGINT NOT NULL,
    unit_id      BIGINT NOT NULL,
    PRIMARY KEY (bloc_year_id, unit_id),
    CONSTRAINT fk_org_bloc_member_year FOREIGN KEY (bloc_year_id) REFERENCES org_bloc_year (id) ON DELETE CASCADE,
    CONSTRAINT fk_org_bloc_member_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_bloc_member_unit ON org_bloc_year_member (unit_id);

-- Common positions in a party committee office, by rank (official lists follow rank).
INSERT INTO org_position (version, created_at, created_by, modified_at, modified_by, name, rank_order, active) VALUES
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Chánh Văn phòng', 10, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Phó Chánh Văn phòng', 20, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Trưởng phòng', 30, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Phó Trưởng phòng', 40, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Chuyên viên cao cấp', 50, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Chuyên viên chính', 60, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Chuyên viên', 70, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Cán sự', 80, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Nhân viên', 90, TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'Lái xe', 95, TRUE);
