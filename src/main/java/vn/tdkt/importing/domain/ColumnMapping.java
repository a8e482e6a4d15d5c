package vn.tdkt.importing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * A user's remembered column mapping for lists with one header row: which field each
 * column holds, as a comma-separated list of field names in column order.
 */
@Entity
@Table(name = "imp_column_mapping")
public class ColumnMapping extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "shape_hash", nullable = false, length = 64)
    private String shapeHash;

    @Column(name = "header_text", nullable = false, length = 2000)
    private String headerText;

    @Column(nullable = false, length = 1000)
    private String mapping;

    protected ColumnMapping() {
    }

    public ColumnMapping(String username, String shapeHash, String headerText) {
        this.username = username;
        this.shapeHash = shapeHash;
        this.headerText = headerText.length() > 2000 ? headerText.substring(0, 2000) : headerText;
    }

    public String getUsername() {
        return username;
    }

    public String getShapeHash() {
        return shapeHash;
    }

    public String getHeaderText() {
        return headerText;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
    }
}
