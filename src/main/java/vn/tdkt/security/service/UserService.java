package vn.tdkt.security.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Entities;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.domain.AppUser;
import vn.tdkt.security.domain.AppUserRepository;

/** User accounts: only ADMIN manages them. */
@Service
@Transactional(readOnly = true)
public class UserService {

    static final String ENTITY = "AppUser";

    private final AppUserRepository users;
    private final UnitService units;
    private final PersonService people;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final LoginThrottling throttling;
    private final SessionService sessions;
    private final PasswordPolicy policy = PasswordPolicy.shipped();
    private final boolean demoData;

    public UserService(AppUserRepository users, UnitService units, PersonService people,
            PasswordEncoder passwordEncoder, AuditService audit, LoginThrottling throttling, SessionService sessions,
            @Value("${tdkt.demo-data:false}") boolean demoData) {
        this.sessions = sessions;
        this.users = users;
        this.units = units;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.throttling = throttling;
        this.demoData = demoData;
    }

    public record UserRecord(Long id, long version, String username, String fullName, Set<Role> roles,
            Long unitId, String unitName, boolean enabled, boolean locked, Long personId) {
    }

    /** Form data; {@code password} is required when creating and ignored when editing. */
    /** {@code personId}: the member of staff the account stands for (optional). */
    public record UserForm(Long id, long version, String username, String fullName, Set<Role> roles, Long unitId,
            String password, Long personId) {

        public UserForm(Long id, long version, String username, String fullName, Set<Role> roles, Long unitId,
                String password) {
            this(id, version, username, fullName, roles, unitId, password, null);
        }
    }

    @Access.Admin
    public List<UserRecord> page(String text, int offset, int limit) {
        int size = Math.max(limit, 1);
        List<AppUser> page = users.search(needle(text), PageRequest.of(offset / size, size, Sort.by("username")))
                .getContent();
        Map<Long, String> unitNames = units.fullNames(page.stream().map(AppUser::getUnitId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Set<String> locked = throttling.blockedAccounts(page.stream().map(AppUser::getUsername).toList());
        return page.stream().map(u -> toRecord(u, unitNames, locked)).toList();
    }

    @Access.Admin
    public long count(String text) {
        return users.countSearch(needle(text));
    }

    @Access.Admin
    @Transactional
    public UserRecord create(UserForm form) {
        String username = validUsername(form.username());
        if (users.existsByUsername(username)) {
            throw BusinessException.onField("username", "error.user.duplicate", username);
        }
        String fullName = validFullName(form.fullName());
        AppUser user = new AppUser(username, fullName, hash(form.password(), username, fullName));
        applyRoles(user, form);
        users.saveAndFlush(user);
        audit.record(ENTITY, user.getId(), "CREATE", username + " (" + AuditText.of(user.getRoles()) + ")");
        return toRecord(user);
    }

    @Access.Admin
    @Transactional
    public UserRecord update(UserForm form) {
        AppUser user = Entities.forChange(users, form.id(), form.version());
        Set<Role> rolesBefore = Set.copyOf(user.getRoles());
        Long unitBefore = user.getUnitId();
        Long personBefore = user.getPersonId();
        String fullName = validFullName(form.fullName());
        ChangeSet changes = new ChangeSet().field("fullName", user.getFullName(), fullName)
                .field("roles", user.getRoles(), form.roles() == null ? null : EnumSet.copyOf(form.roles()))
                .field("unit", user.getUnitId(), form.unitId())
                .field("person", user.getPersonId(), form.personId());
        user.setFullName(fullName);
        applyRoles(user, form);
        users.flush();
        if (!changes.isEmpty()) {
            audit.record(ENTITY, user.getId(), "UPDATE", changes.toString());
        }
        if (!user.getRoles().containsAll(rolesBefore) || !java.util.Objects.equals(unitBefore, user.getUnitId())
                || !java.util.Objects.equals(personBefore, user.getPersonId())) {
            endSessions(user, null, "đổi vai trò, đơn vị hoặc cán bộ");
        }
        return toRecord(user);
    }

    @Access.Admin
    @Transactional
    public UserRecord resetPassword(Long id, long version, String newPassword) {
        AppUser user = Entities.forChange(users, id, version);
        user.setPasswordHash(hash(newPassword, user.getUsername(), user.getFullName()));
        users.flush();
        throttling.clearAccount(user.getUsername());
        audit.record(ENTITY, id, "PASSWORD_RESET", user.getUsername());
        endSessions(user, null, "đặt lại mật khẩu");
        return toRecord(user);
    }

    /** Any logged-in user changes their own password, proving they know the current one. */
    @Access.Authenticated
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(CurrentUser.username().orElseThrow())
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw BusinessException.onField("currentPassword", "error.user.wrongPassword");
        }
        // The current password has just matched the hash: the new one is the same password exactly when
        // it reads the same once normalised as hashing does, without a second Argon2 run.
        if (PasswordPolicy.normalise(newPassword == null ? "" : newPassword)
                .equals(PasswordPolicy.normalise(currentPassword))) {
            throw BusinessException.onField("password", "error.user.samePassword");
        }
        user.setPasswordHash(hash(newPassword, user.getUsername(), user.getFullName()));
        users.flush();
        audit.record(ENTITY, user.getId(), "PASSWORD_CHANGE", user.getUsername());
        // The user's other sessions end; the one they changed it in goes on (they just proved the password).
        endSessions(user, SessionService.currentSessionId(), "tự đổi mật khẩu");
    }

    /** Disables or re-enables an account; an administrator cannot disable their own. */
    @Access.Admin
    @Transactional
    public UserRecord setEnabled(Long id, long version, boolean enabled) {
        AppUser user = Entities.forChange(users, id, version);
        if (!enabled && user.getUsername().equals(CurrentUser.username().orElse(null))) {
            throw new BusinessException("error.user.disableSelf");
        }
        user.setEnabled(enabled);
        users.flush();
        if (enabled) {
            throttling.clearAccount(user.getUsername());
        }
        audit.record(ENTITY, id, enabled ? "ENABLE" : "DISABLE", user.getUsername());
        if (!enabled) {
            endSessions(user, null, "vô hiệu hóa tài khoản");
        }
        return toRecord(user);
    }

    /**
     * Ends the wait an account is in after failed logins (e.g. someone tried an administrator's
     * name from many places); the counts per address stay.
     */
    @Access.Admin
    @Transactional
    public UserRecord unlock(Long id, long version) {
        AppUser user = Entities.forChange(users, id, version);
        throttling.clearAccount(user.getUsername());
        audit.record(ENTITY, id, "UNLOCK", user.getUsername());
        return toRecord(user);
    }

    /**
     * The demo accounts, all with the one documented demo password, which is shorter than the
     * policy asks: their hash is made once and stored without the policy. Only while demo data
     * is switched on ({@code tdkt.demo-data}); never in production.
     */
    @Access.Admin
    @Transactional
    public void seedDemoAccounts(List<UserForm> forms, String demoPassword) {
        if (!demoData) {
            throw new IllegalStateException("Demo accounts are only created with tdkt.demo-data=true");
        }
        String hash = passwordEncoder.encode(demoPassword);
        for (UserForm form : forms) {
            String username = validUsername(form.username());
            AppUser user = new AppUser(username, validFullName(form.fullName()), hash);
            applyRoles(user, form);
            users.saveAndFlush(user);
            audit.record(ENTITY, user.getId(), "CREATE", username + " (" + AuditText.of(user.getRoles()) + ")");
        }
    }

    /** The password rule, for the hint next to a password field: the lengths. */
    @Access.Unsecured("only the policy's public numbers")
    public PasswordRule passwordRule() {
        return new PasswordRule(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }

    public record PasswordRule(int minLength, int maxLength) {
    }

    private String hash(String password, String username, String fullName) {
        policy.check(password, username, fullName);
        return passwordEncoder.encode(password);
    }

    private void applyRoles(AppUser user, UserForm form) {
        if (form.roles() == null || form.roles().isEmpty()) {
            throw BusinessException.onField("roles", "error.user.noRole");
        }
        if (form.roles().contains(Role.UNIT_OFFICER) && form.unitId() == null) {
            throw BusinessException.onField("unit", "error.user.officerNeedsUnit");
        }
        if (form.unitId() != null) {
            units.option(form.unitId());
        }
        if (form.personId() != null) {
            people.get(form.personId());
        }
        user.setRoles(form.roles());
        user.setUnitId(form.unitId());
        user.setPersonId(form.personId());
    }

    private static String validUsername(String username) {
        String clean = Checks.required(username, "username").strip().toLowerCase(Locale.ROOT);
        if (!clean.matches("[a-z0-9._-]{3,60}")) {
            throw BusinessException.onField("username", "error.user.usernameFormat");
        }
        return clean;
    }

    private static String validFullName(String fullName) {
        return Checks.maxLength(Checks.required(VietnameseText.clean(fullName), "fullName"), 150, "fullName");
    }

    private static String needle(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }


    private UserRecord toRecord(AppUser u) {
        return toRecord(u, u.getUnitId() == null ? Map.of() : units.fullNames(Set.of(u.getUnitId())),
                throttling.blockedAccounts(List.of(u.getUsername())));
    }

    private UserRecord toRecord(AppUser u, Map<Long, String> unitNames, Set<String> locked) {
        return new UserRecord(u.getId(), u.getVersion(), u.getUsername(), u.getFullName(), u.getRoles(),
                u.getUnitId(), u.getUnitId() == null ? null : unitNames.get(u.getUnitId()), u.isEnabled(),
                locked.contains(u.getUsername()), u.getPersonId());
    }

    /**
     * A session carries the account as it was at login (roles, unit, person): when the account
     * is disabled, its password replaced or its rights changed, its sessions end: on this node at
     * once, on the others at their next poll.
     */
    private void endSessions(AppUser user, String exceptSessionId, String reason) {
        int ended = sessions.endAllOf(user.getUsername(), exceptSessionId);
        if (ended > 0) {
            audit.record(ENTITY, user.getId(), "SESSIONS_END", user.getUsername() + ": " + ended
                    + " phiên đăng nhập kết thúc (" + reason + ")");
        }
    }
}
