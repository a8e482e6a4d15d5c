package vn.tdkt.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the home page that a feature contributes for the signed-in user (a Spring bean in
 * the feature's ui package): the work waiting for them, their unit's record. Empty when the
 * feature has nothing for this user. Built anew for every visit.
 */
public interface HomeSection {

    /** Lower first. */
    int order();

    Optional<Component> create();
}
