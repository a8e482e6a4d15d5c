package vn.tdkt.base.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an enum or value record of a feature's {@code domain} package that other features
 * and views may use: the published vocabulary of that feature (a kind, a state, a parsed
 * document number). Everything else in a {@code domain} package is internal to its feature;
 * {@code ArchitectureTest} enforces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shared {
}
