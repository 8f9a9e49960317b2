package se.larcentra.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST resource method (or every method of a resource class): these roles, or
 * {@link #ANYONE}. Read by {@link DeclaredRoles} and by the authorisation matrix test; the boundary
 * the method calls says the same with {@code @RolesAllowed}. Not {@code @RolesAllowed} itself: with
 * it on the resources (CDI beans), every API call without a caller that they refused ended in
 * Payara's HTML error page in the IT domain, its log showing the response written twice; without it
 * they get the API's 401 problem.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CallableBy {

    /** Everyone, signed in or not. */
    String ANYONE = "*";

    String[] value();
}
