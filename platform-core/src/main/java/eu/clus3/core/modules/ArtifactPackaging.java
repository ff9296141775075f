package eu.clus3.core.modules;

/** How a module comes: a PF4J jar (descriptor in the manifest) or a PF4J zip (plugin.properties, classes/, lib/). */
public enum ArtifactPackaging {
    JAR, ZIP
}
