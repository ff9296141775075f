package eu.clus3.ui.shell;

import eu.clus3.core.identity.Permission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view only users with this permission may open. It only spares them a useless page: the services
 * behind the view check the permission again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {
    Permission value();
}
