package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import vn.tdkt.base.domain.AbstractEntity;

/** A bloc's composition for one emulation year: member units and the leading unit. */
@Entity
@Table(name = "org_bloc_year")
public class BlocYear extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bloc_id", nullable = false)
    private EmulationBloc bloc;

    @Column(name = "emulation_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_unit_id")
    private Unit leader;

    @ManyToMany
    @JoinTable(name = "org_bloc_year_member", joinColumns = @JoinColumn(name = "bloc_year_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> members = new HashSet<>();

    protected BlocYear() {
    }

    public BlocYear(EmulationBloc bloc, int year) {
        this.bloc = bloc;
        this.year = year;
    }

    public EmulationBloc getBloc() {
        return bloc;
    }

    public int getYear() {
        return year;
    }

    public Unit getLeader() {
        return leader;
    }

    public void setLeader(Unit leader) {
        this.leader = leader;
    }

    public Set<Unit> getMembers() {
        return Set.copyOf(members);
    }

    public void setMembers(Set<Unit> units) {
        members.clear();
        members.addAll(units);
    }
}
