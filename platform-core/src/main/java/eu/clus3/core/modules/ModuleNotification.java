package eu.clus3.core.modules;

/** A notification a module sends to one person, for the notification feature to deliver (in-app list, digests). */
public record ModuleNotification(String moduleId, long userId, String message, String link) {
}
