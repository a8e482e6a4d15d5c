package vn.tdkt.support;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.Role;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;

/** Looks up seeded and demo records the way a user would name them. */
@Component
public class TestData {

    /** The password of the accounts {@link #account} creates: long, a passphrase, nobody's name. */
    public static final String PASSWORD = "Một buổi sáng mùa thu 2026";

    private final AwardTypeService awardTypes;
    private final UnitService units;
    private final UserService users;

    public TestData(AwardTypeService awardTypes, UnitService units, UserService users) {
        this.awardTypes = awardTypes;
        this.units = units;
        this.users = users;
    }

    public Long award(String code) {
        return awardTypes.search("", null).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    /** The best match of an accent-free search, e.g. "van phong tinh uy quang tri". */
    public Long unit(String query) {
        return units.options(query, 0, 1).getFirst().id();
    }

    /**
     * A new account with one role, bound to {@code unitId} and standing for {@code personId}
     * (either may be null); returns its username. Call it as the administrator.
     */
    public String account(Role role, Long unitId, Long personId) {
        String username = Unique.code("tk").toLowerCase(java.util.Locale.ROOT);
        return users.create(new UserForm(null, 0, username, "Tài khoản kiểm thử " + username, Set.of(role), unitId,
                PASSWORD, personId)).username();
    }
}
