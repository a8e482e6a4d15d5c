-- Award catalogue: titles and forms, their effective-dated rules, and lương cơ sở.
-- Figures follow Law 06/2022/QH15 and Decree 152/2025/NĐ-CP; admins add new versions
-- when the law changes, the seeded ones stay as history.

CREATE TABLE cat_award_type (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    code                  VARCHAR(30)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    name_folded           VARCHAR(255)  NOT NULL,
    category              VARCHAR(30)   NOT NULL,
    recipient_kind        VARCHAR(20)   NOT NULL,
    level                 VARCHAR(30)   NOT NULL,
    conferring_authority  VARCHAR(255),
    precedence            INT           NOT NULL,
    active                BOOLEAN       NOT NULL,
    requires_registration BOOLEAN       NOT NULL,
    description           VARCHAR(1000),
    CONSTRAINT uk_cat_award_type_code UNIQUE (code)
);

CREATE TABLE cat_award_rule (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    award_type_id      BIGINT        NOT NULL,
    effective_from     DATE          NOT NULL,
    vote_rule          VARCHAR(20)   NOT NULL,
    vote_share_percent INT,
    coef_individual    DECIMAL(6,2),
    coef_collective    DECIMAL(6,2),
    prerequisites      VARCHAR(2000),
    legal_basis        VARCHAR(500),
    CONSTRAINT uk_cat_award_rule UNIQUE (award_type_id, effective_from),
    CONSTRAINT fk_cat_award_rule_type FOREIGN KEY (award_type_id) REFERENCES cat_award_type (id)
);

CREATE TABLE cat_base_salary (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    effective_from DATE          NOT NULL,
    amount         DECIMAL(15,0) NOT NULL,
    legal_basis    VARCHAR(500),
    confirmed      BOOLEAN       NOT NULL,
    CONSTRAINT uk_cat_base_salary_from UNIQUE (effective_from)
);

INSERT INTO cat_award_type (version, created_at, created_by, modified_at, modified_by, code, name, name_folded, category, recipient_kind, level, conferring_authority, precedence, active, requires_registration, description) VALUES
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'HUAN_CHUONG', 'Huân chương', 'huan chuong huan_chuong', 'COMMENDATION_FORM', 'BOTH', 'STATE', 'Chủ tịch nước', 1, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'DANH_HIEU_VINH_DU', 'Danh hiệu vinh dự nhà nước', 'danh hieu vinh du nha nuoc danh_hieu_vinh_du', 'COMMENDATION_FORM', 'BOTH', 'STATE', 'Chủ tịch nước', 2, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'HUY_CHUONG', 'Huy chương', 'huy chuong huy_chuong', 'COMMENDATION_FORM', 'INDIVIDUAL', 'STATE', 'Chủ tịch nước', 3, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CO_TD_CP', 'Cờ thi đua của Chính phủ', 'co thi dua cua chinh phu co_td_cp', 'EMULATION_TITLE', 'COLLECTIVE', 'NATIONAL', 'Thủ tướng Chính phủ', 10, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CO_TD_VPTW', 'Cờ thi đua của Văn phòng Trung ương Đảng', 'co thi dua cua van phong trung uong dang co_td_vptw', 'EMULATION_TITLE', 'COLLECTIVE', 'MINISTRY_PROVINCE', 'Chánh Văn phòng Trung ương Đảng', 20, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CO_TD_TINH', 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', 'co thi dua cap bo, ban, nganh, tinh co_td_tinh', 'EMULATION_TITLE', 'COLLECTIVE', 'MINISTRY_PROVINCE', 'Bộ, ban, ngành, tỉnh', 21, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CSTD_TQ', 'Chiến sĩ thi đua toàn quốc', 'chien si thi dua toan quoc cstd_tq', 'EMULATION_TITLE', 'INDIVIDUAL', 'NATIONAL', 'Thủ tướng Chính phủ', 30, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CSTD_TINH', 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'chien si thi dua cap bo, ban, nganh, tinh cstd_tinh', 'EMULATION_TITLE', 'INDIVIDUAL', 'MINISTRY_PROVINCE', 'Bộ, ban, ngành, tỉnh', 31, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'bang khen cua thu tuong chinh phu bk_ttg', 'COMMENDATION_FORM', 'BOTH', 'NATIONAL', 'Thủ tướng Chính phủ', 40, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'BK_CVPTW', 'Bằng khen của Chánh Văn phòng Trung ương Đảng', 'bang khen cua chanh van phong trung uong dang bk_cvptw', 'COMMENDATION_FORM', 'BOTH', 'MINISTRY_PROVINCE', 'Chánh Văn phòng Trung ương Đảng', 41, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'BK_TINH', 'Bằng khen cấp bộ, ban, ngành, tỉnh', 'bang khen cap bo, ban, nganh, tinh bk_tinh', 'COMMENDATION_FORM', 'BOTH', 'MINISTRY_PROVINCE', 'Bộ, ban, ngành, tỉnh', 42, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'TTLDXS', 'Tập thể lao động xuất sắc', 'tap the lao dong xuat sac ttldxs', 'EMULATION_TITLE', 'COLLECTIVE', 'MINISTRY_PROVINCE', 'Bộ, ban, ngành, tỉnh', 50, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'TTLDTT', 'Tập thể lao động tiên tiến', 'tap the lao dong tien tien ttldtt', 'EMULATION_TITLE', 'COLLECTIVE', 'BASE', 'Thủ trưởng cơ quan, đơn vị', 51, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'CSTDCS', 'Chiến sĩ thi đua cơ sở', 'chien si thi dua co so cstdcs', 'EMULATION_TITLE', 'INDIVIDUAL', 'BASE', 'Thủ trưởng cơ quan, đơn vị', 52, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'LDTT', 'Lao động tiên tiến', 'lao dong tien tien ldtt', 'EMULATION_TITLE', 'INDIVIDUAL', 'BASE', 'Thủ trưởng cơ quan, đơn vị', 53, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'KNC_VPCU', 'Kỷ niệm chương "Vì sự nghiệp Văn phòng cấp ủy"', 'ky niem chuong "vi su nghiep van phong cap uy" knc_vpcu', 'COMMENDATION_FORM', 'INDIVIDUAL', 'MINISTRY_PROVINCE', 'Chánh Văn phòng Trung ương Đảng', 60, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'BK_DANG', 'Bằng khen của cấp ủy cho tổ chức đảng, đảng viên', 'bang khen cua cap uy cho to chuc dang, dang vien bk_dang', 'COMMENDATION_FORM', 'BOTH', 'MINISTRY_PROVINCE', 'Ban Thường vụ Tỉnh ủy, Thành ủy', 61, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'GK_DANG', 'Giấy khen của cấp ủy cho tổ chức đảng, đảng viên', 'giay khen cua cap uy cho to chuc dang, dang vien gk_dang', 'COMMENDATION_FORM', 'BOTH', 'BASE', 'Cấp ủy cơ sở', 62, TRUE, FALSE, NULL),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', 'GIAY_KHEN', 'Giấy khen', 'giay khen giay_khen', 'COMMENDATION_FORM', 'BOTH', 'BASE', 'Thủ trưởng cơ quan, đơn vị', 70, TRUE, FALSE, NULL);

INSERT INTO cat_award_rule (version, created_at, created_by, modified_at, modified_by, award_type_id, effective_from, vote_rule, vote_share_percent, coef_individual, coef_collective, prerequisites, legal_basis)
SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Xét theo Luật Thi đua, khen thưởng; đề nghị lên cấp trên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'HUAN_CHUONG'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Xét theo Luật Thi đua, khen thưởng; đề nghị lên cấp trên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'DANH_HIEU_VINH_DU'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Xét theo Luật Thi đua, khen thưởng; đề nghị lên cấp trên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'HUY_CHUONG'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 80, NULL, 12.00, 'Tiêu biểu xuất sắc nhất trong số các tập thể được tặng Cờ thi đua cấp bộ, ban, ngành, tỉnh.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CO_TD_CP'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 80, NULL, 8.00, 'Dẫn đầu khối/cụm thi đua trong năm, hoặc dẫn đầu phong trào thi đua chuyên đề từ 3 năm trở lên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CO_TD_VPTW'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 80, NULL, 8.00, 'Dẫn đầu khối/cụm thi đua trong năm, hoặc dẫn đầu phong trào thi đua chuyên đề từ 3 năm trở lên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CO_TD_TINH'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 90, 4.50, NULL, '2 lần liên tục Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh và có sáng kiến ảnh hưởng toàn quốc.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CSTD_TQ'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 90, 3.00, NULL, '3 lần liên tục Chiến sĩ thi đua cơ sở và có sáng kiến ảnh hưởng ở cấp bộ, ban, ngành, tỉnh.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CSTD_TINH'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, 3.50, 7.00, 'Đã có Bằng khen cấp bộ, ban, ngành, tỉnh và 5 năm liên tục tiếp theo hoàn thành xuất sắc nhiệm vụ, có 5 sáng kiến.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'BK_TTG'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, 1.50, 3.00, 'Cá nhân: 2 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục HTXSNV có 2 sáng kiến. Tập thể: 2 năm liên tục HTXSNV hoặc Tập thể lao động xuất sắc.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'BK_CVPTW'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, 1.50, 3.00, 'Cá nhân: 2 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục HTXSNV có 2 sáng kiến. Tập thể: 2 năm liên tục HTXSNV hoặc Tập thể lao động xuất sắc.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'BK_TINH'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'MAJORITY', NULL, NULL, 1.50, 'Đơn vị HTXSNV, 100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, có ít nhất 1 Chiến sĩ thi đua cơ sở.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'TTLDXS'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'MAJORITY', NULL, NULL, 0.80, 'Hoàn thành tốt nhiệm vụ, ít nhất 70% thành viên đạt Lao động tiên tiến, không có cá nhân bị kỷ luật từ cảnh cáo trở lên.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'TTLDTT'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'SHARE', 80, 1.00, NULL, 'Đạt Lao động tiên tiến và (HTXSNV, hoặc có sáng kiến được công nhận, hoặc có đề tài nghiên cứu được nghiệm thu).', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'CSTDCS'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'MAJORITY', NULL, 0.30, NULL, 'Được đánh giá ít nhất hoàn thành tốt nhiệm vụ và tham gia phong trào thi đua.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'LDTT'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Ghi nhận đóng góp cho sự nghiệp Văn phòng cấp ủy theo quy định của Văn phòng Trung ương Đảng.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'KNC_VPCU'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Tổ chức đảng, đảng viên 5 năm liên tục hoàn thành xuất sắc nhiệm vụ.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'BK_DANG'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, NULL, NULL, 'Tổ chức đảng, đảng viên 5 năm liên tục hoàn thành xuất sắc nhiệm vụ.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'GK_DANG'
UNION ALL SELECT 0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', id, DATE '2024-01-01', 'NONE', NULL, 0.30, 0.60, 'Gương mẫu, hoàn thành tốt nhiệm vụ, có thành tích trong phong trào thi đua.', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025)' FROM cat_award_type WHERE code = 'GIAY_KHEN';

INSERT INTO cat_base_salary (version, created_at, created_by, modified_at, modified_by, effective_from, amount, legal_basis, confirmed) VALUES
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP', TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP', TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP', TRUE),
 (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', DATE '2026-07-01', 2530000, 'Theo thông tin báo chí, chờ văn bản chính thức', FALSE);
