package eu.clus3.core.modules;

/**
 * An uploaded module that passed every check, with what the administrator should see before installing it.
 *
 * @param descriptor what it says about itself
 * @param fileName   the name it was uploaded under
 * @param packaging  jar or zip
 * @param sha256     the SHA-256 of the bytes, in hex
 * @param size       the number of bytes
 * @param signed     whether a signature by a trusted key was checked
 */
public record VerifiedArtifact(ModuleDescriptor descriptor, String fileName, ArtifactPackaging packaging,
                               String sha256, long size, boolean signed) {
}
