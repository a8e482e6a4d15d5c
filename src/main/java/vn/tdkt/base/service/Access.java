package vn.tdkt.base.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a service method, named once. Method security reads the {@link PreAuthorize}
 * on each of these; {@code ArchitectureTest} requires one of them (or {@link Unsecured} with a
 * reason) on every public method of every service bean.
 */
public final class Access {

    private Access() {
    }

    /** Any logged-in user: the register, the registry and the catalogue are open to all staff. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("isAuthenticated()")
    public @interface Authenticated {
    }

    /** The administrator alone: users, the registry, the catalogue, the audit log. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admin {
    }

    /** The council's secretary (thường trực) and the administrator: they run the year's work. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    public @interface Secretary {
    }

    /** The secretary, the administrator and the council's members (read their working lists). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY','COUNCIL_MEMBER')")
    public @interface Council {
    }

    /**
     * The secretary, the administrator and the unit officers; the service itself narrows an
     * officer to their own unit.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY','UNIT_OFFICER')")
    public @interface UnitOfficer {
    }

    /**
     * The council's readers (secretary, administrator, members) and the unit officers, e.g. for
     * a person's conduct records; the service itself narrows an officer to their own unit.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY','COUNCIL_MEMBER','UNIT_OFFICER')")
    public @interface CouncilOrUnitOfficer {
    }

    /**
     * A public bean method that is deliberately not secured, with the reason (called by the
     * framework before anyone is logged in, or only from inside already-secured calls).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Unsecured {
        String value();
    }
}
