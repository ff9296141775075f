package eu.clus3.core.demo;

import eu.clus3.core.identity.Actor;

/** What demo parts share: the administrator acting for them and the password of every demo account. */
public record DemoContext(Actor administrator, String password) {
}
