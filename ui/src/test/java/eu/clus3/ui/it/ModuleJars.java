package eu.clus3.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example module's two builds (plugins/example-module), and uploading an archive through the admin API. */
final class ModuleJars {

    private ModuleJars() {
    }

    /** Canonical: chromedriver refuses file paths with ".." segments. */
    static Path v1() {
        return Path.of(System.getProperty("clus3.it.exampleModule")).toAbsolutePath().normalize();
    }

    static Path v2() {
        return Path.of(System.getProperty("clus3.it.exampleModuleV2")).toAbsolutePath().normalize();
    }

    static byte[] bytes(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST (install) or PUT (upgrade) of an archive as the raw request body. */
    static Api.Reply upload(Api api, String method, String path, String fileName, byte[] archive) {
        HttpRequest.Builder request = api.request(path + "?fileName=" + fileName)
                .header("Content-Type", "application/java-archive")
                .method(method, BodyPublishers.ofByteArray(archive));
        return api.send(request);
    }
}
