package vn.tdkt.base.domain;

/** A principal with a human name, shown in the header without the layout knowing the security model. */
public interface DisplayNamed {

    String getFullName();
}
