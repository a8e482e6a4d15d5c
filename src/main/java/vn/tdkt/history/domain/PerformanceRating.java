package vn.tdkt.history.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** One person's quality rating for one year (HTXSNV …), read by streaks and eligibility rules. */
@Entity
@Table(name = "pr_rating")
public class PerformanceRating extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Rating rating;

    @Column(length = 500)
    private String note;

    protected PerformanceRating() {
    }

    public PerformanceRating(Long personId, int year) {
        this.personId = personId;
        this.year = year;
    }

    public Long getPersonId() {
        return personId;
    }

    public int getYear() {
        return year;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
